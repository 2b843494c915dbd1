import { useTranslation } from 'react-i18next';

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The browser's own variant of the UI language (so en-GB browsers get 21 Nov), else the UI language. */
function intlLocale(language: string): string {
  const wanted = language.toLowerCase();
  const match = navigator.languages.find((l) => {
    const lower = l.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted}-`);
  });
  return match ?? language;
}

// Building an Intl formatter costs far more than using one (on a phone, a Today page built
// a few hundred of them), so each locale, zone and set of options gets one, made once.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** Date formatters in the given IANA zone (the user's, or the browser's before sign-in). */
export function useFormat(timeZone?: string) {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const zone = timeZone ?? browserTimeZone();
  return {
    date: (iso: string) => dateFormat(locale, { dateStyle: 'medium', timeZone: zone }).format(new Date(iso)),
    dateTime: (iso: string) =>
      dateFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: zone,
      }).format(new Date(iso)),
    longDate: (d: Date) =>
      dateFormat(locale, {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        timeZone: zone,
      }).format(d),
    ...calendarFormat(locale),
    hour: (d: Date) => Number(dateFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: zone }).format(d)),
  };
}

// Client-local dates ("2026-11-06") and times ("08:00") name a day on the client's own
// calendar, not an instant: they are formatted in UTC so no time zone shifts them.
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

const calendarFormats = new Map<string, ReturnType<typeof makeCalendarFormat>>();
function calendarFormat(locale: string) {
  let format = calendarFormats.get(locale);
  if (!format) calendarFormats.set(locale, (format = makeCalendarFormat(locale)));
  return format;
}

function makeCalendarFormat(locale: string) {
  const dayFormat = dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const rangeFormat = dateFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    /** "6 Nov 2026" */
    calendarDate: (date: string) => dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcDay(date)),
    /** "Fri 6 Nov" */
    day: (date: string) => dayFormat.format(utcDay(date)),
    /** "6 Nov" */
    dayMonth: (date: string) => rangeFormat.format(utcDay(date)),
    /** "Friday 6 November" */
    longDay: (date: string) =>
      dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utcDay(date)),
    /** "2 Nov – 8 Nov" */
    dayRange: (start: string, end: string) => rangeFormat.formatRange(utcDay(start), utcDay(end)),
    /** "08:00" or "8:00 AM", as the locale writes times of day. */
    clock: (time: string) =>
      dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(`1970-01-05T${time}:00Z`)),
    /** ISO weekday (1 = Monday … 7 = Sunday) as "Mon" or "Monday". */
    weekday: (iso: number, width: 'short' | 'long' = 'short') =>
      // 5 January 1970 was a Monday.
      dateFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(1970, 0, 4 + iso))),
    percent: (rate: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(rate),
    /** At most one decimal: "5.2", "6". */
    decimal: (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n),
    list: (items: string[]) => new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(items),
  };
}

export { browserTimeZone };
