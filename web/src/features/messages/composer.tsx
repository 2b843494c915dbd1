import { Button, Stack, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { MESSAGE_LIMITS } from '@stepwise/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { errorMessage, sentence } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { useSendMessage } from './messages-api.ts';

const MAX = MESSAGE_LIMITS.bodyMax;
// The counter appears only near the limit: most messages are short.
const COUNTER_FROM = MAX - 500;

/** Writing a message: a roomy text box and a large Send under the thumb. */
export function Composer({ clientId, label }: { clientId: string; label: string }) {
  const { t } = useTranslation();
  const send = useSendMessage(clientId);
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The server says the same; checking here spares a round trip for an empty message.
    if (body.trim() === '') {
      setFieldError(t('messages.composerEmpty'));
      return;
    }
    setFieldError(null);
    send.mutate(body.trim(), {
      onSuccess: () => setBody(''),
      onError: (error) => {
        const field = isApiError(error) ? error.fields?.body : undefined;
        if (field) setFieldError(sentence(field));
      },
    });
  };

  // A paused thread replaces this form with its explanation; other errors show above it.
  const paused = isApiError(send.error) && send.error.code === 'messaging_paused';
  const formError = send.isError && !paused && !(isApiError(send.error) && send.error.fields?.body) ? errorMessage(t, send.error) : null;

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <FormAlert message={formError} />
        <Textarea
          size="md"
          label={label}
          placeholder={t('messages.composerPlaceholder')}
          description={body.length >= COUNTER_FROM ? t('messages.counter', { count: MAX - body.length }) : undefined}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MAX}
          value={body}
          error={fieldError}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            if (fieldError) setFieldError(null);
          }}
        />
        <Button type="submit" size="lg" fullWidth leftSection={<IconSend size={20} aria-hidden />} loading={send.isPending}>
          {t('messages.send')}
        </Button>
      </Stack>
    </form>
  );
}
