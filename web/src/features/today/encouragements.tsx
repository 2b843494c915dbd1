import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconHeart } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { useMarkEncouragementSeen, type Encouragement } from '../assignments/assignments-api.ts';
import { TodayCard } from './today-card.tsx';

/** Notes from the therapist; shown means seen, so each new one is marked once. */
export function Encouragements({ notes }: { notes: Encouragement[] }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const markSeen = useMarkEncouragementSeen();
  const marked = useRef(new Set<string>());
  const { mutate } = markSeen;

  useEffect(() => {
    for (const note of notes) {
      if (note.seenAt === null && !marked.current.has(note.id)) {
        marked.current.add(note.id);
        mutate(note.id);
      }
    }
  }, [notes, mutate]);

  if (notes.length === 0) return null;
  return (
    <TodayCard id="notes-heading" icon={<IconHeart size={24} />} title={t('today.notes.title')}>
      <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {notes.map((note) => (
          <li key={note.id}>
            <Stack gap={4}>
              <Group gap="xs">
                {note.seenAt === null && <Badge color="blue">{t('common.new')}</Badge>}
                <Text size="sm" c="dimmed">
                  {t('today.notes.meta', { name: note.from.name, about: note.targetTitle, date: format.date(note.createdAt) })}
                </Text>
              </Group>
              <Text fz="lg">{note.message}</Text>
            </Stack>
          </li>
        ))}
      </Stack>
    </TodayCard>
  );
}
