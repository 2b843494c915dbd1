import { Text } from '@mantine/core';
import type { AgendaItemView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';

/** The quiet line under an item: where it came from or who added it, and when. */
export function AgendaItemMeta({ item, viewerId }: { item: AgendaItemView; viewerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const parts: string[] = [];
  if (item.source) parts.push(t('agenda.fromEntry', { kind: t(`log.kinds.${item.source.entryKind}.title`), date: format.calendarDate(item.source.localDate) }));
  else parts.push(t('agenda.addedOn', { date: format.date(item.createdAt) }));
  if (item.createdBy.id !== viewerId && item.createdBy.id !== item.clientId) parts.push(t('agenda.addedBy', { name: item.createdBy.name }));
  return (
    <Text size="sm" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}
