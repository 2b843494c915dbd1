import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import type { ScheduleView } from './assignments-api.ts';

/** A schedule in words: "Every day, 08:00, 2 – 8 Nov", "Mon, Wed, Fri", "Once on Fri 6 Nov". */
export function useScheduleText() {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const times = (list: string[]) => (list.length > 0 ? format.list(list.map(format.clock)) : null);
  return (s: ScheduleView): string => {
    const parts: Array<string | null> = [];
    if (s.kind === 'once') {
      parts.push(t('schedule.words.once', { date: format.day(s.date) }), times(s.times));
    } else {
      parts.push(
        s.kind === 'daily' ? t('schedule.words.daily') : format.list(s.weekdays.map((d) => format.weekday(d))),
        times(s.times),
        format.dayRange(s.startDate, s.endDate),
      );
    }
    return parts.filter((p): p is string => p !== null).join(', ');
  };
}

/** "08:00" or "Any time". */
export function useTimeText() {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  return (time: string) => (time ? format.clock(time) : t('schedule.anyTime'));
}
