import { occurrences } from './schedule-dates.ts';
import type { Schedule } from './schedule.ts';
import { addDays, localDate, zonedTimeToUtc } from './time.ts';

/** A reminder's moment: the client's local date and time, and the instant they make in their zone. */
export type ReminderSlot = { date: string; time: string; at: Date };

/**
 * Zone arithmetic for one window. Planning for thousands of clients repeats the same few
 * zones, dates and times; `zoneCalendar()` computes each combination once.
 */
export type ZoneCalendar = { dates: (zone: string) => string[]; at: (date: string, time: string, zone: string) => Date };

export function zoneCalendar(from: Date, to: Date): ZoneCalendar {
  const dates = new Map<string, string[]>();
  const instants = new Map<string, Date>();
  return {
    dates: (zone) => {
      let list = dates.get(zone);
      if (!list) dates.set(zone, (list = localDatesBetween(from, to, zone)));
      return list;
    },
    at: (date, time, zone) => {
      const key = `${zone}|${date}|${time}`;
      let instant = instants.get(key);
      if (!instant) instants.set(key, (instant = zonedTimeToUtc(date, time, zone)));
      return instant;
    },
  };
}

/** The local dates an instant range (from, to] touches in a zone, in order. */
export function localDatesBetween(from: Date, to: Date, zone: string): string[] {
  const out: string[] = [];
  const last = localDate(to, zone);
  for (let d = localDate(from, zone); d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * Every planned occurrence with a time whose instant falls in (from, to]. Instants come from
 * the wall-clock time in the zone each day, so 08:00 stays 08:00 across DST and moves with
 * the client when their zone changes. Any-time occurrences have no moment to remind at.
 */
export function occurrenceSlots(schedule: Schedule, zone: string, from: Date, to: Date, cal: ZoneCalendar = zoneCalendar(from, to)): ReminderSlot[] {
  const dates = cal.dates(zone);
  if (dates.length === 0) return [];
  return occurrences(schedule, { from: dates[0], to: dates.at(-1) })
    .filter((o) => o.time !== '')
    .map((o) => ({ ...o, at: cal.at(o.date, o.time, zone) }))
    .filter((s) => s.at > from && s.at <= to);
}

/** The same wall-clock times every day, as slots in (from, to]. */
export function dailySlots(times: readonly string[], zone: string, from: Date, to: Date, cal: ZoneCalendar = zoneCalendar(from, to)): ReminderSlot[] {
  const out: ReminderSlot[] = [];
  for (const date of cal.dates(zone)) {
    for (const time of times) {
      const at = cal.at(date, time, zone);
      if (at > from && at <= to) out.push({ date, time, at });
    }
  }
  return out;
}
