import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconCalendarPlus } from '@tabler/icons-react';
import type { AppointmentView, ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useAppointments } from './appointments-api.ts';
import { BookSessionModal } from './book-session-modal.tsx';
import { CancelSessionModal } from './cancel-session-modal.tsx';
import { RescheduleModal } from './reschedule-modal.tsx';
import { SessionList } from './session-list.tsx';
import { seriesKinds } from './session-text.ts';
import { useNow } from './use-now.ts';
import { ClientLoopSection } from '../agenda/client-loop-section.tsx';
import { StartNextSession } from '../session-view/start-session-button.tsx';

/** Later sessions of the same series that are still on, which cancelling "this and later" would take. */
const laterInSeries = (list: AppointmentView[], a: AppointmentView | null) =>
  !a?.seriesId ? 0 : list.filter((x) => x.seriesId === a.seriesId && x.id !== a.id && x.status === 'scheduled' && x.startsAt >= a.startsAt).length;

/** The Sessions tab of a client's page: what is booked, what was, and booking more. */
export function ClientSessionsTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const zone = useSession().user.timeZone;
  const list = useAppointments(client.id);
  const now = useNow();
  const [booking, setBooking] = useState(false);
  const [moving, setMoving] = useState<AppointmentView | null>(null);
  const [cancelling, setCancelling] = useState<AppointmentView | null>(null);
  const all = list.data ?? [];

  let body;
  if (list.isPending) body = <ListSkeleton rows={3} height={88} />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (all.length === 0) {
    body = (
      <EmptyState
        icon={<IconCalendarEvent size={28} />}
        title={t('appointments.emptyTitle')}
        body={t('appointments.empty', { name: client.name })}
      />
    );
  } else {
    // A session counts as upcoming until it ends, so one in progress can still be found and joined.
    const upcoming = all.filter((a) => Date.parse(a.endsAt) > now);
    const past = all.filter((a) => Date.parse(a.endsAt) <= now).reverse();
    const common = { zone, clientZone: client.timeZone, series: seriesKinds(all), now, onReschedule: setMoving, onCancel: setCancelling };
    body = (
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="sessions-upcoming-heading">
          <Group justify="space-between" gap="sm">
            <Title order={3} id="sessions-upcoming-heading">
              {t('appointments.upcoming')}
            </Title>
            <StartNextSession upcoming={upcoming} zone={zone} />
          </Group>
          {upcoming.length === 0 ? <Text c="dimmed">{t('appointments.noUpcoming')}</Text> : <SessionList sessions={upcoming} past={false} {...common} />}
        </Stack>
        {past.length > 0 && (
          <Stack gap="sm" component="section" aria-labelledby="sessions-past-heading">
            <Title order={3} id="sessions-past-heading">
              {t('appointments.past')}
            </Title>
            <SessionList sessions={past} past {...common} />
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="client-sessions-heading">
      <Group justify="space-between" gap="sm">
        <Title order={2} id="client-sessions-heading">
          {t('appointments.title')}
        </Title>
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setBooking(true)}>
          {t('appointments.book.action')}
        </Button>
      </Group>
      <Text c="dimmed">
        {client.timeZone === zone ? t('appointments.zoneNote', { zone }) : t('appointments.zoneNoteBoth', { zone, name: client.name, clientZone: client.timeZone })}
      </Text>
      <ClientLoopSection client={client} />
      {body}
      <BookSessionModal opened={booking} client={client} onClose={() => setBooking(false)} />
      <RescheduleModal appointment={moving} client={client} onClose={() => setMoving(null)} />
      <CancelSessionModal appointment={cancelling} laterInSeries={laterInSeries(all, cancelling)} client={client} onClose={() => setCancelling(null)} />
    </Stack>
  );
}
