import { ActionIcon, Checkbox, Fieldset, Group, NumberInput, Select, Stack, Textarea, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionnaireLikertLabels } from './questionnaire-likert-labels.tsx';
import { ITEM_KINDS, type ItemKind, type QuestionnaireValues } from './questionnaire-values.ts';

interface Props {
  form: UseFormReturnType<QuestionnaireValues>;
  index: number;
}

const KIND_KEYS = {
  likert: 'questionnaires.item.kind.likert',
  yes_no: 'questionnaires.item.kind.yes_no',
  number: 'questionnaires.item.kind.number',
  text: 'questionnaires.item.kind.text',
} as const;

function Move({ label, disabled, onClick, children }: { label: string; disabled: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Tooltip label={label} disabled={disabled}>
      <ActionIcon variant="default" size={40} aria-label={label} disabled={disabled} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** One item of a questionnaire being built: what it asks, how it is answered, and what it means. */
export function QuestionnaireItemEditor({ form, index }: Props) {
  const { t } = useTranslation();
  const values = form.getValues();
  const item = values.items[index];
  if (!item) return null;
  const n = index + 1;
  const path = (field: string) => `items.${index}.${field}`;
  const canRisk = item.kind === 'likert' || item.kind === 'yes_no';
  const lowest = item.kind === 'yes_no' ? t('questionnaires.item.no') : (item.labels[0] ?? '');

  const setKind = (kind: ItemKind) => {
    form.setFieldValue(path('kind'), kind);
    // Only Likert and yes/no items can raise alerts; a hidden tick must not linger.
    if (kind !== 'likert' && kind !== 'yes_no') form.setFieldValue(path('risk'), false);
  };

  return (
    <Fieldset legend={t('questionnaires.item.legend', { n })} variant="default" style={{ minWidth: 0 }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Select
            label={t('questionnaires.item.kindLabel')}
            data={ITEM_KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
            value={item.kind}
            onChange={(k) => k && setKind(k as ItemKind)}
            allowDeselect={false}
            w={{ base: '100%', xs: 260 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Group gap={6}>
            <Move label={t('questionnaires.item.up', { n })} disabled={index === 0} onClick={() => form.reorderListItem('items', { from: index, to: index - 1 })}>
              <IconArrowUp size={18} aria-hidden />
            </Move>
            <Move
              label={t('questionnaires.item.down', { n })}
              disabled={index === values.items.length - 1}
              onClick={() => form.reorderListItem('items', { from: index, to: index + 1 })}
            >
              <IconArrowDown size={18} aria-hidden />
            </Move>
            <Move label={t('questionnaires.item.remove', { n })} disabled={values.items.length === 1} onClick={() => form.removeListItem('items', index)}>
              <IconTrash size={18} aria-hidden />
            </Move>
          </Group>
        </Group>
        <Textarea label={t('questionnaires.item.text')} required autosize minRows={1} maxLength={300} {...form.getInputProps(path('text'))} />
        {item.kind === 'likert' && <QuestionnaireLikertLabels form={form} index={index} />}
        {item.kind === 'number' && (
          <Group gap="sm" align="flex-start">
            <NumberInput size="md" label={t('questionnaires.item.min')} allowDecimal={false} w={{ base: '100%', xs: 160 }} {...form.getInputProps(path('min'))} />
            <NumberInput size="md" label={t('questionnaires.item.max')} allowDecimal={false} w={{ base: '100%', xs: 160 }} {...form.getInputProps(path('max'))} />
          </Group>
        )}
        <Stack gap="xs">
          <Checkbox label={t('questionnaires.item.required')} description={t('questionnaires.item.requiredHint')} {...form.getInputProps(path('required'), { type: 'checkbox' })} />
          {canRisk && (
            <Checkbox
              color="red"
              label={t('questionnaires.item.risk')}
              description={t('questionnaires.item.riskHint', { lowest })}
              {...form.getInputProps(path('risk'), { type: 'checkbox' })}
            />
          )}
        </Stack>
      </Stack>
    </Fieldset>
  );
}
