import { Select, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useGoals } from '../goals/goals-api.ts';
import { useResources } from '../resources/resources-api.ts';
import type { AssignmentFormValues } from './assignment-values.ts';
import type { AssignmentKind } from './assignments-api.ts';
import { IfThenFields } from './if-then-fields.tsx';
import { ObstaclesEditor } from './obstacles-editor.tsx';
import { ScheduleEditor } from './schedule-editor.tsx';
import { errorsUnder } from './schedule-values.ts';

type Form = UseFormReturnType<AssignmentFormValues>;

const KIND_KEYS = { one_off: 'assignments.kind.one_off', practice: 'assignments.kind.practice', worksheet: 'assignments.kind.worksheet' } as const;
const KIND_HINTS = { one_off: 'assignments.kindHint.one_off', practice: 'assignments.kindHint.practice', worksheet: 'assignments.kindHint.worksheet' } as const;

/** Sets one part of the form and clears the errors that were under it. */
function setPart(form: Form, part: 'schedule' | 'ifThen' | 'obstacles', apply: () => void) {
  apply();
  const left = Object.fromEntries(Object.entries(form.errors).filter(([k]) => k !== part && !k.startsWith(`${part}.`)));
  form.setErrors(left);
}

/** Every part of a homework assignment; the client's own step shows the short version. */
export function AssignmentForm({ form, clientId, full }: { form: Form; clientId: string; full: boolean }) {
  const { t } = useTranslation();
  const v = form.getValues();
  const goals = useGoals(clientId);
  const resources = useResources({}, full);
  const openGoals = (goals.data ?? []).filter((g) => g.status === 'active' || g.status === 'on_hold' || g.status === 'proposed');
  const goal = openGoals.find((g) => g.id === v.goalId);

  return (
    <Stack gap="md">
      {full && (
        <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          <Text component="legend" fw={600} p={0} mb="xs">
            {t('assignments.form.kind')}
          </Text>
          <SegmentedControl
            value={v.kind}
            onChange={(kind) => {
              form.setFieldValue('kind', kind as AssignmentKind);
              if (kind === 'one_off') form.setFieldValue('schedule.kind', 'once');
            }}
            data={(['one_off', 'practice', 'worksheet'] as const).map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
            size="md"
          />
          <Text size="sm" c="dimmed" mt={6}>
            {t(KIND_HINTS[v.kind])}
          </Text>
        </fieldset>
      )}
      <TextInput label={t('assignments.form.title')} required data-autofocus {...form.getInputProps('title')} />
      {full && <Textarea label={t('assignments.form.instructions')} autosize minRows={3} {...form.getInputProps('instructions')} />}
      <Textarea
        label={full ? t('assignments.form.purpose') : t('assignments.form.purposeMine')}
        description={full ? t('assignments.form.purposeHint') : undefined}
        autosize
        minRows={2}
        {...form.getInputProps('purpose')}
      />
      {openGoals.length > 0 && (
        <Select
          label={t('assignments.form.goal')}
          placeholder={t('assignments.form.noGoal')}
          data={openGoals.map((g) => ({ value: g.id, label: g.title }))}
          clearable
          clearButtonProps={{ 'aria-label': t('assignments.form.clearGoal') }}
          value={v.goalId}
          onChange={(goalId) => {
            form.setFieldValue('goalId', goalId);
            form.setFieldValue('stepId', null);
          }}
          error={form.errors.goalId}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {goal && goal.steps.length > 0 && (
        <Select
          label={t('assignments.form.step')}
          placeholder={t('assignments.form.noStep')}
          data={goal.steps.map((s) => ({ value: s.id, label: s.title }))}
          clearable
          clearButtonProps={{ 'aria-label': t('assignments.form.clearStep') }}
          {...form.getInputProps('stepId')}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      <ScheduleEditor
        value={v.schedule}
        kinds={v.kind === 'one_off' ? ['once'] : undefined}
        onChange={(schedule) => setPart(form, 'schedule', () => form.setFieldValue('schedule', schedule))}
        errors={errorsUnder(form.errors, 'schedule')}
      />
      <TextInput label={t('assignments.form.where')} placeholder={t('assignments.form.wherePlaceholder')} {...form.getInputProps('where')} />
      <IfThenFields
        value={v.ifThen}
        onChange={(ifThen) => setPart(form, 'ifThen', () => form.setFieldValue('ifThen', ifThen))}
        errors={errorsUnder(form.errors, 'ifThen')}
      />
      {full && (
        <ObstaclesEditor
          value={v.obstacles}
          onChange={(obstacles) => setPart(form, 'obstacles', () => form.setFieldValue('obstacles', obstacles))}
          errors={errorsUnder(form.errors, 'obstacles')}
        />
      )}
      {full && (
        <Select
          label={t('assignments.form.resource')}
          description={t('assignments.form.resourceHint')}
          placeholder={resources.isPending ? t('app.loading') : t('assignments.form.noResource')}
          data={(resources.data ?? []).map((r) => ({ value: r.id, label: r.title }))}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('assignments.form.clearResource') }}
          nothingFoundMessage={t('resources.nothingFound')}
          {...form.getInputProps('resourceId')}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {full && (
        <TextInput type="date" label={t('assignments.form.dueDate')} w={{ base: '100%', xs: 220 }} {...form.getInputProps('dueDate')} />
      )}
    </Stack>
  );
}
