import { Text } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../app/ui/query-error.tsx';
import { TodayCard } from '../today/today-card.tsx';
import { useDueMeasures } from './answer-api.ts';
import { DueMeasureList } from './due-measure-list.tsx';

/**
 * Today's card for questionnaires the care team asked for. It appears only when one is
 * due, so while loading it shows nothing rather than a placeholder that may vanish; a
 * failed load is shown, since hiding it could hide something due.
 */
export function DueMeasuresCard() {
  const { t } = useTranslation();
  const due = useDueMeasures();
  if (due.isError && !due.data) {
    return (
      <TodayCard id="measures-heading" icon={<IconClipboardList size={24} />} title={t('myMeasures.due.title')}>
        <QueryError error={due.error} onRetry={() => void due.refetch()} />
      </TodayCard>
    );
  }
  if (!due.data || due.data.length === 0) return null;
  return (
    <TodayCard id="measures-heading" icon={<IconClipboardList size={24} />} title={t('myMeasures.due.title')} plain>
      <Text>{t('myMeasures.due.intro')}</Text>
      <DueMeasureList due={due.data} />
    </TodayCard>
  );
}
