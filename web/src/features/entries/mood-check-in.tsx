import { Button, Collapse, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { defaultShared } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { useMonitoringSettings } from './entries-api.ts';
import { MoodDetails } from './mood-details.tsx';
import { MoodFaces } from './mood-faces.tsx';
import { MoodFieldsSettings } from './mood-fields-settings.tsx';
import { emptyMood, type MoodValues, toMoodData } from './mood-values.ts';
import { SavedStatus } from './saved-status.tsx';
import { LowMoodOffer } from '../agenda/low-mood-offer.tsx';
import { ShareSwitch } from './share-switch.tsx';
import { useQueueEntry } from './use-outbox.ts';

/**
 * The quick mood check-in: tap a face, tap Save. Everything else is behind "Add details".
 * Saving never waits for the network: the outbox keeps it on the phone until it is sent.
 */
export function MoodCheckIn({ detailsOpen = false }: { detailsOpen?: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const queue = useQueueEntry();
  const settings = useMonitoringSettings(me.user.id);
  const [values, setValues] = useState<MoodValues>(emptyMood);
  const [shared, setShared] = useState(defaultShared('mood'));
  const [details, setDetails] = useState(detailsOpen);
  const [error, setError] = useState<string | null>(null);
  const [savedKey, setSavedKey] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<MoodValues>) => {
    setError(null);
    setValues((v) => ({ ...v, ...patch }));
  };
  const fields = settings.data?.moodFields ?? [];

  if (savedKey) {
    return (
      <SavedStatus itemKey={savedKey} title={t('mood.saved')}>
        <LowMoodOffer itemKey={savedKey} mood={values.mood} />
        <Button
          variant="default"
          onClick={() => {
            setValues(emptyMood());
            setSavedKey(null);
          }}
        >
          {t('mood.again')}
        </Button>
      </SavedStatus>
    );
  }

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const mood = values.mood;
    if (mood === null) return setError(t('mood.pickFirst'));
    setSaving(true);
    try {
      setSavedKey(await queue('mood', toMoodData({ ...values, mood }, fields), shared));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void save(e)}>
      <Stack gap="md">
        <MoodFaces legend={t('mood.question')} value={values.mood} onChange={(mood) => set({ mood })} />
        <FormAlert message={error} />
        <Button type="submit" size="xl" fullWidth loading={saving}>
          {t('mood.save')}
        </Button>
        <Button
          variant="subtle"
          onClick={() => setDetails((d) => !d)}
          aria-expanded={details}
          aria-controls="mood-details"
          rightSection={details ? <IconChevronUp size={18} aria-hidden /> : <IconChevronDown size={18} aria-hidden />}
        >
          {details ? t('mood.hideDetails') : t('mood.addDetails')}
        </Button>
        <Collapse in={details} id="mood-details">
          {details && (
            <Stack gap="lg">
              <MoodDetails values={values} set={set} fields={fields} />
              <ShareSwitch shared={shared} onChange={setShared} />
              <MoodFieldsSettings />
              <Button type="submit" size="lg" fullWidth loading={saving}>
                {t('mood.save')}
              </Button>
            </Stack>
          )}
        </Collapse>
        {!details && (
          <Text size="sm" c="dimmed">
            {shared ? t('mood.sharedHint') : t('entries.share.off')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
