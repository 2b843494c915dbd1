import { Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onSent } from '../entries/outbox.ts';
import { BringToSessionButton } from './bring-to-session-button.tsx';

/** A low mood, at or below this (of 10), is offered for the next session after saving. */
export const LOW_MOOD_AT_MOST = 3;

/** The server's id of an entry once the outbox has sent it; null until then. */
function useSentEntryId(key: string): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(
    () =>
      onSent((item, entry) => {
        if (item.key === key) setId(entry.id);
      }),
    [key],
  );
  return id;
}

/** After a low mood check-in: a gentle offer to bring it to the next session. */
export function LowMoodOffer({ itemKey, mood }: { itemKey: string; mood: number | null }) {
  const { t } = useTranslation();
  const entryId = useSentEntryId(itemKey);
  if (mood === null || mood > LOW_MOOD_AT_MOST) return null;
  return (
    <Stack gap="xs" w="100%">
      <Text>{t('agenda.lowMoodOffer')}</Text>
      <BringToSessionButton text={t('agenda.lowMoodText', { value: mood })} entryId={entryId} />
    </Stack>
  );
}
