import { Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { zonedTimeToUtc } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useSessionText } from './session-text.ts';
import { lastSessionDate, MAX_DURATION, MAX_SERIES, MIN_DURATION, MIN_SERIES, validDate, validTime, type SessionFormValues } from './session-values.ts';

interface Props {
  form: UseFormReturnType<SessionFormValues>;
  /** The therapist's zone, which the date and time are meant in. */
  zone: string;
  client: { name: string; timeZone: string };
  /** Booking offers a weekly or fortnightly series; rescheduling moves one session. */
  withRepeat: boolean;
}

/** When, how long and where a session is; shared by booking and rescheduling. */
export function SessionFields({ form, zone, client, withRepeat }: Props) {
  const { t } = useTranslation();
  const mine = useSessionText(zone);
  const theirs = useSessionText(client.timeZone);
  const v = form.getValues();
  // The client will see their own wall clock: show it while the therapist picks, when it differs.
  const start = validDate(v.date) && validTime(v.time) ? zonedTimeToUtc(v.date, v.time, zone).toISOString() : null;
  const clientWhen = start && theirs.when(start) !== mine.when(start) ? theirs.when(start) : null;
  const last = withRepeat ? lastSessionDate(v) : null;

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group gap="sm" align="flex-start">
          <TextInput type="date" label={t('appointments.form.date')} required w={{ base: '100%', xs: 190 }} {...form.getInputProps('date')} />
          <TextInput type="time" label={t('appointments.form.time')} required w={{ base: '100%', xs: 140 }} {...form.getInputProps('time')} />
          <NumberInput
            size="md"
            label={t('appointments.form.duration')}
            required
            min={MIN_DURATION}
            max={MAX_DURATION}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            w={{ base: '100%', xs: 170 }}
            {...form.getInputProps('durationMinutes')}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('appointments.form.zoneHint', { zone })}
        </Text>
        {clientWhen && (
          <Text size="sm" aria-live="polite">
            {t('appointments.form.clientTime', { name: client.name, when: clientWhen, zone: client.timeZone })}
          </Text>
        )}
      </Stack>
      <Radio.Group size="md" label={t('appointments.form.where')} {...form.getInputProps('mode')}>
        <Group gap="lg" mt={6}>
          <Radio size="md" value="in_person" label={t('appointments.inPerson')} />
          <Radio size="md" value="video" label={t('appointments.video')} />
        </Group>
      </Radio.Group>
      {v.mode === 'in_person' ? (
        <TextInput label={t('appointments.form.place')} description={t('appointments.form.placeHint')} maxLength={200} {...form.getInputProps('place')} />
      ) : (
        <TextInput
          type="url"
          label={t('appointments.form.link')}
          description={t('appointments.form.linkHint', { name: client.name })}
          placeholder="https://"
          required
          maxLength={500}
          {...form.getInputProps('videoLink')}
        />
      )}
      {withRepeat && (
        <Stack gap="sm">
          <Radio.Group size="md" label={t('appointments.form.repeat')} {...form.getInputProps('repeat')}>
            <Group gap="lg" mt={6}>
              <Radio size="md" value="none" label={t('appointments.form.repeatNone')} />
              <Radio size="md" value="weekly" label={t('appointments.form.repeatWeekly')} />
              <Radio size="md" value="biweekly" label={t('appointments.form.repeatBiweekly')} />
            </Group>
          </Radio.Group>
          {v.repeat !== 'none' && (
            <NumberInput
              size="md"
              label={t('appointments.form.count')}
              description={last ? t('appointments.form.countHint', { count: Number(v.count), last: mine.calendarDay(last) }) : t('appointments.form.countRange', { min: MIN_SERIES, max: MAX_SERIES })}
              required
              min={MIN_SERIES}
              max={MAX_SERIES}
              allowDecimal={false}
              allowNegative={false}
              w={{ base: '100%', xs: 320 }}
              {...form.getInputProps('count')}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
