import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBooks, IconExternalLink, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ResourceView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { notify } from '../../app/ui/notify.ts';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { AttachmentSection } from './attachment-section.tsx';
import { MarkdownBody } from './markdown.tsx';
import { ResourceKindBadge, TagList } from './resource-badges.tsx';
import { ResourceEditorModal } from './resource-editor-modal.tsx';
import { useDeleteResource, useResource } from './resources-api.ts';

/** One resource in the library: read it, and (for its owner) edit, attach, delete. */
export function ResourcePage() {
  const { t } = useTranslation();
  const { resourceId = '' } = useParams();
  const resource = useResource(resourceId);
  usePageTitle(resource.data?.title ?? t('resources.title'));
  const back = (
    <Anchor component={Link} to="/resources">
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {t('resources.back')}
      </Group>
    </Anchor>
  );
  if (resource.isSuccess) return <ResourceDetail resource={resource.data} back={back} />;
  const missing = resource.isError && isApiError(resource.error) && resource.error.status === 404;
  return (
    <Stack gap="lg" maw={900}>
      {back}
      <Title order={1}>{missing ? t('resources.notFoundTitle') : t('resources.title')}</Title>
      {resource.isPending ? (
        <Skeleton h={240} aria-hidden />
      ) : missing ? (
        <Alert color="gray" variant="light" icon={<IconBooks aria-hidden />}>
          {t('resources.notFound')}
        </Alert>
      ) : (
        <QueryError error={resource.error} onRetry={() => void resource.refetch()} />
      )}
    </Stack>
  );
}

function ResourceDetail({ resource, back }: { resource: ResourceView; back: React.ReactNode }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const navigate = useNavigate();
  const remove = useDeleteResource();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // The server's rule: the owner, or an admin for practice-wide resources.
  const canEdit = resource.owner.id === me.user.id || (me.user.isAdmin && resource.visibility === 'practice');

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap="xs">
        {back}
        <Title order={1}>{resource.title}</Title>
        <Group gap={6}>
          <ResourceKindBadge kind={resource.kind} />
          <Text c="dimmed">
            {t(resource.visibility === 'private' ? 'resources.visibility.private' : 'resources.visibility.practice')} ·{' '}
            {t('resources.updated', { name: resource.owner.name, date: format.date(resource.updatedAt) })}
          </Text>
        </Group>
        <TagList tags={resource.tags} />
      </Stack>
      {canEdit && (
        <Group gap="sm">
          <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
            {t('resources.edit')}
          </Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setDeleting(true)}>
            {t('resources.delete')}
          </Button>
        </Group>
      )}
      <Paper component="section" aria-labelledby="resource-body-heading">
        <Title order={2} size="h3" id="resource-body-heading" mb="sm">
          {t('resources.content')}
        </Title>
        {resource.url && (
          <Button component="a" href={resource.url} target="_blank" rel="noopener noreferrer" variant="light" mb="md" rightSection={<IconExternalLink size={18} aria-hidden />}>
            {t('resources.openLink')}
          </Button>
        )}
        {resource.body ? <MarkdownBody source={resource.body} topLevel={3} /> : <Text c="dimmed">{t('resources.noBody')}</Text>}
      </Paper>
      <Paper>
        <AttachmentSection resource={resource} canEdit={canEdit} />
      </Paper>
      <ResourceEditorModal resource={editing ? resource : null} onClose={() => setEditing(false)} />
      <ConfirmModal
        opened={deleting}
        title={t('resources.deleteTitle')}
        confirmLabel={t('resources.delete')}
        loading={remove.isPending}
        error={remove.isError ? errorMessage(t, remove.error) : null}
        onClose={() => {
          setDeleting(false);
          remove.reset();
        }}
        onConfirm={() =>
          remove.mutate(resource.id, {
            onSuccess: () => {
              notify({ message: t('resources.deleted', { title: resource.title }) });
              void navigate('/resources', { replace: true });
            },
          })
        }
      >
        {t('resources.deleteBody', { title: resource.title })}
      </ConfirmModal>
    </Stack>
  );
}
