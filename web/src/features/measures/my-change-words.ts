import type { ChangeView, InstrumentInfoView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

export type Since = 'first' | 'last';

/**
 * A change in words a client can read without knowing the instrument: how far and which
 * way it moved, and whether that is more than the usual ups and downs ("Down 7 points since
 * you started — a reliable improvement"). Where the instrument has no published threshold,
 * only the difference is said, since anything more would be a guess.
 */
export function useChangeWords() {
  const { t } = useTranslation();

  const move = (c: ChangeView, since: Since) => {
    const count = Math.abs(c.delta);
    if (c.delta === 0) return since === 'first' ? t('myMeasures.change.sameFirst') : t('myMeasures.change.sameLast');
    if (c.delta < 0) return since === 'first' ? t('myMeasures.change.downFirst', { count }) : t('myMeasures.change.downLast', { count });
    return since === 'first' ? t('myMeasures.change.upFirst', { count }) : t('myMeasures.change.upLast', { count });
  };

  const verdict = (c: ChangeView, info: InstrumentInfoView): string | null => {
    if (!info.change || c.delta === 0) return null;
    const meaningful = info.change.kind === 'clinically_meaningful';
    if (c.improved) return meaningful ? t('myMeasures.change.improvedMeaningful') : t('myMeasures.change.improvedReliable');
    if (c.deteriorated) return meaningful ? t('myMeasures.change.worseMeaningful') : t('myMeasures.change.worseReliable');
    return c.direction === 'better'
      ? t('myMeasures.change.smallBetter', { points: info.change.points })
      : t('myMeasures.change.smallWorse', { points: info.change.points });
  };

  return (c: ChangeView, info: InstrumentInfoView, since: Since): string => {
    const words = verdict(c, info);
    return words ? t('myMeasures.change.withVerdict', { move: move(c, since), verdict: words }) : move(c, since);
  };
}
