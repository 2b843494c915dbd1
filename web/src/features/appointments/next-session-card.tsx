import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconExternalLink, IconMapPin, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { TodayCard } from '../today/today-card.tsx';
import { useNextAppointment } from './appointments-api.ts';
import { useSessionText } from './session-text.ts';
import { useNow } from './use-now.ts';

/**
 * Today's reminder of the client's next session, in their own time zone. It shows nothing
 * while loading, when nothing is booked, or when the load fails: it is a reminder, not the
 * only record of the booking, and an error here would crowd the page over something optional.
 */
export function NextSessionCard() {
  const { t } = useTranslation();
  const zone = useSession().user.timeZone;
  const text = useSessionText(zone);
  const next = useNextAppointment();
  const now = useNow();
  const a = next.data;
  // Once it has ended it is no longer next; the next load brings the one after.
  if (!a || Date.parse(a.endsAt) <= now) return null;

  const running = Date.parse(a.startsAt) <= now;
  const away = text.daysAway(a.startsAt, new Date(now));
  // "Today" and "Tomorrow" are what people plan by; further out, the weekday and date.
  const day = away === 0 ? t('appointments.next.today') : away === 1 ? t('appointments.next.tomorrow') : text.longDay(a.startsAt);

  return (
    <TodayCard id="next-session-heading" icon={<IconCalendarEvent size={24} />} title={t('appointments.next.title')}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={700} fz="lg">
            {day}
          </Text>
          {running && <Badge color="sage">{t('appointments.now')}</Badge>}
        </Group>
        <Text fz="lg">{text.timeRange(a)}</Text>
        <Text>{t('appointments.next.with', { name: a.therapist.name })}</Text>
      </Stack>
      {a.mode === 'in_person' ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconMapPin size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text style={{ overflowWrap: 'anywhere' }}>{a.place ? t('appointments.inPersonAt', { place: a.place }) : t('appointments.inPerson')}</Text>
        </Group>
      ) : (
        <Stack gap="xs">
          <Group gap={6} wrap="nowrap">
            <IconVideo size={20} aria-hidden style={{ flexShrink: 0 }} />
            <Text>{t('appointments.next.videoSession')}</Text>
          </Group>
          {/* Always offered, not only near the start: clients test their link the day before. */}
          {a.videoLink && (
            <Button
              component="a"
              href={a.videoLink}
              target="_blank"
              rel="noopener noreferrer"
              size="lg"
              fullWidth
              leftSection={<IconVideo size={20} aria-hidden />}
              rightSection={<IconExternalLink size={18} aria-hidden />}
              aria-label={t('appointments.next.joinLabel')}
            >
              {t('appointments.next.join')}
            </Button>
          )}
        </Stack>
      )}
    </TodayCard>
  );
}
