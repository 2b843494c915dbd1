import { TZDate } from '@date-fns/tz';
import { addDays, localDate, occurrenceDates, scheduleSchema, zonedTimeToUtc, type Schedule } from '@stepwise/domain';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { Db } from '../../db/connect.ts';
import type { FeedOwner } from './feeds.ts';
import { vtimezone } from './vtimezone.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** A plan has a time but no length; half an hour makes it visible in a calendar's day view. */
const PLAN_MINUTES = 30;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

type Appointment = { id: string; starts_at: string; duration_minutes: number; mode: 'in_person' | 'video'; place: string; video_link: string; status: 'scheduled' | 'cancelled'; name: string };
type Plan = { id: string; title: string; place: string; schedule: string };

const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const basicDate = (date: string) => date.replace(/-/g, '');
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';

/** Sessions (cancelled ones too, so a calendar that already holds one marks it cancelled). */
function appointments(db: Db, owner: FeedOwner, now: Date): Promise<Appointment[]> {
  const q = db
    .selectFrom('appointments as a')
    .select(['a.id', 'a.starts_at', 'a.duration_minutes', 'a.mode', 'a.place', 'a.video_link', 'a.status'])
    .where('a.starts_at', '>=', new Date(now.getTime() - 90 * DAY).toISOString())
    .where('a.starts_at', '<=', new Date(now.getTime() + 366 * DAY).toISOString())
    .orderBy('a.starts_at')
    .limit(500);
  if (owner.role === 'client') return q.innerJoin('users as t', 't.id', 'a.therapist_id').select('t.name').where('a.client_id', '=', owner.id).execute();
  // A therapist sees their own sessions with clients still on their care team: ending the
  // link ends what the feed shows, as it ends every other access.
  return q
    .innerJoin('users as c', 'c.id', 'a.client_id')
    .innerJoin('care_team_links as l', (j) => j.onRef('l.client_id', '=', 'a.client_id').onRef('l.therapist_id', '=', 'a.therapist_id').on('l.ended_at', 'is', null))
    .select('c.name')
    .where('a.therapist_id', '=', owner.id)
    .execute();
}

/** The client's active plans that touch the window from 14 days back to 60 days ahead. */
function plans(db: Db, owner: FeedOwner, now: Date): Promise<Plan[]> {
  if (owner.role !== 'client') return Promise.resolve([]);
  const today = localDate(now, owner.timeZone);
  return db
    .selectFrom('assignments')
    .select(['id', 'title', 'place', 'schedule'])
    .where('client_id', '=', owner.id)
    .where('status', '=', 'active')
    .where('start_date', '<=', addDays(today, 60))
    .where('end_date', '>=', addDays(today, -14))
    .orderBy('created_at')
    .execute();
}

function parseSchedule(json: string): Schedule | null {
  try {
    const parsed = scheduleSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The RRULE of a recurring plan; UNTIL is in UTC as RFC 5545 requires beside a TZID start. */
function rrule(s: Schedule, until: string): string | null {
  if (s.kind === 'once') return null;
  const byDay = s.kind === 'weekly' ? `;BYDAY=${s.weekdays.map((d) => WEEKDAYS[d - 1]).join(',')}` : '';
  return `FREQ=${s.kind === 'daily' ? 'DAILY' : 'WEEKLY'}${byDay};UNTIL=${until}`;
}

/**
 * The owner's feed: sessions and, for a client, planned practice. Every time is written in
 * the owner's zone with its VTIMEZONE, and plans as RRULEs, so 08:00 stays 08:00 across DST.
 * UIDs are the row ids, so a calendar app updates an event instead of adding a second one.
 * No clinical content: titles are the session, the therapist or the client's first name,
 * and the plan's own title.
 */
export async function buildFeed(db: Db, owner: FeedOwner, now: Date, publicUrl: string): Promise<string> {
  const zone = owner.timeZone;
  const host = new URL(publicUrl).hostname;
  let from = now;
  let to = now;
  const span = (d: Date) => {
    if (d < from) from = d;
    if (d > to) to = d;
  };
  const cal = new ICalCalendar({ name: 'Stepwise', prodId: { company: 'Stepwise', product: 'calendar-feed', language: 'EN' }, ttl: 3600 });

  for (const a of await appointments(db, owner, now)) {
    const start = new Date(a.starts_at);
    const end = new Date(start.getTime() + a.duration_minutes * MINUTE);
    span(start);
    span(end);
    cal.createEvent({
      id: `appointment-${a.id}@${host}`,
      start: new TZDate(start, zone),
      end: new TZDate(end, zone),
      timezone: zone,
      stamp: now,
      summary: owner.role === 'client' ? `Session with ${a.name}` : `Session: ${firstName(a.name)}`,
      location: a.mode === 'video' ? 'Video session' : a.place || null,
      url: a.mode === 'video' && a.video_link ? a.video_link : null,
      status: a.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }

  for (const p of await plans(db, owner, now)) {
    const s = parseSchedule(p.schedule);
    const first = s ? occurrenceDates(s)[0] : undefined;
    if (!s || !first) continue;
    const last = s.kind === 'once' ? s.date : s.endDate;
    for (const time of s.times.length > 0 ? s.times : ['']) {
      const base = { id: `assignment-${p.id}-${time.replace(':', '') || 'day'}@${host}`, stamp: now, summary: p.title, location: p.place || null, timezone: zone };
      if (time) {
        const start = zonedTimeToUtc(first, time, zone);
        const until = zonedTimeToUtc(last, time, zone);
        span(start);
        span(until);
        const repeating = rrule(s, utcStamp(until));
        cal.createEvent({ ...base, start: new TZDate(start, zone), end: new TZDate(start.getTime() + PLAN_MINUTES * MINUTE, zone), ...(repeating ? { repeating } : {}) });
      } else {
        // Any time that day: an all-day event (DATE values carry no zone).
        const [y, m, d] = first.split('-').map(Number) as [number, number, number];
        span(zonedTimeToUtc(first, '00:00', zone));
        span(zonedTimeToUtc(last, '00:00', zone));
        const repeating = rrule(s, basicDate(last));
        cal.createEvent({ ...base, allDay: true, start: new TZDate(y, m - 1, d, zone), end: new TZDate(y, m - 1, d + 1, zone), ...(repeating ? { repeating } : {}) });
      }
    }
  }

  // No calendar-wide zone: ical-generator would then write DTSTAMP in local time, which RFC 5545
  // forbids. Each event names the zone instead, and the generator adds its VTIMEZONE once.
  cal.timezone({ name: null, generator: (tz) => vtimezone(tz, from, to) });
  return cal.toString();
}
