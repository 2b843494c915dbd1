import { Alert, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { SAFETY_PLAN_SECTIONS, type SafetyPlan, type SafetyPlanSection, type SafetyPlanView } from '@stepwise/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { errorMessage, sentence } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { PlanSectionEditor } from './plan-section-editor.tsx';
import { useSaveSafetyPlan } from './safety-api.ts';

interface Props {
  /** The version being edited; saving names it, so a newer save by someone else is never overwritten. */
  current: SafetyPlanView;
  onDone: () => void;
  /** Fetches the latest version after a conflict. */
  onReload: () => void;
}

// Blank lines are a side effect of "add a line"; they are not part of the plan.
const tidy = (plan: SafetyPlan): SafetyPlan =>
  Object.fromEntries(SAFETY_PLAN_SECTIONS.map((s) => [s, plan[s].map((l) => l.trim()).filter((l) => l.length > 0)])) as SafetyPlan;

/** Field errors arrive as "plan.warningSigns.2"; each goes under its section. */
function sectionErrors(error: unknown): Partial<Record<SafetyPlanSection, string>> {
  if (!isApiError(error) || !error.fields) return {};
  const out: Partial<Record<SafetyPlanSection, string>> = {};
  for (const [name, message] of Object.entries(error.fields)) {
    const section = SAFETY_PLAN_SECTIONS.find((s) => name.split('.').includes(s));
    if (section) out[section] = sentence(message);
  }
  return out;
}

/** The seven sections as editable lists, with save and cancel. */
export function SafetyPlanEditor({ current, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const save = useSaveSafetyPlan(current.clientId);
  const [plan, setPlan] = useState<SafetyPlan>(current.plan);
  const conflict = isApiError(save.error) && save.error.code === 'version_conflict';
  const fieldErrors = sectionErrors(save.error);
  const otherError = save.isError && !conflict && Object.keys(fieldErrors).length === 0 ? errorMessage(t, save.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { plan: tidy(plan), baseVersion: current.version },
      {
        onSuccess: () => {
          notify({ message: t('safety.editor.saved') });
          onDone();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('safety.editor.formLabel')}>
      <Stack gap="lg">
        {SAFETY_PLAN_SECTIONS.map((section, i) => (
          <Stack key={section} gap="lg">
            {i > 0 && <Divider />}
            <PlanSectionEditor
              section={section}
              lines={plan[section]}
              onChange={(lines) => setPlan((p) => ({ ...p, [section]: lines }))}
              error={fieldErrors[section]}
            />
          </Stack>
        ))}
        {conflict && (
          <Alert color="red" variant="light" role="alert" title={t('safety.editor.conflictTitle')}>
            <Stack gap="sm">
              <Text>{t('safety.editor.conflictBody')}</Text>
              <Button variant="default" mih={44} fullWidth leftSection={<IconRefresh size={18} aria-hidden />} onClick={onReload}>
                {t('safety.editor.loadLatest')}
              </Button>
            </Stack>
          </Alert>
        )}
        <FormAlert message={otherError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" mih={44} onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" mih={44} loading={save.isPending}>
            {t('safety.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
