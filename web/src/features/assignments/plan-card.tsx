import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { AssignmentView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { notify } from '../../app/ui/notify.ts';
import { useConfirmAssignment } from './assignments-api.ts';
import { useScheduleText } from './schedule-text.ts';

/** The client's yes to a step their therapist suggested. */
export function ConfirmButton({ a }: { a: AssignmentView }) {
  const { t } = useTranslation();
  const confirm = useConfirmAssignment();
  return (
    <Button
      size="lg"
      loading={confirm.isPending}
      onClick={() =>
        confirm.mutate(a.id, {
          onSuccess: () => notify({ message: t('plan.confirmed', { title: a.title }) }),
          onError: (error) => notify({ tone: 'error', message: errorMessage(t, error) }),
        })
      }
      aria-label={t('plan.confirmNamed', { title: a.title })}
    >
      {t('plan.confirm')}
    </Button>
  );
}

/** One assignment on the client's phone: what, when, the plan, and Confirm while it waits. */
export function PlanCard({ a, showPlan = false }: { a: AssignmentView; showPlan?: boolean }) {
  const { t } = useTranslation();
  const scheduleText = useScheduleText();
  const waiting = a.status === 'awaiting_confirmation';
  return (
    <Paper radius="lg">
      <Stack gap={6}>
        <Anchor component={Link} to={`/plan/${encodeURIComponent(a.id)}`} fw={600} fz="lg">
          {a.title}
        </Anchor>
        <Text>{scheduleText(a.schedule)}</Text>
        {showPlan && a.ifThen && <Text>{t('assignments.plan.ifThenText', a.ifThen)}</Text>}
        {showPlan && a.purpose && <Text c="dimmed">{a.purpose}</Text>}
        {/* Only what was done is counted here; nothing reminds anyone of what wasn't. */}
        {!waiting && a.adherence.done > 0 && <Text c="dimmed">{t('plan.doneSoFar', { count: a.adherence.done })}</Text>}
        {waiting && (
          <Group mt="xs">
            <ConfirmButton a={a} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
