import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedCreated, CalendarFeedStatus } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { useFormat } from '../../app/format.ts';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { SectionCard } from '../../app/ui/section-card.tsx';

const KEY = ['account', 'calendar-feed'] as const;
const PATH = '/api/account/calendar-feed';

/** The personal calendar link: made here, shown once (only its hash is kept), and stoppable. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: KEY, queryFn: () => api.get<CalendarFeedStatus>(PATH) });
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const create = useMutation({
    mutationFn: () => api.post<CalendarFeedCreated>(PATH),
    onSuccess: (made) => {
      setUrl(made.url);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const stop = useMutation({
    mutationFn: () => api.delete<{ ok: true }>(PATH),
    onSuccess: () => {
      setUrl(null);
      setConfirming(false);
      notify({ message: t('calendar.stopped') });
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });

  return (
    <SectionCard id="calendar-feed-heading" title={t('calendar.title')}>
      <Stack gap="md">
        <Text>{t('calendar.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('calendar.privacy')}
        </Text>
        {status.isPending ? (
          <ListSkeleton rows={1} height={40} />
        ) : status.isError ? (
          <QueryError error={status.error} onRetry={() => void status.refetch()} />
        ) : (
          <>
            <Text>{status.data.active && status.data.createdAt ? t('calendar.activeSince', { date: format.date(status.data.createdAt) }) : t('calendar.none')}</Text>
            {url && (
              <Group gap="sm" align="flex-end" wrap="nowrap">
                <TextInput style={{ flex: 1 }} readOnly label={t('calendar.urlLabel')} description={t('calendar.urlHelp')} value={url} onFocus={(e) => e.currentTarget.select()} />
                <CopyButton value={url}>{({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? t('calendar.copied') : t('calendar.copy')}</Button>}</CopyButton>
              </Group>
            )}
            <FormAlert message={create.isError ? errorMessage(t, create.error) : null} />
            <Group gap="sm">
              <Button variant={status.data.active ? 'default' : 'filled'} loading={create.isPending} onClick={() => create.mutate()}>
                {status.data.active ? t('calendar.replace') : t('calendar.create')}
              </Button>
              {status.data.active && (
                <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
                  {t('calendar.stop')}
                </Button>
              )}
            </Group>
            {status.data.active && !url && (
              <Text size="sm" c="dimmed">
                {t('calendar.replaceNote')}
              </Text>
            )}
          </>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('calendar.stopTitle')}
        confirmLabel={t('calendar.stopConfirm')}
        loading={stop.isPending}
        error={stop.isError ? errorMessage(t, stop.error) : null}
        onClose={() => {
          setConfirming(false);
          stop.reset();
        }}
        onConfirm={() => stop.mutate()}
      >
        {t('calendar.stopBody')}
      </ConfirmModal>
    </SectionCard>
  );
}
