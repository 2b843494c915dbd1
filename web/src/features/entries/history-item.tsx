import { Badge, Button, Collapse, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPencil, IconTrash } from '@tabler/icons-react';
import type { EntryView, TrackerView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { EntryDetails, useEntryTitle } from './entry-details.tsx';
import { entrySummary } from './entry-summary.ts';
import { isEditable } from './entry-values.ts';
import { KindIcon } from './kind-icon.tsx';
import { EntryBringButton } from '../agenda/entry-bring-button.tsx';
import { discardEntry } from './outbox.ts';

/** An entry as the history shows it; `outbox` ones are still on the phone (no id yet). */
export type HistoryEntry =
  | { source: 'server'; entry: EntryView }
  | { source: 'outbox'; key: string; problem: string | null; entry: Pick<EntryView, 'kind' | 'data' | 'shared' | 'occurredAt' | 'localDate' | 'localTime'> };

interface Props {
  item: HistoryEntry;
  trackers: TrackerView[] | undefined;
  online: boolean;
  onDelete: (entry: EntryView) => void;
}

/** One entry: what and when, shared or private, its gist; the details, Edit and Delete behind "Details". */
export function HistoryItem({ item, trackers, online, onDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = useEntryTitle();
  const [open, setOpen] = useState(false);
  const { entry } = item;
  const id = item.source === 'server' ? `entry-${item.entry.id}` : `entry-${item.key}`;
  const name = title(entry, trackers);
  const time = format.clock(entry.localTime);
  const editable = item.source === 'server' && isEditable(item.entry);
  return (
    <Paper component="article" aria-labelledby={id} radius="lg" p="sm">
      <Stack gap={6}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={32} radius="xl" variant="light" aria-hidden>
            <KindIcon kind={entry.kind} size={18} />
          </ThemeIcon>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
              <Title order={3} size="h4" id={id}>
                {name}
              </Title>
              <Text c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {time}
              </Text>
            </Group>
            <Text lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
              {entrySummary(t, entry, trackers)}
            </Text>
          </div>
        </Group>
        <Group gap="xs" justify="space-between">
          <Group gap={6}>
            <Badge size="md" color={entry.shared ? 'sage' : 'gray'}>
              {entry.shared ? t('history.shared') : t('history.private')}
            </Badge>
            {item.source === 'server' && item.entry.edited && <Badge size="md" color="gray">{t('history.edited')}</Badge>}
            {item.source === 'outbox' && <Badge size="md" color={item.problem === null ? 'blue' : 'red'}>{item.problem === null ? t('history.waiting') : t('history.refused')}</Badge>}
            {item.source === 'server' && !editable && <Badge size="md" color="gray">{t('history.readOnly')}</Badge>}
          </Group>
          <Button
            variant="subtle"
            size="compact-md"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={`${id}-details`}
            aria-label={t(open ? 'history.hideDetailsNamed' : 'history.detailsNamed', { name, time })}
            rightSection={open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
          >
            {open ? t('history.hideDetails') : t('history.details')}
          </Button>
        </Group>
        <Collapse in={open} id={`${id}-details`}>
          {open && (
            <Stack gap="sm" pt="xs">
              <EntryDetails entry={entry} trackers={trackers} />
              {item.source === 'server' && online && <EntryBringButton entry={item.entry} trackers={trackers} />}
              {item.source === 'outbox' && item.problem !== null && (
                <Group gap="sm">
                  <Text c="red">{item.problem}</Text>
                  <Button variant="default" onClick={() => void discardEntry(item.key)}>
                    {t('entries.status.discard')}
                  </Button>
                </Group>
              )}
              {editable && !online && <Text c="dimmed">{t('history.editOffline')}</Text>}
              {editable && online && (
                <Group gap="sm">
                  <Button component={Link} to={`/log/entries/${encodeURIComponent(item.entry.id)}`} variant="default" leftSection={<IconPencil size={18} aria-hidden />} aria-label={t('history.editNamed', { name, time })}>
                    {t('history.edit')}
                  </Button>
                  <Button variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} aria-label={t('history.deleteNamed', { name, time })} onClick={() => onDelete(item.entry)}>
                    {t('history.delete')}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
        </Collapse>
      </Stack>
    </Paper>
  );
}
