/**
 * Offset of `zone` from UTC at `instant`, in milliseconds (positive east of Greenwich).
 * Read from Intl, so it follows the runtime's time zone database, DST included.
 */
export function zoneOffsetMs(instant: Date, zone: string): number {
  const parts = formatter('parts', zone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (instant.getTime() - instant.getMilliseconds());
}

/**
 * The UTC instant of a wall-clock time in a zone. For a time skipped by a DST jump the
 * result is the same wall time shifted by the jump (as calendars do); for a repeated
 * time, the first of the two.
 */
export function zonedTimeToUtc(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // A zone changes offset at most once around a given day: try the offsets before and after.
  const before = zoneOffsetMs(new Date(wall - 86_400_000), zone);
  const after = zoneOffsetMs(new Date(wall + 86_400_000), zone);
  const valid = [before, after].map((o) => wall - o).filter((t) => wall - zoneOffsetMs(new Date(t), zone) === t);
  // None valid: the wall time fell in a DST gap; keep the offset from before the jump.
  return new Date(valid.length > 0 ? Math.min(...valid) : wall - before);
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  return formatter('date', zone).format(instant);
}

/** The wall-clock time (HH:MM, 24-hour) of an instant in a zone. */
export function localTime(instant: Date, zone: string): string {
  return formatter('time', zone).format(instant);
}

// Building an Intl.DateTimeFormat costs far more than using one, so each zone's are kept.
const FORMATS = {
  parts: { locale: 'en-US', options: { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' } },
  date: { locale: 'en-CA', options: { year: 'numeric', month: '2-digit', day: '2-digit' } },
  time: { locale: 'en-GB', options: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } },
} as const satisfies Record<string, { locale: string; options: Intl.DateTimeFormatOptions }>;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: keyof typeof FORMATS, zone: string): Intl.DateTimeFormat {
  const key = `${kind} ${zone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(FORMATS[kind].locale, { ...FORMATS[kind].options, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
