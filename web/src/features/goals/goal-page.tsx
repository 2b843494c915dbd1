import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTargetArrow } from '@tabler/icons-react';
import type { GoalView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { FactList } from '../../app/ui/fact-list.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { ActionStepsModal } from '../assignments/action-steps-modal.tsx';
import type { StepPrefill } from '../assignments/assignment-values.ts';
import { OwnStepModal } from '../assignments/own-step-modal.tsx';
import { useClient } from '../clients/clients-api.ts';
import { GasSection } from './gas-section.tsx';
import { GoalEditorModal, type GoalEditorMode } from './goal-editor-modal.tsx';
import { GoalHistory } from './goal-history.tsx';
import { GoalProposalPanel } from './goal-proposal-panel.tsx';
import { GoalStatusActions } from './goal-status-actions.tsx';
import { GoalStatusBadge } from './goal-status-badge.tsx';
import { GoalSteps } from './goal-steps.tsx';
import { useGoal } from './goals-api.ts';

/** One goal, for the client (/goals/:goalId) and for the care team (/clients/:clientId/goals/:goalId). */
export function GoalPage() {
  const { t } = useTranslation();
  const { goalId = '', clientId } = useParams();
  const me = useSession();
  const isTherapist = me.user.role === 'therapist';
  const client = useClient(clientId ?? '', isTherapist);
  const goal = useGoal(goalId);
  usePageTitle(t('goals.detail.pageTitle'));
  const back = isTherapist ? `/clients/${encodeURIComponent(clientId ?? '')}?tab=goals` : '/goals';
  const otherSide = isTherapist ? (client.data?.name ?? t('goals.theClient')) : t('goals.yourTherapist');

  const backLink = (
    <Anchor component={Link} to={back}>
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {isTherapist ? t('goals.detail.backTherapist', { name: otherSide }) : t('goals.detail.back')}
      </Group>
    </Anchor>
  );

  if (goal.isPending || goal.isError) {
    const missing = goal.isError && isApiError(goal.error) && goal.error.status === 404;
    return (
      <Stack gap="lg" maw={900}>
        {backLink}
        <Title order={1}>{missing ? t('goals.detail.notFoundTitle') : t('goals.detail.pageTitle')}</Title>
        {goal.isPending ? (
          <Skeleton h={240} aria-hidden />
        ) : missing ? (
          <Alert color="gray" variant="light" icon={<IconTargetArrow aria-hidden />}>
            {t('goals.detail.notFound')}
          </Alert>
        ) : (
          <QueryError error={goal.error} onRetry={() => void goal.refetch()} />
        )}
      </Stack>
    );
  }
  return <GoalDetail goal={goal.data} backLink={backLink} otherSide={otherSide} clientName={client.data?.name ?? ''} />;
}

interface DetailProps {
  goal: GoalView;
  backLink: React.ReactNode;
  otherSide: string;
  clientName: string;
}

function GoalDetail({ goal, backLink, otherSide, clientName }: DetailProps) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const isTherapist = me.user.role === 'therapist';
  const [editor, setEditor] = useState<GoalEditorMode | null>(null);
  const [planning, setPlanning] = useState<StepPrefill | null>(null);
  const closed = goal.status === 'achieved' || goal.status === 'let_go';

  const facts = [
    { label: t('goals.form.why'), value: goal.why },
    { label: t('goals.form.specific'), value: goal.specific },
    { label: t('goals.form.measurable'), value: goal.measurable },
    {
      label: t('goals.form.measureTracker'),
      value: goal.measureTracker ? [goal.measureTracker.name, goal.measureTarget].filter(Boolean).join(' · ') : '',
    },
    { label: t('goals.form.confidence'), value: goal.confidence === null ? '' : t('goals.form.confidenceValue', { value: goal.confidence }) },
    { label: t('goals.form.relevant'), value: goal.relevant },
    { label: t('goals.form.targetDate'), value: goal.targetDate ? format.calendarDate(goal.targetDate) : '' },
  ];

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap="xs">
        {backLink}
        <Group gap="sm" align="center">
          <Title order={1}>{goal.title}</Title>
          <GoalStatusBadge status={goal.status} />
        </Group>
        <Text c="dimmed">
          {t('goals.detail.createdBy', { name: goal.createdBy.name, date: format.date(goal.createdAt) })}
        </Text>
      </Stack>
      {goal.openProposal && (
        <GoalProposalPanel goal={goal} proposal={goal.openProposal} otherSide={otherSide} onChange={() => setEditor({ kind: 'counter', goal })} />
      )}
      <Paper component="section" aria-labelledby="goal-plan-heading">
        <Stack gap="md">
          <Group justify="space-between" gap="sm">
            <Title order={2} size="h3" id="goal-plan-heading">
              {t('goals.detail.planTitle')}
            </Title>
            {!goal.openProposal && !closed && (
              <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditor({ kind: 'edit', goal })}>
                {t('goals.detail.proposeChange')}
              </Button>
            )}
          </Group>
          {facts.every((f) => !f.value) ? <Text c="dimmed">{t('goals.detail.noDetails')}</Text> : <FactList facts={facts} cols={2} />}
          <GoalStatusActions goal={goal} />
        </Stack>
      </Paper>
      <GoalSteps
        goal={goal}
        planLabel={isTherapist ? t('goals.steps.makeActionStep') : t('goals.steps.planIt')}
        onPlanStep={goal.status === 'active' ? (step) => setPlanning({ title: step.title, goalId: goal.id, stepId: step.id }) : undefined}
      />
      <GasSection goal={goal} />
      <GoalHistory goal={goal} />
      <GoalEditorModal mode={editor} otherSide={otherSide} onClose={() => setEditor(null)} />
      {isTherapist ? (
        <ActionStepsModal
          clientId={goal.clientId}
          clientName={clientName}
          opened={planning !== null}
          prefill={planning}
          onClose={() => setPlanning(null)}
        />
      ) : (
        <OwnStepModal opened={planning !== null} prefill={planning} onClose={() => setPlanning(null)} />
      )}
    </Stack>
  );
}
