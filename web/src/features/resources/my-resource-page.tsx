import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBooks, IconExternalLink, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { fileSize } from './attachment-section.tsx';
import { MarkdownBody } from './markdown.tsx';
import { ResourceKindBadge } from './resource-badges.tsx';
import { attachmentUrl, useSharedResource } from './resources-api.ts';

/** One shared resource on the client's phone; opening it marks it seen. */
export function MyResourcePage() {
  const { t } = useTranslation();
  const { resourceId = '' } = useParams();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const resource = useSharedResource(me.user.id, resourceId);
  usePageTitle(resource.data?.title ?? t('resources.mine.title'));
  const back = (
    <Anchor component={Link} to="/my-resources">
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {t('resources.mine.back')}
      </Group>
    </Anchor>
  );
  if (!resource.isSuccess) {
    const missing = resource.isError && isApiError(resource.error) && resource.error.status === 404;
    return (
      <Stack gap="lg">
        {back}
        <Title order={1}>{missing ? t('resources.notFoundTitle') : t('resources.mine.title')}</Title>
        {resource.isPending ? (
          <Skeleton h={240} aria-hidden />
        ) : missing ? (
          <Alert color="gray" variant="light" icon={<IconBooks aria-hidden />}>
            {t('resources.mine.notFound')}
          </Alert>
        ) : (
          <QueryError error={resource.error} onRetry={() => void resource.refetch()} />
        )}
      </Stack>
    );
  }
  const r = resource.data;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {back}
        <Title order={1}>{r.title}</Title>
        <Group gap={6}>
          <ResourceKindBadge kind={r.kind} />
          <Text c="dimmed">{t('resources.sharedMeta', { name: r.sharedBy.name, date: format.date(r.sharedAt) })}</Text>
        </Group>
      </Stack>
      {(r.url || r.attachment) && (
        <Stack gap="sm">
          {r.url && (
            <Button component="a" href={r.url} target="_blank" rel="noopener noreferrer" size="lg" variant="light" rightSection={<IconExternalLink size={18} aria-hidden />}>
              {t('resources.openLink')}
            </Button>
          )}
          {r.attachment && (
            <Button
              component="a"
              href={attachmentUrl(r.id)}
              target="_blank"
              rel="noopener noreferrer"
              size="lg"
              variant="default"
              leftSection={<IconPaperclip size={18} aria-hidden />}
            >
              {t('resources.attachment.openShort', { size: fileSize(r.attachment.size) })}
            </Button>
          )}
        </Stack>
      )}
      <Paper radius="lg">{r.body ? <MarkdownBody source={r.body} topLevel={2} /> : <Text c="dimmed">{t('resources.noBody')}</Text>}</Paper>
    </Stack>
  );
}
