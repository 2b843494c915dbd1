import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import type { QuestionnaireView } from '@stepwise/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QuestionnaireItemEditor } from './questionnaire-item-editor.tsx';
import { emptyItem, emptyValues, MAX_ITEMS, questionnaireErrors, questionnaireValues, toQuestionnaire, type QuestionnaireValues } from './questionnaire-values.ts';
import { useSaveQuestionnaire } from './measures-api.ts';

interface Props {
  /** null: closed; 'new': a new questionnaire; or the one to save a new version of. */
  questionnaire: QuestionnaireView | 'new' | null;
  onClose: () => void;
}

export function QuestionnaireEditorModal({ questionnaire, onClose }: Props) {
  const { t } = useTranslation();
  const title = questionnaire === 'new' ? t('questionnaires.editor.newTitle') : t('questionnaires.editor.editTitle', { title: questionnaire?.title ?? '' });
  return (
    <AppModal opened={questionnaire !== null} onClose={onClose} title={title} size={860}>
      {questionnaire !== null && (
        <QuestionnaireEditor key={questionnaire === 'new' ? 'new' : questionnaire.id} questionnaire={questionnaire === 'new' ? null : questionnaire} onClose={onClose} />
      )}
    </AppModal>
  );
}

/** The default points of a new Likert item, which most questionnaires only need to reword. */
function useDefaultLabels(): string[] {
  const { t } = useTranslation();
  return useMemo(
    () => [t('questionnaires.defaults.p0'), t('questionnaires.defaults.p1'), t('questionnaires.defaults.p2'), t('questionnaires.defaults.p3'), t('questionnaires.defaults.p4')],
    [t],
  );
}

function QuestionnaireEditor({ questionnaire, onClose }: { questionnaire: QuestionnaireView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const applyApiError = useApplyApiError();
  const defaultLabels = useDefaultLabels();
  const save = useSaveQuestionnaire(questionnaire?.id ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<QuestionnaireValues>({
    initialValues: questionnaire ? questionnaireValues(questionnaire, defaultLabels) : emptyValues(defaultLabels),
    validate: (v) =>
      questionnaireErrors(v, {
        required: t('form.required'),
        label: t('questionnaires.editor.labelNeeded'),
        whole: t('questionnaires.editor.whole'),
        order: t('questionnaires.editor.minBelowMax'),
        noItems: t('questionnaires.editor.noItems'),
      }),
  });
  const items = form.getValues().items;
  const nextVersion = (questionnaire?.version ?? 0) + 1;

  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      save.mutate(toQuestionnaire(values), {
        onSuccess: (saved) => {
          notify({ message: t('questionnaires.editor.saved', { title: saved.title, version: saved.version }) });
          onClose();
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      });
    },
    (errors) => {
      setFormError(t('questionnaires.editor.fixBelow'));
      // The builder is long: take the person to the first field that needs them.
      const first = Object.keys(errors).map((path) => form.getInputNode(path)).find((node) => node !== null);
      first?.focus();
    },
  );

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('questionnaires.separate')}
        </Alert>
        <FormAlert message={formError} />
        <TextInput label={t('questionnaires.editor.title')} required maxLength={120} data-autofocus {...form.getInputProps('title')} />
        <Textarea
          label={t('questionnaires.editor.instructions')}
          description={t('questionnaires.editor.instructionsHint')}
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps('instructions')}
        />
        <Text fw={600} component="h3" size="lg" m={0}>
          {t('questionnaires.editor.items', { count: items.length })}
        </Text>
        {form.errors.items && (
          <Text c="var(--mantine-color-error)" size="sm">
            {form.errors.items}
          </Text>
        )}
        {items.map((item, i) => (
          <QuestionnaireItemEditor key={item.id} form={form} index={i} />
        ))}
        {items.length < MAX_ITEMS && (
          <div>
            <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => form.insertListItem('items', emptyItem(defaultLabels))}>
              {t('questionnaires.editor.addItem')}
            </Button>
          </div>
        )}
        <Text size="sm" c="dimmed">
          {questionnaire ? t('questionnaires.editor.versionNote', { version: nextVersion }) : t('questionnaires.editor.firstVersion')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {questionnaire ? t('questionnaires.editor.saveVersion', { version: nextVersion }) : t('questionnaires.editor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
