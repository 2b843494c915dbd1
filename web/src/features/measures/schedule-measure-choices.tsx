import { Anchor, Badge, Group, Radio, Skeleton, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { MeasureScheduleView } from '@stepwise/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../app/ui/query-error.tsx';
import { TouchRadio } from '../../app/ui/touch-radio.tsx';
import { useInstruments, useQuestionnaires } from './measures-api.ts';
import type { ScheduleMeasureValues } from './schedule-measure-modal.tsx';

interface Props {
  form: UseFormReturnType<ScheduleMeasureValues>;
  scheduled: MeasureScheduleView[];
}

/** A labelled sub-list of the one radio group, so the two kinds never read as one list. */
function ChoiceGroup({ id, title, hint, children }: { id: string; title: string; hint: string; children: ReactNode }) {
  return (
    <Stack gap={4} role="group" aria-labelledby={id}>
      <Text id={id} fw={600}>
        {title}
      </Text>
      <Text size="sm" c="dimmed" mb={4}>
        {hint}
      </Text>
      {children}
    </Stack>
  );
}

function ScheduledBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray" size="md">
      {t('measures.schedule.already')}
    </Badge>
  );
}

/** Validated instruments first, then the therapist's own questionnaires, each set apart. */
export function ScheduleMeasureChoices({ form, scheduled }: Props) {
  const { t } = useTranslation();
  const instruments = useInstruments();
  const questionnaires = useQuestionnaires();
  const active = new Set(scheduled.map((s) => (s.measure.kind === 'custom' ? `custom:${s.measure.questionnaireId}` : `instrument:${s.measure.key}`)));
  const label = (name: string, value: string) => (
    <Group gap="xs" component="span">
      <Text component="span" fw={600}>
        {name}
      </Text>
      {active.has(value) && <ScheduledBadge />}
    </Group>
  );

  let validated;
  if (instruments.isPending) validated = <Skeleton h={200} />;
  else if (instruments.isError) validated = <QueryError error={instruments.error} onRetry={() => void instruments.refetch()} />;
  else {
    validated = instruments.data.map((i) => (
      <TouchRadio
        key={i.key}
        value={`instrument:${i.key}`}
        label={label(i.shortName, `instrument:${i.key}`)}
        description={t('measures.schedule.instrumentInfo', { title: i.title, count: i.itemCount, period: i.period })}
      />
    ));
  }

  let own;
  if (questionnaires.isPending) own = <Skeleton h={60} />;
  else if (questionnaires.isError) own = <QueryError error={questionnaires.error} onRetry={() => void questionnaires.refetch()} />;
  else if (questionnaires.data.length === 0) {
    own = (
      <Text size="sm">
        {t('measures.schedule.noOwn')}{' '}
        <Anchor component={Link} to="/questionnaires">
          {t('measures.schedule.makeOwn')}
        </Anchor>
      </Text>
    );
  } else {
    own = questionnaires.data.map((q) => (
      <TouchRadio
        key={q.id}
        value={`custom:${q.id}`}
        label={label(q.title, `custom:${q.id}`)}
        description={t('measures.schedule.customInfo', { version: q.version, count: q.definition.items.length })}
      />
    ));
  }

  return (
    <Radio.Group label={t('measures.schedule.which')} required {...form.getInputProps('measure')}>
      <Stack gap="lg" mt="xs">
        <ChoiceGroup id="measure-choice-validated" title={t('measures.schedule.validated')} hint={t('measures.schedule.validatedHint')}>
          {validated}
        </ChoiceGroup>
        <ChoiceGroup id="measure-choice-own" title={t('measures.schedule.own')} hint={t('measures.schedule.ownHint')}>
          {own}
        </ChoiceGroup>
      </Stack>
    </Radio.Group>
  );
}
