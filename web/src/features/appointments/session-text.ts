import { localDate, localTime, type AppointmentView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';

const DAY_MS = 86_400_000;

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/**
 * Words for a session's time as seen from one time zone. Each side reads its own wall
 * clock, so the instant is turned into a local date and time first and only then
 * formatted (format.ts's calendar helpers leave local dates and times unshifted).
 */
export function useSessionText(zone: string) {
  const { t } = useTranslation();
  const format = useFormat(zone);
  const thisYear = localDate(new Date(), zone).slice(0, 4);
  // A series can run into next year, where "Tue 10 Nov" alone would be ambiguous.
  const day = (date: string) =>
    date.slice(0, 4) === thisYear ? format.day(date) : t('appointments.dayWithYear', { weekday: format.weekday(isoWeekday(date)), date: format.calendarDate(date) });
  const dateOf = (iso: string) => localDate(new Date(iso), zone);
  const clockOf = (iso: string) => format.clock(localTime(new Date(iso), zone));
  return {
    /** "Tue 10 Nov" (with the year when it is not this year's). */
    day: (iso: string) => day(dateOf(iso)),
    /** "Tuesday 10 November" */
    longDay: (iso: string) => format.longDay(dateOf(iso)),
    /** "Tue 10 Nov, 10:30" */
    when: (iso: string) => t('appointments.when', { day: day(dateOf(iso)), time: clockOf(iso) }),
    /** "10:30 – 11:20" */
    timeRange: (a: Pick<AppointmentView, 'startsAt' | 'endsAt'>) => t('appointments.timeRange', { start: clockOf(a.startsAt), end: clockOf(a.endsAt) }),
    /** "Tue 10 Nov" for a YYYY-MM-DD date already on this zone's calendar. */
    calendarDay: day,
    /** Whole days from today to the session's day, on this zone's calendar (0 today, 1 tomorrow). */
    daysAway: (iso: string, now: Date) => Math.round((Date.parse(dateOf(iso)) - Date.parse(localDate(now, zone))) / DAY_MS),
  };
}

export type SeriesKind = 'weekly' | 'biweekly' | 'other';

/**
 * How often each series in the list repeats. The view does not say, so it is read from
 * the usual gap between its sessions (a median, so one rescheduled session does not
 * change the answer); a series with only one session in the list is just "a series".
 */
export function seriesKinds(list: AppointmentView[]): Map<string, SeriesKind> {
  const starts = new Map<string, number[]>();
  for (const a of list) {
    if (a.seriesId) starts.set(a.seriesId, [...(starts.get(a.seriesId) ?? []), Date.parse(a.startsAt)]);
  }
  const kinds = new Map<string, SeriesKind>();
  for (const [id, times] of starts) {
    const sorted = [...times].sort((x, y) => x - y);
    const gaps = sorted.slice(1).map((time, i) => (time - (sorted[i] ?? time)) / DAY_MS).sort((x, y) => x - y);
    const median = gaps[Math.floor(gaps.length / 2)];
    kinds.set(id, median === undefined ? 'other' : median >= 10.5 ? 'biweekly' : median >= 3.5 ? 'weekly' : 'other');
  }
  return kinds;
}
