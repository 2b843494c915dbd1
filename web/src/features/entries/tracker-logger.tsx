import { Button, Collapse, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { defaultShared, ENTRY_LIMITS, type TrackerView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trackerValue } from './entry-values.ts';
import { useSendState } from './saved-status.tsx';
import { ShareSwitch } from './share-switch.tsx';
import { useOnline, useQueueEntry } from './use-outbox.ts';

const INTENSITIES = Array.from({ length: 11 }, (_, i) => i);

function LastLogged({ itemKey, text }: { itemKey: string; text: string }) {
  const { t } = useTranslation();
  const online = useOnline();
  const { state, problem } = useSendState(itemKey);
  const status = state === 'sent' ? t('trackers.loggedSent') : state === 'refused' ? t('entries.status.refused', { problem }) : online ? t('entries.status.sendingShort') : t('entries.status.offlineShort');
  return (
    <Text role="status" c={state === 'refused' ? 'red' : undefined}>
      {t('trackers.logged', { value: text })} · {status}
    </Text>
  );
}

/** One-tap logging for a tracker, the buttons matching its type; trigger and note are optional. */
export function TrackerLogger({ tracker, headingId }: { tracker: TrackerView; headingId: string }) {
  const { t } = useTranslation();
  const queue = useQueueEntry();
  const [details, setDetails] = useState(false);
  const [trigger, setTrigger] = useState('');
  const [note, setNote] = useState('');
  const [minutes, setMinutes] = useState<number | ''>('');
  // Kept for the next logs of this tracker until changed; trackers are shared by default.
  const [shared, setShared] = useState(defaultShared('behavior'));
  const [last, setLast] = useState<{ key: string; text: string } | null>(null);
  const detailsId = `${headingId}-details`;

  const log = async (value: number) => {
    const key = await queue('behavior', { trackerId: tracker.id, value, trigger: trigger.trim(), note: note.trim() }, shared);
    setLast({ key, text: trackerValue(t, tracker.type, value) });
    setTrigger('');
    setNote('');
    setMinutes('');
  };

  let buttons;
  if (tracker.type === 'count') {
    buttons = (
      <Button size="lg" onClick={() => void log(1)} aria-describedby={headingId}>
        {t('trackers.plusOne')}
      </Button>
    );
  } else if (tracker.type === 'yes_no') {
    buttons = (
      <SimpleGrid cols={2} spacing="xs">
        <Button size="lg" onClick={() => void log(1)} aria-describedby={headingId}>
          {t('trackers.yes')}
        </Button>
        <Button size="lg" variant="default" onClick={() => void log(0)} aria-describedby={headingId}>
          {t('trackers.no')}
        </Button>
      </SimpleGrid>
    );
  } else if (tracker.type === 'intensity') {
    buttons = (
      <div role="group" aria-label={t('trackers.howStrong', { name: tracker.name })}>
        <Text mb={6}>{t('trackers.howStrongHint')}</Text>
        <SimpleGrid cols={6} spacing={6}>
          {INTENSITIES.map((i) => (
            <Button key={i} size="md" px={0} variant="default" onClick={() => void log(i)}>
              {i}
            </Button>
          ))}
        </SimpleGrid>
      </div>
    );
  } else {
    buttons = (
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NumberInput
          flex={1}
          size="md"
          label={t('trackers.minutes')}
          min={0}
          max={24 * 60}
          allowDecimal={false}
          value={minutes}
          onChange={(v) => setMinutes(typeof v === 'number' ? v : '')}
        />
        <Button size="md" onClick={() => minutes !== '' && void log(minutes)} disabled={minutes === ''} aria-describedby={headingId}>
          {t('trackers.log')}
        </Button>
      </Group>
    );
  }

  return (
    <Stack gap="sm">
      {buttons}
      {last && <LastLogged itemKey={last.key} text={last.text} />}
      <Button
        variant="subtle"
        size="sm"
        w="fit-content"
        px={4}
        onClick={() => setDetails((d) => !d)}
        aria-expanded={details}
        aria-controls={detailsId}
        rightSection={details ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
      >
        {t('trackers.addDetails')}
      </Button>
      {!shared && !details && <Text c="dimmed">{t('trackers.private')}</Text>}
      <Collapse in={details} id={detailsId}>
        {details && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('trackers.detailsHint')}
            </Text>
            <TextInput label={t('trackers.trigger')} value={trigger} maxLength={ENTRY_LIMITS.shortText} onChange={(e) => setTrigger(e.currentTarget.value)} />
            <TextInput label={t('trackers.note')} value={note} maxLength={ENTRY_LIMITS.shortText} onChange={(e) => setNote(e.currentTarget.value)} />
            <ShareSwitch shared={shared} onChange={setShared} />
          </Stack>
        )}
      </Collapse>
    </Stack>
  );
}
