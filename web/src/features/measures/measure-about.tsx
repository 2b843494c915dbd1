import { findInstrument, type InstrumentInfoView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { FactList, type Fact } from '../../app/ui/fact-list.tsx';
import { Disclosure } from '../../app/ui/disclosure.tsx';
import { useMeasureText } from './measure-text.ts';

const OP = { '>=': '\u2265', '<=': '\u2264' } as const;

/**
 * How the instrument is scored and where each number comes from. The view carries the
 * missing-item source; the definition (the same code the server scores with, at the same
 * version) carries the others.
 */
export function MeasureAbout({ info }: { info: InstrumentInfoView }) {
  const { t } = useTranslation();
  const text = useMeasureText();
  const def = findInstrument(info.key, info.version);
  const bands = [...info.bands].sort((a, b) => a.min - b.min).map((b) => t('measures.about.band', { min: b.min, max: b.max, label: b.label }));
  const facts: Fact[] = [
    { label: t('measures.about.fullName'), value: info.title },
    { label: t('measures.about.period'), value: info.period },
    { label: t('measures.about.scale'), value: t('measures.about.scaleValue', { min: info.range.min, max: info.range.max, items: info.itemCount, better: text.better(info) }) },
    { label: t('measures.about.bands'), value: bands.join('\n') },
    {
      label: t('measures.about.caseness'),
      value: info.caseness ? t('measures.about.casenessValue', { op: OP[info.caseness.op], value: info.caseness.value, label: info.caseness.label }) : t('measures.about.noneSet'),
    },
    ...(info.screen ? [{ label: t('measures.about.screen'), value: t('measures.about.screenValue', { value: info.screen.atLeast }) }] : []),
    {
      label: t('measures.about.change'),
      value: info.change
        ? t(info.change.kind === 'reliable' ? 'measures.about.changeReliable' : 'measures.about.changeMeaningful', { points: info.change.points })
        : t('measures.about.noneSet'),
    },
    {
      label: t('measures.about.missing'),
      value: info.missingRule.kind === 'prorate' ? t('measures.about.prorate', { count: info.missingRule.maxMissing }) : t('measures.about.noProrate'),
    },
    { label: t('measures.about.missingSource'), value: info.missingRule.source },
    { label: t('measures.about.bandsSource'), value: def?.sources.bands ?? '' },
    { label: t('measures.about.casenessSource'), value: def?.caseness?.source ?? '' },
    { label: t('measures.about.screenSource'), value: def?.screen?.source ?? '' },
    { label: t('measures.about.changeSource'), value: def?.change?.source ?? '' },
    { label: t('measures.about.wording'), value: def?.sources.wording ?? '' },
    { label: t('measures.about.attribution'), value: info.attribution },
    { label: t('measures.about.version'), value: String(info.version) },
  ];
  return (
    <Disclosure summary={t('measures.about.summary', { name: info.shortName })}>
      <FactList facts={facts} cols={2} />
    </Disclosure>
  );
}
