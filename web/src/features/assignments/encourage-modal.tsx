import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useEncourage, type EncouragementInput } from './assignments-api.ts';

export interface EncourageTarget {
  type: EncouragementInput['targetType'];
  id: string;
  /** What it is about, in words: "Slow breathing on Fri 6 Nov". */
  about: string;
}

const MAX = 280;

/** A short, warm note the client sees on their Today page. */
export function EncourageModal({ clientId, clientName, target, onClose }: { clientId: string; clientName: string; target: EncourageTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={target !== null} onClose={onClose} title={t('encourage.title')}>
      {target && <EncourageForm key={target.id} clientId={clientId} clientName={clientName} target={target} onClose={onClose} />}
    </AppModal>
  );
}

function EncourageForm({ clientId, clientName, target, onClose }: { clientId: string; clientName: string; target: EncourageTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const send = useEncourage(clientId);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!message.trim()) return setError(t('form.required'));
    send.mutate(
      { message: message.trim(), targetType: target.type, targetId: target.id },
      {
        onSuccess: () => {
          notify({ message: t('encourage.sent', { name: clientName }) });
          onClose();
        },
        onError: (err) => setError(errorMessage(t, err)),
      },
    );
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t('encourage.intro', { name: clientName, about: target.about })}</Text>
        <FormAlert message={send.isError ? errorMessage(t, send.error) : null} />
        <Textarea
          label={t('encourage.message')}
          description={t('encourage.counter', { count: MAX - message.length })}
          placeholder={t('encourage.placeholder')}
          autosize
          minRows={3}
          maxLength={MAX}
          value={message}
          onChange={(e) => {
            setMessage(e.currentTarget.value);
            setError(null);
          }}
          error={error && !send.isError ? error : null}
          data-autofocus
          required
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={send.isPending}>
            {t('encourage.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
