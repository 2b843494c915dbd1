import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconClipboardList, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import type { QuestionnaireView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useArchiveQuestionnaire, useQuestionnaires } from './measures-api.ts';
import { QuestionnaireEditorModal } from './questionnaire-editor-modal.tsx';

/** The therapist's own questionnaires: built here, scheduled from a client's Measures tab. */
export function QuestionnairesPage() {
  const { t } = useTranslation();
  usePageTitle(t('questionnaires.title'));
  const format = useFormat(useSession().user.timeZone);
  const list = useQuestionnaires();
  const archive = useArchiveQuestionnaire();
  const [editing, setEditing] = useState<QuestionnaireView | 'new' | null>(null);
  const [archiving, setArchiving] = useState<QuestionnaireView | null>(null);

  const closeArchive = () => {
    setArchiving(null);
    archive.reset();
  };
  const confirmArchive = () => {
    if (!archiving) return;
    archive.mutate(archiving.id, {
      onSuccess: () => {
        notify({ message: t('questionnaires.archived', { title: archiving.title }) });
        closeArchive();
      },
    });
  };

  let body;
  if (list.isPending) body = <ListSkeleton rows={3} />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.length === 0) {
    body = <EmptyState order={2} icon={<IconClipboardList size={28} />} title={t('questionnaires.emptyTitle')} body={t('questionnaires.empty')} />;
  } else {
    body = (
      <DataTable
        label={t('questionnaires.tableLabel')}
        minWidth={720}
        highlightOnHover
        columns={[t('questionnaires.col.title'), t('questionnaires.col.version'), t('questionnaires.col.items'), t('questionnaires.col.updated'), t('common.actions')]}
      >
        {list.data.map((q) => (
          <Table.Tr key={q.id}>
            <Table.Td>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {q.title}
              </Text>
            </Table.Td>
            <Table.Td>{t('questionnaires.version', { version: q.version })}</Table.Td>
            <Table.Td>{q.definition.items.length}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(q.updatedAt)}</Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button size="sm" variant="default" onClick={() => setEditing(q)} aria-label={t('questionnaires.editLabel', { title: q.title })}>
                  {t('questionnaires.edit')}
                </Button>
                <Button size="sm" variant="subtle" color="red" onClick={() => setArchiving(q)} aria-label={t('questionnaires.archiveLabel', { title: q.title })}>
                  {t('questionnaires.archive')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    );
  }

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end" gap="md">
        <PageHeader title={t('questionnaires.title')} subtitle={t('questionnaires.subtitle')} />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
          {t('questionnaires.new')}
        </Button>
      </Group>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
        {t('questionnaires.separate')}
      </Alert>
      {body}
      <QuestionnaireEditorModal questionnaire={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={archiving !== null}
        title={t('questionnaires.archiveTitle', { title: archiving?.title ?? '' })}
        confirmLabel={t('questionnaires.archive')}
        loading={archive.isPending}
        error={archive.isError ? errorMessage(t, archive.error) : null}
        onConfirm={confirmArchive}
        onClose={closeArchive}
      >
        {t('questionnaires.archiveBody')}
      </ConfirmModal>
    </Stack>
  );
}
