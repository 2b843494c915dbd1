import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GoalEditorModal, type GoalEditorMode } from './goal-editor-modal.tsx';
import { GoalList } from './goal-list.tsx';

const goalPath = (clientId: string, goalId: string) => `/clients/${encodeURIComponent(clientId)}/goals/${encodeURIComponent(goalId)}`;

/** The Goals tab of a client's page, for the care team. */
export function ClientGoalsTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [editor, setEditor] = useState<GoalEditorMode | null>(null);
  return (
    <Stack gap="md" component="section" aria-labelledby="client-goals-heading">
      <Group justify="space-between" gap="sm">
        <Title order={2} id="client-goals-heading">
          {t('goals.tab.title')}
        </Title>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditor({ kind: 'create', clientId: client.id })}>
          {t('goals.tab.new')}
        </Button>
      </Group>
      <GoalList clientId={client.id} linkTo={(goal) => goalPath(client.id, goal.id)} emptyBody={t('goals.tab.empty', { name: client.name })} />
      <GoalEditorModal
        mode={editor}
        otherSide={client.name}
        onClose={() => setEditor(null)}
        onCreated={(goal) => void navigate(goalPath(client.id, goal.id))}
      />
    </Stack>
  );
}
