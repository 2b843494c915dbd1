import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { BARRIERS, type Barrier, type SummaryView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import classes from './summary-print.module.css';
import { EmptyLine, PlainList, SummarySection } from './summary-section.tsx';

type Assignment = SummaryView['assignments'][number];
const KINDS = ['one_off', 'practice', 'worksheet'] as const;
const isKind = (k: string): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k);
const isBarrier = (b: string): b is Barrier => (BARRIERS as readonly string[]).includes(b);

export function HomeworkSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  return (
    <SummarySection id="summary-homework" title={t('summary.homework.title')}>
      {view.assignments.length === 0 ? (
        <EmptyLine>{t('summary.homework.empty')}</EmptyLine>
      ) : (
        <Stack gap="lg">
          {view.assignments.map((a) => (
            <AssignmentPart key={a.id} clientId={view.clientId} assignment={a} />
          ))}
        </Stack>
      )}
    </SummarySection>
  );
}

function AssignmentPart({ clientId, assignment: a }: { clientId: string; assignment: Assignment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = [
    t('summary.homework.done', { done: a.done, planned: a.planned }),
    a.partly > 0 ? t('adherence.partly', { count: a.partly }) : '',
    a.notDone > 0 ? t('adherence.notDone', { count: a.notDone }) : '',
  ].filter(Boolean);
  const barrierLabel = (b: string) => (isBarrier(b) ? t(`barriers.${b}`) : b);
  return (
    <article aria-labelledby={`hw-${a.id}`} className={classes.part}>
      <Group gap="xs" mb={4}>
        <Title order={3} size="h4" id={`hw-${a.id}`}>
          <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}/homework/${encodeURIComponent(a.id)}`} inherit>
            {a.title}
          </Anchor>
        </Title>
        {isKind(a.kind) && (
          <Badge size="md" color="gray">
            {t(`assignments.kind.${a.kind}`)}
          </Badge>
        )}
      </Group>
      <Text fw={600}>{counts.join(' · ')}</Text>
      <Text size="sm">
        {a.daysPlanned > 0 && `${t('summary.homework.days', { done: a.daysDone, planned: a.daysPlanned })} · `}
        {a.averageHelpfulness === null
          ? t('summary.homework.noHelpfulness')
          : t('summary.homework.helpfulness', { value: format.decimal(a.averageHelpfulness) })}
      </Text>
      <Text size="sm" mt="xs">
        <Text span fw={600}>
          {t('summary.homework.barriers')}:{' '}
        </Text>
        {a.barriers.length === 0
          ? t('summary.homework.noBarriers')
          : format.list(a.barriers.map((b) => t('adherence.barrierCount', { barrier: barrierLabel(b.barrier), count: b.count })))}
      </Text>
      {a.barrierNotes.length > 0 && (
        <Text size="sm">
          <Text span fw={600}>
            {t('summary.homework.barrierNotes')}:{' '}
          </Text>
          {a.barrierNotes.map((n) => `“${n}”`).join(' ')}
        </Text>
      )}
      <Title order={4} size="h6" mt="sm" mb={4}>
        {t('summary.homework.reflections')}
      </Title>
      {a.reflections.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('summary.homework.noReflections')}
        </Text>
      ) : (
        <PlainList>
          {a.reflections.map((r, i) => (
            <li key={`${r.date}-${i}`}>
              <Text size="sm" c="dimmed">
                {format.day(r.date)}
                {r.helpfulness !== null && ` · ${t('summary.homework.reflectionHelpful', { value: r.helpfulness })}`}
              </Text>
              <Text size="sm" className={classes.quote}>
                {r.text}
              </Text>
            </li>
          ))}
        </PlainList>
      )}
    </article>
  );
}
