import { Alert, Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconRoute } from '@tabler/icons-react';
import { localDate, type AssignmentDetail } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { AssignmentStatusBadge } from './assignment-badges.tsx';
import { AssignmentPlan } from './assignment-plan.tsx';
import { useAssignment } from './assignments-api.ts';
import { clientBarrierKey } from './adherence-summary.tsx';
import { OutcomeBadge } from './check-in-table.tsx';
import { ConfirmButton } from './plan-card.tsx';
import { useTimeText } from './schedule-text.ts';

/** One assignment on the client's phone: /plan/:assignmentId. */
export function PlanItemPage() {
  const { t } = useTranslation();
  const { assignmentId = '' } = useParams();
  const assignment = useAssignment(assignmentId);
  usePageTitle(t('plan.detailTitle'));
  const back = (
    <Anchor component={Link} to="/plan">
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {t('plan.back')}
      </Group>
    </Anchor>
  );
  if (assignment.isSuccess) return <PlanItem a={assignment.data} back={back} />;
  const missing = assignment.isError && isApiError(assignment.error) && assignment.error.status === 404;
  return (
    <Stack gap="lg">
      {back}
      <Title order={1}>{missing ? t('assignments.detail.notFoundTitle') : t('plan.detailTitle')}</Title>
      {assignment.isPending ? (
        <Skeleton h={240} aria-hidden />
      ) : missing ? (
        <Alert color="gray" variant="light" icon={<IconRoute aria-hidden />}>
          {t('plan.notFound')}
        </Alert>
      ) : (
        <QueryError error={assignment.error} onRetry={() => void assignment.refetch()} />
      )}
    </Stack>
  );
}

function PlanItem({ a, back }: { a: AssignmentDetail; back: React.ReactNode }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const timeText = useTimeText();
  const today = localDate(new Date(), me.user.timeZone);
  const answers = [...a.checkIns].filter((c) => c.date <= today).reverse();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {back}
        <Group gap="sm">
          <Title order={1}>{a.title}</Title>
          <AssignmentStatusBadge status={a.status} />
        </Group>
      </Stack>
      {a.status === 'awaiting_confirmation' && (
        <Stack gap="sm" align="flex-start">
          <Text>{t('plan.awaitingOne')}</Text>
          <ConfirmButton a={a} />
        </Stack>
      )}
      <Paper component="section" aria-labelledby="my-plan-heading" radius="lg">
        <Title order={2} size="h3" id="my-plan-heading" mb="md">
          {t('plan.thePlan')}
        </Title>
        <AssignmentPlan a={a} resourceLink={(id) => `/my-resources/${encodeURIComponent(id)}`} goalLink={(id) => `/goals/${encodeURIComponent(id)}`} />
      </Paper>
      <Paper component="section" aria-labelledby="my-answers-heading" radius="lg">
        <Title order={2} size="h3" id="my-answers-heading" mb="md">
          {t('plan.answers')}
        </Title>
        {answers.length === 0 ? (
          <Text c="dimmed">{t('plan.noAnswers')}</Text>
        ) : (
          <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {answers.map((c) => (
              <li key={c.id}>
                <Group gap="xs">
                  <Text fw={600}>
                    {format.day(c.date)} · {timeText(c.time)}
                  </Text>
                  <OutcomeBadge outcome={c.outcome} />
                </Group>
                {c.howItWent && <Text>{c.howItWent}</Text>}
                {c.helpfulness !== null && <Text c="dimmed">{t('checkIn.helpfulnessValue', { value: c.helpfulness })}</Text>}
                {c.barrier && <Text>{t(clientBarrierKey(c.barrier))}{c.barrierNote ? `: ${c.barrierNote}` : ''}</Text>}
                {c.note && <Text c="dimmed">{c.note}</Text>}
              </li>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
