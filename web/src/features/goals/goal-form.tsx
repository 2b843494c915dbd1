import { Checkbox, Grid, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { TrackerView } from '@stepwise/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { ScaleSlider } from '../../app/ui/scale-slider.tsx';
import { GAS_KEYS, type GoalFormValues } from './goal-form-values.ts';
import { SmartCheck } from './smart-check.tsx';

const GAS_LABEL_KEYS = {
  '-2': 'goals.gas.level.m2',
  '-1': 'goals.gas.level.m1',
  '0': 'goals.gas.level.z0',
  '1': 'goals.gas.level.p1',
  '2': 'goals.gas.level.p2',
} as const;
export { GAS_LABEL_KEYS };

/** The SMART parts of a goal, each its own field, with the live check beside them. */
/** The client's trackers, to link one as a goal's measure. */
function useTrackers(clientId: string) {
  return useQuery({
    queryKey: ['trackers', clientId],
    queryFn: () => api.get<{ trackers: TrackerView[] }>(`/api/clients/${encodeURIComponent(clientId)}/trackers`),
    select: (d) => d.trackers,
  });
}

export function GoalForm({ form, clientId }: { form: UseFormReturnType<GoalFormValues>; clientId: string }) {
  const { t } = useTranslation();
  const mine = useSession().user.role === 'client';
  const v = form.getValues();
  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          <TextInput
            label={mine ? t('goals.form.titleMine') : t('goals.form.title')}
            description={t('goals.form.titleHint')}
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea label={t('goals.form.why')} autosize minRows={2} {...form.getInputProps('why')} />
          <Textarea
            label={t('goals.form.specific')}
            description={t('goals.form.specificHint')}
            autosize
            minRows={2}
            {...form.getInputProps('specific')}
          />
          <Textarea
            label={t('goals.form.measurable')}
            description={t('goals.form.measurableHint')}
            autosize
            minRows={2}
            {...form.getInputProps('measurable')}
          />
          <TrackerMeasure form={form} clientId={clientId} />
          <ScaleSlider
            label={t('goals.form.confidence')}
            description={t('goals.form.confidenceHint')}
            valueText={(value) => t('goals.form.confidenceValue', { value })}
            unsetText={t('goals.form.confidenceUnset')}
            value={v.confidence}
            onChange={(value) => form.setFieldValue('confidence', value)}
            error={form.errors.confidence}
          />
          <Textarea
            label={t('goals.form.relevant')}
            description={t('goals.form.relevantHint')}
            autosize
            minRows={2}
            {...form.getInputProps('relevant')}
          />
          <TextInput type="date" label={t('goals.form.targetDate')} w={{ base: '100%', xs: 220 }} {...form.getInputProps('targetDate')} />
          <Checkbox
            label={t('goals.form.useGas')}
            description={t('goals.form.useGasHint')}
            {...form.getInputProps('useGas', { type: 'checkbox' })}
          />
          {v.useGas && (
            <Stack gap="sm" component="fieldset" m={0} p={0} style={{ border: 0 }}>
              <Text component="legend" fw={600} size="lg" p={0}>
                {t('goals.gas.scaleTitle')}
              </Text>
              <Text c="dimmed">{t('goals.gas.scaleIntro')}</Text>
              {GAS_KEYS.map((key) => (
                <TextInput key={key} label={t(GAS_LABEL_KEYS[key])} required {...form.getInputProps(`gasLevels.${key}`)} />
              ))}
            </Stack>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <div style={{ position: 'sticky', top: 76 }}>
          <SmartCheck values={v} />
        </div>
      </Grid.Col>
    </Grid>
  );
}

function TrackerMeasure({ form, clientId }: { form: UseFormReturnType<GoalFormValues>; clientId: string }) {
  const { t } = useTranslation();
  const trackers = useTrackers(clientId);
  const v = form.getValues();
  if (!trackers.data?.length && !v.measureTrackerId) return null;
  return (
    <>
      <Select
        label={t('goals.form.measureTracker')}
        description={t('goals.form.measureTrackerHint')}
        placeholder={t('goals.form.noTracker')}
        clearable
        clearButtonProps={{ 'aria-label': t('goals.form.noTracker') }}
        data={(trackers.data ?? []).map((tr) => ({ value: tr.id, label: tr.name }))}
        {...form.getInputProps('measureTrackerId')}
      />
      {v.measureTrackerId && (
        <TextInput label={t('goals.form.measureTarget')} description={t('goals.form.measureTargetHint')} {...form.getInputProps('measureTarget')} />
      )}
    </>
  );
}
