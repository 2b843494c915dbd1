import { Checkbox, Grid, Stack, Text, Textarea, TextInput } from '@mantine/core';
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
export function GoalForm({ form }: { form: UseFormReturnType<GoalFormValues> }) {
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
