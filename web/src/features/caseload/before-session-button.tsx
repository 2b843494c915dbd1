import { Button, type ButtonProps } from '@mantine/core';
import { IconClipboardText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Opens the pre-session summary: a link, so it can open in a new tab beside the session. */
export function BeforeSessionButton({ clientId, size }: { clientId: string; size?: ButtonProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/clients/${encodeURIComponent(clientId)}/summary`}
      variant="default"
      size={size}
      leftSection={<IconClipboardText size={18} aria-hidden />}
    >
      {t('caseload.beforeSession')}
    </Button>
  );
}
