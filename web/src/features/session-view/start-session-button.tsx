import { Button, type ButtonProps } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppointmentView } from '@stepwise/domain';
import { useSessionText } from '../appointments/session-text.ts';

/** Where the session view opens; with a booked session, notes written there are filed under it. */
export const sessionViewPath = (clientId: string, appointmentId?: string) =>
  `/clients/${encodeURIComponent(clientId)}/session${appointmentId ? `?appointment=${encodeURIComponent(appointmentId)}` : ''}`;

/** "Start session": opens the session view for a client (and, when given, one booked session). */
export function StartSessionButton({ clientId, appointmentId, label, ...props }: ButtonProps & { clientId: string; appointmentId?: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={sessionViewPath(clientId, appointmentId)} leftSection={<IconPlayerPlay size={18} aria-hidden />} {...props}>
      {label ?? t('sessionView.start')}
    </Button>
  );
}

/** The Sessions tab's link for the next booked session (not a cancelled one), named with its day and time. */
export function StartNextSession({ upcoming, zone }: { upcoming: AppointmentView[]; zone: string }) {
  const { t } = useTranslation();
  const text = useSessionText(zone);
  const appointment = upcoming.find((a) => a.status === 'scheduled');
  if (!appointment) return null;
  return <StartSessionButton clientId={appointment.clientId} appointmentId={appointment.id} variant="light" label={t('sessionView.startWhen', { when: text.when(appointment.startsAt) })} />;
}
