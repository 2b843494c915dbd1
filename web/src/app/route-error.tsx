import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarePage } from './layouts/bare-page.tsx';

/** Last resort when a page throws while rendering (or its code fails to download). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <BarePage>
      <Stack gap="md">
        <Title order={1}>{t('errors.pageFailedTitle')}</Title>
        <Text>{t('errors.pageFailedBody')}</Text>
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t('errors.reload')}
        </Button>
      </Stack>
    </BarePage>
  );
}
