import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { AlertView } from '@stepwise/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useAcknowledgeAlert } from './safety-api.ts';

const MAX = 2000;

/** Acknowledging says what was done about an alert; the note stays with it for the care team. */
export function AcknowledgeModal({ alert, onClose }: { alert: AlertView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={alert !== null} onClose={onClose} title={t('alerts.ack.title')}>
      {alert && <AcknowledgeForm key={alert.id} alert={alert} onClose={onClose} />}
    </AppModal>
  );
}

function AcknowledgeForm({ alert, onClose }: { alert: AlertView; onClose: () => void }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeAlert();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const already = isApiError(acknowledge.error) && acknowledge.error.code === 'already_acknowledged';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (note.trim().length === 0) return setMissing(true);
    acknowledge.mutate(
      { alertId: alert.id, note: note.trim() },
      {
        onSuccess: () => {
          notify({ message: t('alerts.ack.done', { name: alert.clientName }) });
          onClose();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t('alerts.ack.intro', { name: alert.clientName, measure: alert.shortName })}</Text>
        <FormAlert message={already ? t('alerts.ack.already') : acknowledge.isError ? errorMessage(t, acknowledge.error) : null} />
        <Textarea
          size="md"
          label={t('alerts.ack.note')}
          description={t('alerts.ack.noteHint')}
          autosize
          minRows={3}
          maxLength={MAX}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('alerts.ack.noteRequired') : null}
          required
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {already ? t('common.close') : t('common.cancel')}
          </Button>
          {!already && (
            <Button type="submit" loading={acknowledge.isPending}>
              {t('alerts.ack.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
