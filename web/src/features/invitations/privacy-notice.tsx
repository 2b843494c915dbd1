import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Role } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

/** Plain words on what Stepwise keeps and who sees it, read before the account exists. */
export function PrivacyNotice({ role, practiceName }: { role: Role; practiceName: string }) {
  const { t } = useTranslation();
  const key = role === 'client' ? 'client' : 'therapist';
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-default-hover)">
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('invitations.privacy.title')}
        </Title>
        <Text>{t(`invitations.privacy.${key}.stores`)}</Text>
        <Text>{t(`invitations.privacy.${key}.access`, { practice: practiceName })}</Text>
        <Text>{t(`invitations.privacy.${key}.emergency`)}</Text>
        <Text>{t(`invitations.privacy.${key}.rights`, { practice: practiceName })}</Text>
      </Stack>
    </Paper>
  );
}
