import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconShieldHeart } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useSafetyPlan } from './safety-api.ts';
import { SafetyPlanEditor } from './safety-plan-editor.tsx';
import { SafetyPlanHistory } from './safety-plan-history.tsx';
import { SafetyPlanView } from './safety-plan-view.tsx';

interface Props {
  clientId: string;
  /** Whose plan, from the reader's side: the client's own, or a client of the therapist's. */
  audience: { kind: 'client' } | { kind: 'therapist'; clientName: string };
  /** Heading level of the plan's sections and of the history. */
  order: 2 | 3;
}

/** A client's safety plan: read, edit (client and care team alike), and its earlier versions. */
export function SafetyPlanPanel({ clientId, audience, order }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const plan = useSafetyPlan(clientId);
  const [editing, setEditing] = useState(false);

  if (plan.isPending) return <ListSkeleton rows={3} height={80} />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;

  const current = plan.data;
  let main;
  if (editing) {
    // Keyed by version: after a conflict, loading the latest starts the editor afresh from it.
    main = (
      <Paper>
        <SafetyPlanEditor key={current.version} current={current} onDone={() => setEditing(false)} onReload={() => void plan.refetch()} />
      </Paper>
    );
  } else if (current.version === 0) {
    const forClient = audience.kind === 'client';
    main = (
      <EmptyState
        order={order}
        icon={<IconShieldHeart size={28} />}
        title={forClient ? t('safety.empty.clientTitle') : t('safety.empty.therapistTitle', { name: audience.clientName })}
        body={forClient ? t('safety.empty.clientBody') : t('safety.empty.therapistBody', { name: audience.clientName })}
        action={
          <Button mih={44} leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
            {t('safety.empty.start')}
          </Button>
        }
      />
    );
  } else {
    const who = current.updatedBy?.id === me.user.id ? t('safety.history.you') : (current.updatedBy?.name ?? t('safety.history.someone'));
    main = (
      <Paper>
        <Stack gap="md">
          <Group justify="space-between" gap="sm" align="center">
            <Text c="dimmed" size="sm">
              {current.updatedAt ? t('safety.plan.lastSaved', { name: who, date: format.dateTime(current.updatedAt) }) : null}
            </Text>
            <Button mih={44} variant="light" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
              {t('safety.plan.edit')}
            </Button>
          </Group>
          <SafetyPlanView plan={current.plan} order={order} />
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      {main}
      {current.version > 0 && <SafetyPlanHistory clientId={clientId} order={order} />}
    </Stack>
  );
}
