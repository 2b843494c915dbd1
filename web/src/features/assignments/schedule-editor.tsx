import { ActionIcon, Button, Chip, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { MAX_TIMES_PER_DAY } from '@stepwise/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import type { ScheduleFormValues, ScheduleKind } from './schedule-values.ts';

interface Props {
  value: ScheduleFormValues;
  onChange: (next: ScheduleFormValues) => void;
  /** Errors keyed relative to the schedule: "endDate", "weekdays", "times.0", "" for the whole. */
  errors: Record<string, ReactNode>;
  kinds?: ScheduleKind[];
  showTimes?: boolean;
  legend?: string;
}

const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const KIND_KEYS = { once: 'schedule.kind.once', daily: 'schedule.kind.daily', weekly: 'schedule.kind.weekly' } as const;

/** When something happens: once, every day, or on some weekdays; at set times or any time. */
export function ScheduleEditor({ value, onChange, errors, kinds = ['once', 'daily', 'weekly'], showTimes = true, legend }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const set = (patch: Partial<ScheduleFormValues>) => onChange({ ...value, ...patch });
  const date = (field: 'date' | 'startDate' | 'endDate', label: string) => (
    <TextInput
      type="date"
      label={label}
      required
      value={value[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
      error={errors[field]}
      w={{ base: '100%', xs: 200 }}
    />
  );

  return (
    <Stack gap="sm" component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} p={0} mb="xs">
        {legend ?? t('schedule.legend')}
      </Text>
      {kinds.length > 1 && (
        <SegmentedControl
          value={value.kind}
          onChange={(kind) => set({ kind: kind as ScheduleKind })}
          data={kinds.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
          w={{ base: '100%', xs: 'auto' }}
          size="md"
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {errors[''] || errors.kind ? (
        <Text c="var(--mantine-color-error)" size="sm">
          {errors[''] ?? errors.kind}
        </Text>
      ) : null}
      {value.kind === 'once' ? (
        date('date', t('schedule.date'))
      ) : (
        <Group gap="sm" align="flex-start">
          {date('startDate', t('schedule.start'))}
          {date('endDate', t('schedule.end'))}
        </Group>
      )}
      {value.kind === 'weekly' && (
        <Stack gap={6} component="fieldset" m={0} p={0} style={{ border: 0 }}>
          <Text component="legend" size="sm" fw={500} p={0} mb={6}>
            {t('schedule.weekdays')}
          </Text>
          <Chip.Group multiple value={value.weekdays} onChange={(weekdays) => set({ weekdays })}>
            <Group gap={6}>
              {ISO_WEEKDAYS.map((d) => (
                <Chip key={d} value={String(d)} size="md">
                  {format.weekday(d)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {errors.weekdays && (
            <Text c="var(--mantine-color-error)" size="sm" role="alert">
              {errors.weekdays}
            </Text>
          )}
        </Stack>
      )}
      {showTimes && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('schedule.times')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('schedule.timesHint')}
          </Text>
          {value.times.map((time, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                type="time"
                label={t('schedule.timeN', { n: i + 1 })}
                value={time}
                onChange={(e) => set({ times: value.times.map((x, j) => (j === i ? e.currentTarget.value : x)) })}
                error={errors[`times.${i}`]}
                w={160}
              />
              <ActionIcon
                variant="subtle"
                size={44}
                mt={26}
                aria-label={t('schedule.removeTime', { n: i + 1 })}
                onClick={() => set({ times: value.times.filter((_, j) => j !== i) })}
              >
                <IconX size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {errors.times && (
            <Text c="var(--mantine-color-error)" size="sm">
              {errors.times}
            </Text>
          )}
          {value.times.length < MAX_TIMES_PER_DAY && (
            <div>
              <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => set({ times: [...value.times, ''] })}>
                {t('schedule.addTime')}
              </Button>
            </div>
          )}
        </Stack>
      )}
    </Stack>
  );
}
