import { Blockquote, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconMessageCircleQuestion } from '@tabler/icons-react';
import type { GoalView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { notify } from '../../app/ui/notify.ts';
import { describeChanges } from './goal-changes.ts';
import { useAnswerProposal, type GoalProposal } from './goals-api.ts';

interface Props {
  goal: GoalView;
  proposal: GoalProposal;
  otherSide: string;
  onChange: () => void;
}

/**
 * What a proposal changes: an edit names its changes; a new goal proposed again with
 * changes is compared with the version it replaced.
 */
function proposalDiff(goal: GoalView, proposal: GoalProposal): Record<string, unknown> {
  if (proposal.kind === 'edit') return proposal.changes;
  const earlier = goal.proposals.filter((p) => p.kind === 'create' && p.status === 'superseded' && p.createdAt <= proposal.createdAt).at(-1);
  if (!earlier) return {};
  const before = earlier.changes;
  return Object.fromEntries(Object.entries(proposal.changes).filter(([k, v]) => JSON.stringify(before[k]) !== JSON.stringify(v)));
}

/** An open proposal: the other side accepts, declines or changes it; the proposer can still change it. */
export function GoalProposalPanel({ goal, proposal, otherSide, onChange }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const answer = useAnswerProposal(goal.id);
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState('');
  const myTurn = proposal.proposedBy.role !== me.user.role;
  const changes = describeChanges(t, format, proposalDiff(goal, proposal));
  const by = proposal.proposedBy.id === me.user.id ? t('goals.proposal.you') : proposal.proposedBy.name;

  const accept = () =>
    answer.mutate(
      { proposalId: proposal.id, answer: 'accept', note: '' },
      {
        onSuccess: () => notify({ message: t(proposal.kind === 'create' ? 'goals.proposal.acceptedNew' : 'goals.proposal.acceptedEdit') }),
        onError: (error) => notify({ tone: 'error', message: errorMessage(t, error) }),
      },
    );
  const closeDecline = () => {
    setDeclining(false);
    setNote('');
    answer.reset();
  };
  const decline = () =>
    answer.mutate(
      { proposalId: proposal.id, answer: 'decline', note: note.trim() },
      { onSuccess: () => (closeDecline(), notify({ message: t('goals.proposal.declined') })) },
    );

  return (
    <Paper component="section" aria-labelledby="proposal-heading" bg="var(--mantine-color-blue-light)" bd="1px solid var(--mantine-color-blue-outline)">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconMessageCircleQuestion aria-hidden />
          <Title order={2} size="h3" id="proposal-heading">
            {myTurn ? t('goals.proposal.yourTurnTitle') : t('goals.proposal.waitingTitle')}
          </Title>
        </Group>
        <Text>
          {t(proposal.kind === 'edit' ? 'goals.proposal.proposedEdit' : changes.length > 0 ? 'goals.proposal.proposedNewChanged' : 'goals.proposal.proposedNew', {
            name: by,
            date: format.date(proposal.createdAt),
          })}
        </Text>
        {changes.length > 0 && (
          <List spacing={4}>
            {changes.map((c) => (
              <List.Item key={c.field}>
                <Text span fw={600}>
                  {c.field}:
                </Text>{' '}
                <span style={{ whiteSpace: 'pre-wrap' }}>{c.value}</span>
              </List.Item>
            ))}
          </List>
        )}
        {proposal.note && <Blockquote p="sm">{proposal.note}</Blockquote>}
        {!myTurn && <Text>{t('goals.proposal.waitingFor', { name: otherSide })}</Text>}
        <Group gap="sm">
          {myTurn && (
            <>
              <Button onClick={accept} loading={answer.isPending && answer.variables.answer === 'accept'}>
                {t('goals.proposal.accept')}
              </Button>
              <Button variant="default" onClick={() => setDeclining(true)}>
                {t('goals.proposal.decline')}
              </Button>
            </>
          )}
          <Button variant="default" onClick={onChange}>
            {myTurn ? t('goals.proposal.changeIt') : t('goals.proposal.changeMine')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={declining}
        title={t('goals.proposal.declineTitle')}
        confirmLabel={t('goals.proposal.decline')}
        loading={answer.isPending}
        error={answer.isError ? errorMessage(t, answer.error) : null}
        onClose={closeDecline}
        onConfirm={decline}
      >
        <Stack gap="sm">
          <Text>{t(proposal.kind === 'create' ? 'goals.proposal.declineNewBody' : 'goals.proposal.declineEditBody')}</Text>
          <Textarea
            label={t('goals.proposal.declineNote')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        </Stack>
      </ConfirmModal>
    </Paper>
  );
}
