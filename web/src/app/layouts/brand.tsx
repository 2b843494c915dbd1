import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconStairsUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The app's name, with the practice's when known. Not a heading: each page has its own h1. */
export function Brand({ practiceName }: { practiceName?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size="lg" radius="md" aria-hidden>
        <IconStairsUp size={20} />
      </ThemeIcon>
      <div>
        <Text fw={700} size="lg" lh={1.1}>
          {t('app.name')}
        </Text>
        {practiceName ? (
          <Text size="sm" c="dimmed" lh={1.2} visibleFrom="xs">
            {practiceName}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}
