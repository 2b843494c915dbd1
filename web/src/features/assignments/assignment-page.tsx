import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconHeart, IconListCheck } from '@tabler/icons-react';
import { localDate, type AssignmentDetail, type ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useClient } from '../clients/clients-api.ts';
import { AdherenceLine, BarrierBadges } from './adherence-summary.tsx';
import { AssignmentStatusBadge, KindLabel } from './assignment-badges.tsx';
import { AssignmentFormModal, type AssignmentFormMode } from './assignment-form-modal.tsx';
import { ReviewList, VersionList } from './assignment-history.tsx';
import { AssignmentPlan } from './assignment-plan.tsx';
import { useAssignment } from './assignments-api.ts';
import { CheckInTable } from './check-in-table.tsx';
import { EncourageModal, type EncourageTarget } from './encourage-modal.tsx';
import { ReviewPanel } from './review-panel.tsx';

/** One assignment for the care team: /clients/:clientId/homework/:assignmentId. */
export function AssignmentPage() {
  const { t } = useTranslation();
  const { clientId = '', assignmentId = '' } = useParams();
  const client = useClient(clientId);
  const assignment = useAssignment(assignmentId);
  usePageTitle(t('assignments.detail.pageTitle'));
  const back = (
    <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}?tab=homework`}>
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {t('assignments.detail.back', { name: client.data?.name ?? t('goals.theClient') })}
      </Group>
    </Anchor>
  );
  if (assignment.isSuccess && client.isSuccess) return <AssignmentDetailView a={assignment.data} client={client.data} back={back} />;
  const failed = assignment.isError ? assignment : client.isError ? client : null;
  const missing = failed !== null && isApiError(failed.error) && failed.error.status === 404;
  return (
    <Stack gap="lg" maw={1100}>
      {back}
      <Title order={1}>{missing ? t('assignments.detail.notFoundTitle') : t('assignments.detail.pageTitle')}</Title>
      {failed === null ? (
        <Skeleton h={240} aria-hidden />
      ) : missing ? (
        <Alert color="gray" variant="light" icon={<IconListCheck aria-hidden />}>
          {t('assignments.detail.notFound')}
        </Alert>
      ) : (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      )}
    </Stack>
  );
}

function AssignmentDetailView({ a, client, back }: { a: AssignmentDetail; client: ClientDetail; back: React.ReactNode }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const today = localDate(new Date(), client.timeZone);
  const [form, setForm] = useState<AssignmentFormMode | null>(null);
  const [encourage, setEncourage] = useState<EncourageTarget | null>(null);
  const goalLink = (id: string) => `/clients/${encodeURIComponent(client.id)}/goals/${encodeURIComponent(id)}`;
  const resourceLink = (id: string) => `/resources/${encodeURIComponent(id)}`;

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        {back}
        <Group gap="sm" align="center">
          <Title order={1}>{a.title}</Title>
          <AssignmentStatusBadge status={a.status} />
        </Group>
        <Text c="dimmed">
          <KindLabel kind={a.kind} /> · {t('assignments.detail.meta', { name: a.createdBy.name, date: format.date(a.createdAt), version: a.version })}
        </Text>
      </Stack>
      <Paper component="section" aria-labelledby="plan-heading">
        <Group justify="space-between" mb="md" gap="sm">
          <Title order={2} size="h3" id="plan-heading">
            {t('assignments.detail.plan')}
          </Title>
          <Button variant="light" leftSection={<IconHeart size={18} aria-hidden />} onClick={() => setEncourage({ type: 'assignment', id: a.id, about: a.title })}>
            {t('encourage.button')}
          </Button>
        </Group>
        <AssignmentPlan a={a} goalLink={goalLink} resourceLink={resourceLink} />
      </Paper>
      <Paper component="section" aria-labelledby="progress-heading">
        <Title order={2} size="h3" id="progress-heading" mb="md">
          {t('assignments.detail.progress')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <AdherenceLine a={a.adherence} />
          {a.kind !== 'one_off' && (
            <Text>{t('wins.practiceDays', { done: a.practice.daysDone, window: a.practice.window })}</Text>
          )}
          <BarrierBadges barriers={a.adherence.barriers} />
        </SimpleGrid>
      </Paper>
      {a.status !== 'completed' && (
        <ReviewPanel a={a} onAdjust={(note, done) => setForm({ kind: 'adjust', assignment: a, note, onAdjusted: done })} />
      )}
      <Stack gap="sm" component="section" aria-labelledby="check-ins-heading">
        <Title order={2} size="h3" id="check-ins-heading">
          {t('assignments.detail.checkIns')}
        </Title>
        <CheckInTable
          a={a}
          today={today}
          onEncourage={(c) => setEncourage({ type: 'check_in', id: c.id, about: t('encourage.aboutCheckIn', { title: a.title, date: format.day(c.date) }) })}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ReviewList a={a} />
        <VersionList a={a} />
      </SimpleGrid>
      <AssignmentFormModal mode={form} clientId={client.id} clientName={client.name} today={today} onClose={() => setForm(null)} />
      <EncourageModal clientId={client.id} clientName={client.name} target={encourage} onClose={() => setEncourage(null)} />
    </Stack>
  );
}
