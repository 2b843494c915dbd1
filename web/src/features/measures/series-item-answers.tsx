import { NativeSelect, Stack } from '@mantine/core';
import type { MeasureSeriesView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { Disclosure } from '../../app/ui/disclosure.tsx';
import { ItemAnswersTable } from './item-answers-table.tsx';

/** Item-level answers of any administration, the latest first chosen. */
export function SeriesItemAnswers({ series }: { series: MeasureSeriesView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const responses = series.responses;
  const [chosen, setChosen] = useState(responses.at(-1)?.id ?? '');
  const response = responses.find((r) => r.id === chosen) ?? responses.at(-1);
  if (!response || response.items.length === 0) return null;
  const name = series.instrument.shortName;
  return (
    <Disclosure summary={t('measures.items.summaryAny', { name })}>
      <Stack gap="sm">
        {responses.length > 1 && (
          <NativeSelect
            label={t('measures.items.which')}
            value={response.id}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={[...responses].reverse().map((r) => ({
              value: r.id,
              label: `${format.calendarDate(r.localDate)}${r.score?.total === null || r.score === null ? '' : ` · ${r.score.total}`}`,
            }))}
            maw={320}
          />
        )}
        <ItemAnswersTable response={response} label={t('measures.items.tableLabel', { name, date: format.calendarDate(response.localDate) })} />
      </Stack>
    </Disclosure>
  );
}
