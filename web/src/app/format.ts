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

/** Date formatters in the given IANA zone (the user's, or the browser's before sign-in). */
export function useFormat(timeZone?: string) {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const zone = timeZone ?? browserTimeZone();
  return {
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone }).format(new Date(iso)),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: zone,
      }).format(new Date(iso)),
    longDate: (d: Date) =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        timeZone: zone,
      }).format(d),
    hour: (d: Date) =>
      Number(
        new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: zone }).format(d),
      ),
  };
}

export { browserTimeZone };
