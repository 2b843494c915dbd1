import { Anchor, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, type ResourceView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { attachmentUrl, useRemoveAttachment, useUploadAttachment } from './resources-api.ts';

const MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

export function fileSize(bytes: number, locale?: string): string {
  const kb = bytes / 1024;
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return kb < 1024 ? `${nf.format(kb)} KB` : `${nf.format(kb / 1024)} MB`;
}

/** A PDF or picture with the resource: open it, replace it (owners), or take it off. */
export function AttachmentSection({ resource, canEdit }: { resource: ResourceView; canEdit: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(resource.id);
  const remove = useRemoveAttachment(resource.id);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);

  const send = () => {
    if (!file) return setError(t('resources.attachment.pick'));
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return setError(t('resources.attachment.wrongType'));
    if (file.size > ATTACHMENT_MAX_BYTES) return setError(t('resources.attachment.tooBig', { mb: MB }));
    setError(null);
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        notify({ message: t('resources.attachment.uploaded') });
      },
      onError: (e) => {
        if (isApiError(e) && e.status === 415) setError(t('resources.attachment.wrongType'));
        else if (isApiError(e) && e.status === 413) setError(t('resources.attachment.tooBig', { mb: MB }));
        else setError(errorMessage(t, e));
      },
    });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="attachment-heading">
      <Title order={2} size="h3" id="attachment-heading">
        {t('resources.attachment.title')}
      </Title>
      {resource.attachment ? (
        <Group gap="sm">
          <IconPaperclip size={20} aria-hidden />
          <Anchor href={attachmentUrl(resource.id)} target="_blank" rel="noopener noreferrer">
            {t('resources.attachment.open', { name: resource.attachment.name })}
          </Anchor>
          <Text c="dimmed" size="sm">
            {fileSize(resource.attachment.size)}
          </Text>
          {canEdit && (
            <Button variant="subtle" color="red" size="sm" onClick={() => setRemoving(true)}>
              {t('resources.attachment.remove')}
            </Button>
          )}
        </Group>
      ) : (
        <Text c="dimmed">{t('resources.attachment.none')}</Text>
      )}
      {canEdit && (
        <Stack gap="xs">
          <FormAlert message={error} />
          <Group gap="sm" align="flex-end">
            <FileInput
              label={resource.attachment ? t('resources.attachment.replaceLabel') : t('resources.attachment.label')}
              description={t('resources.attachment.hint', { mb: MB })}
              accept={ATTACHMENT_TYPES.join(',')}
              value={file}
              onChange={(f) => {
                setFile(f);
                setError(null);
              }}
              clearable
              clearButtonProps={{ 'aria-label': t('resources.attachment.clear') }}
              w={{ base: '100%', xs: 360 }}
            />
            <Button variant="default" leftSection={<IconUpload size={18} aria-hidden />} onClick={send} loading={upload.isPending} disabled={!file}>
              {t('resources.attachment.upload')}
            </Button>
          </Group>
        </Stack>
      )}
      <ConfirmModal
        opened={removing}
        title={t('resources.attachment.removeTitle')}
        confirmLabel={t('resources.attachment.remove')}
        loading={remove.isPending}
        error={remove.isError ? errorMessage(t, remove.error) : null}
        onClose={() => {
          setRemoving(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setRemoving(false) })}
      >
        {t('resources.attachment.removeBody', { name: resource.attachment?.name ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
