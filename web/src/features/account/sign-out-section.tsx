import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { PendingNote } from '../entries/pending-note.tsx';

export function SignOutSection() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const [confirming, setConfirming] = useState(false);
  const everywhere = signOut.variables === true;

  return (
    <Paper component="section" aria-labelledby="sign-out-heading">
      <Title order={2} id="sign-out-heading" mb="xs">
        {t('account.signOut.title')}
      </Title>
      <Stack gap="md">
        <Text>{t('account.signOut.body')}</Text>
        <PendingNote />
        {!confirming && <FormAlert message={signOut.isError ? errorMessage(t, signOut.error) : null} />}
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconLogout size={18} aria-hidden />}
            loading={signOut.isPending && !everywhere}
            onClick={() => signOut.mutate(false)}
          >
            {t('nav.signOut')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
            {t('account.signOut.all')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('account.signOut.allTitle')}
        confirmLabel={t('account.signOut.allConfirm')}
        loading={signOut.isPending && everywhere}
        error={signOut.isError && everywhere ? errorMessage(t, signOut.error) : null}
        onClose={() => {
          setConfirming(false);
          signOut.reset();
        }}
        onConfirm={() => signOut.mutate(true)}
      >
        {t('account.signOut.allBody')}
      </ConfirmModal>
    </Paper>
  );
}
