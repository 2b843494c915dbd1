import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { MAIN_ID } from '../../app/layouts/skip-link.tsx';
import { useSession } from '../../app/session.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useClearEmailBounce, useEmailBounce } from './push-api.ts';

/**
 * Shown on the Account page while the person's address bounced: notification email has
 * stopped, and one button starts it again. Nothing at all while email works.
 */
export function EmailBounceNotice() {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const bounce = useEmailBounce();
  const clear = useClearEmailBounce();
  const b = bounce.data?.bounce;
  if (!b) return null;
  return (
    <Alert color="red" variant="light" icon={<IconMailOff aria-hidden />} title={t('emailBounce.title')} aria-live="polite">
      <Stack gap="sm">
        <Text size="sm">{t('emailBounce.body', { address: b.address, date: format.date(b.bouncedAt), reason: b.reason })}</Text>
        <Text size="sm">{t('emailBounce.stopped')}</Text>
        <FormAlert message={clear.isError ? t('emailBounce.retryError') : null} />
        <div>
          <Button variant="default" loading={clear.isPending} onClick={() =>
              clear.mutate(undefined, {
                onSuccess: () => {
                  notify({ message: t('emailBounce.retried') });
                  // The notice (with the pressed button) is gone: focus goes back to the page.
                  document.getElementById(MAIN_ID)?.focus();
                },
              })
            }>
            {t('emailBounce.retry')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
