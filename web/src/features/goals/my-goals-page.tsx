import { Button, Group, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { GoalEditorModal, type GoalEditorMode } from './goal-editor-modal.tsx';
import { GoalList } from './goal-list.tsx';

/** The client's goals: what they are working towards, step by step. */
export function MyGoalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('goals.mine.title'));
  const me = useSession();
  const navigate = useNavigate();
  const [editor, setEditor] = useState<GoalEditorMode | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader title={t('goals.mine.title')} subtitle={t('goals.mine.subtitle')} />
      <Group>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditor({ kind: 'create', clientId: me.user.id })}>
          {t('goals.mine.propose')}
        </Button>
      </Group>
      <GoalList clientId={me.user.id} linkTo={(goal) => `/goals/${encodeURIComponent(goal.id)}`} emptyBody={t('goals.mine.empty')} />
      <GoalEditorModal
        mode={editor}
        otherSide={t('goals.yourTherapist')}
        onClose={() => setEditor(null)}
        onCreated={(goal) => void navigate(`/goals/${encodeURIComponent(goal.id)}`)}
      />
    </Stack>
  );
}
