import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { adherence, localDate, occurrences, type AssignmentDetail, type AssignmentView, type ClientDetail } from '@stepwise/domain';
import { IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { AdherenceLine, BarrierBadges } from '../assignments/adherence-summary.tsx';
import { AssignmentFormModal, type AssignmentFormMode } from '../assignments/assignment-form-modal.tsx';
import { useAssignment, useAssignments } from '../assignments/assignments-api.ts';
import { assignmentPath } from '../assignments/client-homework-tab.tsx';
import { ReviewPanel } from '../assignments/review-panel.tsx';
import { useScheduleText } from '../assignments/schedule-text.ts';

interface Props {
  client: ClientDetail;
  /** The client's local date of the last session; null when there was none. */
  sinceDate: string | null;
  sinceLabel: string | null;
}

/** Step 2: each active assignment, how it went since the last session, and continue / adjust / complete. */
export function HomeworkStep({ client, sinceDate, sinceLabel }: Props) {
  const { t } = useTranslation();
  const list = useAssignments(client.id);
  const [form, setForm] = useState<AssignmentFormMode | null>(null);
  const today = localDate(new Date(), client.timeZone);

  if (list.isPending) return <ListSkeleton rows={2} height={160} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const active = list.data.assignments.filter((a) => a.status === 'active');
  return (
    <Stack gap="md">
      <Text>{sinceLabel ? t('sessionView.homework.intro', { date: sinceLabel }) : t('sessionView.homework.introNoSession')}</Text>
      {active.length === 0 ? (
        <EmptyState icon={<IconListCheck size={28} />} title={t('sessionView.homework.emptyTitle')} body={t('sessionView.homework.empty', { name: client.name })} />
      ) : (
        <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {active.map((a) => (
            <li key={a.id}>
              <HomeworkCard
                a={a}
                clientId={client.id}
                sinceDate={sinceDate}
                sinceLabel={sinceLabel}
                today={today}
                onAdjust={(detail, note, done) => setForm({ kind: 'adjust', assignment: detail, note, onAdjusted: done })}
              />
            </li>
          ))}
        </Stack>
      )}
      <AssignmentFormModal mode={form} clientId={client.id} clientName={client.name} today={today} onClose={() => setForm(null)} />
    </Stack>
  );
}

interface CardProps {
  a: AssignmentView;
  clientId: string;
  sinceDate: string | null;
  sinceLabel: string | null;
  today: string;
  onAdjust: (a: AssignmentDetail, note: string, done: () => void) => void;
}

function HomeworkCard({ a, clientId, sinceDate, sinceLabel, today, onAdjust }: CardProps) {
  const { t } = useTranslation();
  const scheduleText = useScheduleText();
  // The detail carries every check-in, so adherence can be counted from the last session on.
  const detail = useAssignment(a.id);
  const headingId = `session-homework-${a.id}`;
  return (
    <Paper component="article" aria-labelledby={headingId}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <div>
            <Title order={3} id={headingId}>
              <Anchor component={Link} to={assignmentPath(clientId, a.id)} inherit>
                {a.title}
              </Anchor>
            </Title>
            <Text c="dimmed" size="sm">
              {scheduleText(a.schedule)}
            </Text>
            {a.goal && (
              <Text c="dimmed" size="sm">
                {t('assignments.forGoal', { title: a.goal.title })}
              </Text>
            )}
          </div>
          <Text size="sm" c="dimmed">
            {sinceLabel ? t('sessionView.homework.since', { date: sinceLabel }) : t('sessionView.homework.sinceStart')}
          </Text>
          {detail.isSuccess ? <SinceAdherence a={detail.data} sinceDate={sinceDate} today={today} /> : <Skeleton h={48} aria-hidden />}
        </Stack>
        {detail.isPending ? (
          <Skeleton h={160} aria-hidden />
        ) : detail.isError ? (
          <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <ReviewPanel a={detail.data} headingOrder={4} onAdjust={(note, done) => onAdjust(detail.data, note, done)} />
        )}
      </SimpleGrid>
    </Paper>
  );
}

/** Adherence and barriers counted over the occurrences since the last session only. */
function SinceAdherence({ a, sinceDate, today }: { a: AssignmentDetail; sinceDate: string | null; today: string }) {
  const from = sinceDate ?? undefined;
  const checkIns = a.checkIns.filter((c) => !from || c.date >= from).map((c) => ({ date: c.date, time: c.time, outcome: c.outcome, barrier: c.barrier }));
  const result = adherence(occurrences(a.schedule, { from, to: today }), checkIns, today);
  return (
    <Stack gap="xs">
      <AdherenceLine a={{ ...result, barriers: result.barriers as Record<string, number> }} />
      <BarrierBadges barriers={result.barriers as Record<string, number>} />
    </Stack>
  );
}
