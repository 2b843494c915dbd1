import { tzOffset, tzScan } from '@date-fns/tz';

const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
const offset = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
/** An instant as the wall time it had just before it, in an offset (VTIMEZONE DTSTARTs are local). */
const wall = (instant: Date, offsetMinutes: number) => {
  const d = new Date(instant.getTime() + offsetMinutes * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
};

/**
 * A VTIMEZONE for `zone` covering `from`..`to`, built from the same tz data (Intl) that the
 * rest of Stepwise uses for wall-clock arithmetic, so the feed and the app always agree.
 * Each transition is listed explicitly rather than as a yearly rule: exact for the range.
 */
export function vtimezone(zone: string, from: Date, to: Date): string {
  const start = new Date(from.getTime() - DAY);
  const first = tzOffset(zone, start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: string, fromOffset: number, toOffset: number) =>
    lines.push(`BEGIN:${kind}`, `DTSTART:${at}`, `TZOFFSETFROM:${offset(fromOffset)}`, `TZOFFSETTO:${offset(toOffset)}`, `END:${kind}`);
  const changes = tzScan(zone, { start, end: new Date(to.getTime() + DAY) });
  // The offset in force at the start of the range, so no time in it falls before an observance;
  // it is summer time when the next change turns the clocks back.
  observance((changes[0]?.change ?? 0) < 0 ? 'DAYLIGHT' : 'STANDARD', wall(start, first), first, first);
  for (const change of changes) {
    const before = change.offset - change.change;
    observance(change.change > 0 ? 'DAYLIGHT' : 'STANDARD', wall(change.date, before), before, change.offset);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
