import { Group, Text } from '@mantine/core';
import { IconCloudCheck, IconCloudOff, IconCloudUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftStatus } from './answer-draft.ts';

/** A quiet line under the question: whether the answers so far are saved for later. */
export function DraftStatusText({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  const icon =
    status === 'failed' ? <IconCloudOff size={16} aria-hidden /> : status === 'saving' ? <IconCloudUpload size={16} aria-hidden /> : <IconCloudCheck size={16} aria-hidden />;
  const words = status === 'failed' ? t('answer.draft.failed') : status === 'saving' ? t('answer.draft.saving') : t('answer.draft.saved');
  // The live region is always there (empty before the first save) so screen readers hear changes.
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" role="status" c={status === 'failed' ? 'var(--mantine-color-error)' : 'dimmed'} mih={22}>
      {status !== 'idle' && (
        <>
          {icon}
          <Text size="sm" c="inherit">
            {words}
          </Text>
        </>
      )}
    </Group>
  );
}
