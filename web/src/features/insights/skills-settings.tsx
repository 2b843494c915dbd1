import { Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useMonitoringSettings, useSaveMonitoringSettings } from '../entries/entries-api.ts';

/** The skills offered in the client's practice log; the care team and the client can both change them. */
export function SkillsSettings({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const settings = useMonitoringSettings(clientId);
  const save = useSaveMonitoringSettings(clientId);
  // Unsaved changes only; until the first change the saved list shows.
  const [edited, setSkills] = useState<string[] | null>(null);
  if (!settings.data) return settings.isError ? <FormAlert message={errorMessage(t, settings.error)} /> : null;
  const current = settings.data;
  const skills = edited ?? current.skills;
  return (
    <Stack gap="sm">
      <TagsInput
        size="md"
        label={t('shared.skills.label')}
        description={t('shared.skills.description')}
        value={skills}
        onChange={setSkills}
        maxTags={30}
        clearable
      />
      <FormAlert message={save.isError ? errorMessage(t, save.error) : null} />
      <Group gap="sm">
        <Button
          variant="default"
          loading={save.isPending}
          disabled={JSON.stringify(skills) === JSON.stringify(current.skills)}
          onClick={() =>
            save.mutate(
              { ...current, skills },
              {
                onSuccess: () => {
                  setSkills(null);
                  notify({ message: t('shared.skills.saved') });
                },
              },
            )
          }
        >
          {t('shared.skills.save')}
        </Button>
        <Text c="dimmed">{t('shared.skills.moodFields', { fields: current.moodFields.length ? current.moodFields.map((f) => t(`mood.settings.${f}`)).join(', ') : t('shared.skills.noMoodFields') })}</Text>
      </Group>
    </Stack>
  );
}
