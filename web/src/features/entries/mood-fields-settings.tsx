import { Checkbox, Stack, Text } from '@mantine/core';
import { MOOD_FIELDS } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useMonitoringSettings, useSaveMonitoringSettings } from './entries-api.ts';
import type { MoodField } from './mood-values.ts';

const isField = (v: string): v is MoodField => (MOOD_FIELDS as readonly string[]).includes(v);

/** Which extra questions a mood check-in asks; saved for the client, so every device asks the same. */
export function MoodFieldsSettings() {
  const { t } = useTranslation();
  const me = useSession();
  const settings = useMonitoringSettings(me.user.id);
  const save = useSaveMonitoringSettings(me.user.id);
  if (settings.isPending) return <ListSkeleton rows={1} height={96} />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  const current = settings.data;
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('mood.settings.label')}
        description={t('mood.settings.description')}
        value={current.moodFields}
        onChange={(next) => save.mutate({ ...current, moodFields: next.filter(isField) })}
      >
        <Stack gap="sm" mt="sm">
          {MOOD_FIELDS.map((field) => (
            <Checkbox key={field} value={field} label={t(`mood.settings.${field}`)} disabled={save.isPending} />
          ))}
        </Stack>
      </Checkbox.Group>
      {save.isSuccess && (
        <Text size="sm" c="dimmed" role="status">
          {t('mood.settings.saved')}
        </Text>
      )}
      <FormAlert message={save.isError ? errorMessage(t, save.error) : null} />
    </Stack>
  );
}
