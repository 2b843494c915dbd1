import { Badge, Group } from '@mantine/core';
import type { ResourceView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

const KIND_COLORS = { handout: 'sage', worksheet: 'blue', link: 'grape', exercise: 'sage' } as const;

export function ResourceKindBadge({ kind }: { kind: ResourceView['kind'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={KIND_COLORS[kind]} size="md">
      {t(`resources.kind.${kind}`)}
    </Badge>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <Group gap={4} aria-label={t('resources.tags')} role="list">
      {tags.map((tag) => (
        <Badge key={tag} color="gray" variant="outline" size="md" role="listitem">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
