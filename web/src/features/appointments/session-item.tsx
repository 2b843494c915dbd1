import { Anchor, Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCalendarEvent, IconMapPin, IconRepeat, IconVideo, IconX } from '@tabler/icons-react';
import type { AppointmentView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useSessionText, type SeriesKind } from './session-text.ts';

interface Props {
  a: AppointmentView;
  /** The therapist's zone, where the times are shown. */
  zone: string;
  clientZone: string;
  series: SeriesKind | undefined;
  /** Over: shown muted, without actions. */
  past: boolean;
  now: number;
  onReschedule: (a: AppointmentView) => void;
  onCancel: (a: AppointmentView) => void;
}

const SERIES_KEYS = { weekly: 'appointments.series.weekly', biweekly: 'appointments.series.biweekly', other: 'appointments.series.other' } as const;

/** A link shown without its scheme, so the part that tells links apart is what shows. */
const shortLink = (url: string) => url.replace(/^https:\/\//, '');

/** One session in the Sessions tab: when, how long, where, and what can be done with it. */
export function SessionItem({ a, zone, clientZone, series, past, now, onReschedule, onCancel }: Props) {
  const { t } = useTranslation();
  const mine = useSessionText(zone);
  const theirs = useSessionText(clientZone);
  const cancelled = a.status === 'cancelled';
  const muted = past || cancelled;
  const when = mine.when(a.startsAt);
  const running = !cancelled && Date.parse(a.startsAt) <= now && now < Date.parse(a.endsAt);
  // Only when the client's wall clock reads differently; two zones can share a clock.
  const clientWhen = !muted && theirs.when(a.startsAt) !== when ? theirs.when(a.startsAt) : null;

  return (
    <Paper component="li" p="md" bg={muted ? 'var(--mantine-color-default-hover)' : undefined}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Group gap="xs" align="center">
            <Text fw={600} c={muted ? 'dimmed' : undefined} td={cancelled ? 'line-through' : undefined}>
              {t('appointments.slot', { day: mine.day(a.startsAt), range: mine.timeRange(a) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('appointments.duration', { count: a.durationMinutes })}
            </Text>
            {cancelled && <Badge color="gray">{t('appointments.cancelled')}</Badge>}
            {running && <Badge color="sage">{t('appointments.now')}</Badge>}
          </Group>
          <Group gap={6} wrap="nowrap" c={muted ? 'dimmed' : undefined}>
            {a.mode === 'video' ? <IconVideo size={18} aria-hidden style={{ flexShrink: 0 }} /> : <IconMapPin size={18} aria-hidden style={{ flexShrink: 0 }} />}
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {a.mode === 'in_person' ? (
                a.place ? t('appointments.inPersonAt', { place: a.place }) : t('appointments.inPerson')
              ) : (
                <>
                  {t('appointments.video')}
                  {a.videoLink && !muted && (
                    <>
                      {' · '}
                      <Anchor href={a.videoLink} target="_blank" rel="noopener noreferrer" size="sm">
                        {shortLink(a.videoLink)}
                        <VisuallyHidden>{t('appointments.newTab')}</VisuallyHidden>
                      </Anchor>
                    </>
                  )}
                </>
              )}
            </Text>
          </Group>
          {series && (
            <Group gap={6} wrap="nowrap" c="dimmed">
              <IconRepeat size={16} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="sm">{t(SERIES_KEYS[series])}</Text>
            </Group>
          )}
          {clientWhen && (
            <Text size="sm" c="dimmed">
              {t('appointments.clientTime', { when: clientWhen })}
            </Text>
          )}
        </Stack>
        {!muted && (
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconCalendarEvent size={16} aria-hidden />}
              aria-label={t('appointments.rescheduleFor', { when })}
              onClick={() => onReschedule(a)}
            >
              {t('appointments.reschedule.action')}
            </Button>
            <Button variant="subtle" color="red" size="sm" leftSection={<IconX size={16} aria-hidden />} aria-label={t('appointments.cancelFor', { when })} onClick={() => onCancel(a)}>
              {t('appointments.cancelAction')}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
