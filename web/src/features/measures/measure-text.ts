import type { ChangeView, InstrumentInfoView, MeasureScheduleView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';

/** "+3", "−7" (a real minus sign, which screen readers say as "minus"), "0". */
export const signedDelta = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0');

export type ChangeTone = 'better' | 'worse' | 'neutral';

/** Green only for a change that counts; a change within measurement error stays neutral. */
export function changeTone(c: ChangeView): ChangeTone {
  if (c.improved) return 'better';
  if (c.deteriorated) return 'worse';
  return 'neutral';
}

/** Sentences for schedules and changes, shared by the therapist's tab and its parts. */
export function useMeasureText() {
  const { t } = useTranslation();
  const format = useFormat();

  const cadence = (s: Pick<MeasureScheduleView, 'frequency' | 'everyWeeks' | 'startDate'>) =>
    s.frequency === 'before_appointment'
      ? t('measures.cadence.beforeSession', { date: format.calendarDate(s.startDate) })
      : s.frequency === 'once' || s.everyWeeks === null
      ? t('measures.cadence.once', { date: format.calendarDate(s.startDate) })
      : t('measures.cadence.every', { count: s.everyWeeks, date: format.calendarDate(s.startDate) });

  /** What kind of change the instrument's threshold measures, in words. */
  const thresholdKind = (info: InstrumentInfoView) =>
    info.change?.kind === 'clinically_meaningful' ? t('measures.change.meaningful') : t('measures.change.reliable');

  /** The words in brackets after a change: whether it counts, and recovery (from the first only). */
  const qualifiers = (c: ChangeView, info: InstrumentInfoView, withRecovery: boolean): string[] => {
    const out: string[] = [];
    if (c.delta === 0) out.push(t('measures.change.noChange'));
    else if (c.improved) out.push(t('measures.change.improvement', { kind: thresholdKind(info) }));
    else if (c.deteriorated) out.push(t('measures.change.deterioration', { kind: thresholdKind(info) }));
    else if (c.significant === false && info.change) {
      out.push(t(c.direction === 'better' ? 'measures.change.smallBetter' : 'measures.change.smallWorse', { points: info.change.points }));
    } else out.push(t(c.direction === 'better' ? 'measures.change.betterNoThreshold' : 'measures.change.worseNoThreshold'));
    if (withRecovery && c.reliablyRecovered) out.push(t('measures.change.reliablyRecovered'));
    else if (withRecovery && c.recovered) out.push(t('measures.change.recovered'));
    return out;
  };

  /** "−7 since first (reliable improvement; recovered)". */
  const change = (c: ChangeView, info: InstrumentInfoView, since: 'first' | 'last') =>
    t(since === 'first' ? 'measures.change.sinceFirst' : 'measures.change.sinceLast', {
      delta: signedDelta(c.delta),
      words: qualifiers(c, info, since === 'first').join('; '),
    });

  const better = (info: Pick<InstrumentInfoView, 'better'>) =>
    info.better === 'higher' ? t('measures.chart.higherBetter') : t('measures.chart.lowerBetter');

  return { cadence, change, better };
}
