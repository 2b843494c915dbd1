import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import type { ResourceView } from '@stepwise/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResourceKindBadge, TagList } from './resource-badges.tsx';

/** The first words of a Markdown body, without its markup. */
export function excerpt(body: string, max = 140): string {
  const plain = body
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max).replace(/\s\S*$/, '')}…` : plain;
}

interface Props {
  resource: ResourceView;
  to: string;
  /** Extra line: who shared it, or who owns it. */
  meta?: string;
  badge?: ReactNode;
}

export function ResourceCard({ resource, to, meta, badge }: Props) {
  const { t } = useTranslation();
  return (
    <Paper h="100%">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={to} fw={600} fz="lg">
            {resource.title}
          </Anchor>
          {badge}
        </Group>
        <Group gap={6}>
          <ResourceKindBadge kind={resource.kind} />
          {resource.visibility === 'private' && (
            <Badge color="gray" size="md">
              {t('resources.visibility.private')}
            </Badge>
          )}
          {resource.attachment && (
            <Badge color="gray" size="md" variant="outline" leftSection={<IconPaperclip size={14} aria-hidden />}>
              {t('resources.hasAttachment')}
            </Badge>
          )}
        </Group>
        {resource.body && <Text size="sm">{excerpt(resource.body)}</Text>}
        <TagList tags={resource.tags} />
        {meta && (
          <Text size="sm" c="dimmed">
            {meta}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
