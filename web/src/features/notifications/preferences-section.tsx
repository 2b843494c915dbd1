import { ActionIcon, Button, Fieldset, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MAX_CHECK_IN_TIMES, type NotificationPreferencesInput, type NotificationPreferencesView } from '@stepwise/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { SectionCard } from '../../app/ui/section-card.tsx';
import { useNotificationPreferences, useSaveNotificationPreferences } from './notifications-api.ts';

/** Time inputs hold '' when empty; the API says "no quiet hours" with null. */
interface Values {
  email: boolean;
  quietHoursStart: string;
  quietHoursEnd: string;
  showClinicalContent: boolean;
  /** A client's; empty entries are left out on save. */
  checkInTimes: string[];
  /** A therapist's; off keeps the time shown for the next time it is switched on. */
  digest: boolean;
  digestTime: string;
}

const toValues = (p: NotificationPreferencesView): Values => ({
  email: p.email,
  quietHoursStart: p.quietHoursStart ?? '',
  quietHoursEnd: p.quietHoursEnd ?? '',
  showClinicalContent: p.showClinicalContent,
  checkInTimes: p.checkInTimes,
  digest: p.digestTime !== null,
  digestTime: p.digestTime ?? '08:00',
});

const toInput = (v: Values, role: NotificationPreferencesView['role']): NotificationPreferencesInput => ({
  email: v.email,
  quietHoursStart: v.quietHoursStart === '' ? null : v.quietHoursStart,
  quietHoursEnd: v.quietHoursEnd === '' ? null : v.quietHoursEnd,
  showClinicalContent: v.showClinicalContent,
  ...(role === 'client' ? { checkInTimes: v.checkInTimes.filter((time) => time !== '') } : { digestTime: v.digest && v.digestTime !== '' ? v.digestTime : null }),
});

/** How notifications reach the person, for the Account page. */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  return (
    <SectionCard id="notifications-heading" title={t('notifications.prefs.title')}>
      {preferences.isPending ? (
        <ListSkeleton rows={3} height={48} />
      ) : preferences.isError ? (
        <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <PreferencesForm initial={preferences.data} />
      )}
    </SectionCard>
  );
}

function PreferencesForm({ initial }: { initial: NotificationPreferencesView }) {
  const { t } = useTranslation();
  const me = useSession();
  const save = useSaveNotificationPreferences();
  const applyApiError = useApplyApiError();
  const [formError, setFormError] = useState<string | null>(null);
  // The same rules as the server's, checked here first so the message stands under the right time.
  const form = useForm<Values>({
    initialValues: toValues(initial),
    validate: {
      quietHoursStart: (start, { quietHoursEnd: end }) => (start === '' && end !== '' ? t('notifications.prefs.bothOrNeither') : null),
      quietHoursEnd: (end, { quietHoursStart: start }) =>
        end === '' && start !== '' ? t('notifications.prefs.bothOrNeither') : end !== '' && end === start ? t('notifications.prefs.sameTime') : null,
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    save.mutate(toInput(values, initial.role), {
      onSuccess: (saved) => {
        form.setValues(toValues(saved));
        form.resetDirty(toValues(saved));
        notify({ message: t('notifications.prefs.saved') });
      },
      onError: (error) => setFormError(applyApiError(form, error)),
    });
  });

  const hasQuietHours = form.values.quietHoursStart !== '' || form.values.quietHoursEnd !== '';
  const clearQuietHours = () => {
    form.setValues({ quietHoursStart: '', quietHoursEnd: '' });
    form.clearFieldError('quietHoursStart');
    form.clearFieldError('quietHoursEnd');
  };

  return (
    <FormStack error={formError} onSubmit={submit}>
      <Text>{t('notifications.prefs.intro')}</Text>
      <Switch
        size="md"
        label={t('notifications.prefs.email')}
        description={t('notifications.prefs.emailHint', { email: me.user.email })}
        {...form.getInputProps('email', { type: 'checkbox' })}
      />
      {me.user.role === 'therapist' && (
        <Text size="sm" c="dimmed">
          {t('notifications.prefs.alertsAlways')}
        </Text>
      )}
      <Fieldset variant="unstyled" legend={<Text fw={600}>{t('notifications.prefs.quietTitle')}</Text>}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('notifications.prefs.quietHint', { zone: me.user.timeZone })}
        </Text>
        {/* Wide enough for "10:00 PM" and the picker icon; on a phone they stack rather than clip. */}
        <Group gap="sm" align="flex-start">
          <TextInput type="time" label={t('notifications.prefs.quietFrom')} w={160} {...form.getInputProps('quietHoursStart')} />
          <TextInput type="time" label={t('notifications.prefs.quietTo')} w={160} {...form.getInputProps('quietHoursEnd')} />
        </Group>
        {hasQuietHours && (
          <Button variant="subtle" size="sm" px={0} mt="xs" onClick={clearQuietHours}>
            {t('notifications.prefs.clearQuiet')}
          </Button>
        )}
      </Fieldset>
      {initial.role === 'client' ? <CheckInTimes form={form} zone={me.user.timeZone} /> : <Digest form={form} zone={me.user.timeZone} />}
      <Switch
        size="md"
        label={t('notifications.prefs.clinical')}
        description={t('notifications.prefs.clinicalHint')}
        {...form.getInputProps('showClinicalContent', { type: 'checkbox' })}
      />
      <Group justify="flex-end">
        <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
          {t('common.save')}
        </Button>
      </Group>
    </FormStack>
  );
}

type Form = ReturnType<typeof useForm<Values>>;

/** The client's daily check-in reminder times: a short list to add to and remove from. */
function CheckInTimes({ form, zone }: { form: Form; zone: string }) {
  const { t } = useTranslation();
  const times = form.values.checkInTimes;
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // The pressed button goes with its row: focus moves to the row that took its place, else
  // the one before, else "Add a time", never to the page's start.
  const remove = (i: number) => {
    form.removeListItem('checkInTimes', i);
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
      (buttons[Math.min(i, buttons.length - 1)] ?? addRef.current)?.focus();
    });
  };
  return (
    <Fieldset variant="unstyled" legend={<Text fw={600}>{t('reminders.checkInTitle')}</Text>}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reminders.checkInHint', { zone })}
      </Text>
      <Stack gap="xs" ref={listRef}>
        {times.length === 0 && <Text size="sm">{t('reminders.checkInNone')}</Text>}
        {times.map((time, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput type="time" label={t('reminders.checkInTime', { n: i + 1 })} w={160} {...form.getInputProps(`checkInTimes.${i}`)} />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              mb={4}
              aria-label={t('reminders.removeCheckIn', { time: time || t('reminders.checkInTime', { n: i + 1 }) })}
              data-remove
              onClick={() => remove(i)}
            >
              <span aria-hidden>×</span>
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      {times.length < MAX_CHECK_IN_TIMES ? (
        <Button ref={addRef} variant="light" size="sm" mt="xs" onClick={() => form.insertListItem('checkInTimes', times.length === 0 ? '20:00' : '')}>
          {t('reminders.addCheckIn')}
        </Button>
      ) : (
        <Text size="sm" c="dimmed" mt="xs">
          {t('reminders.checkInMax', { max: MAX_CHECK_IN_TIMES })}
        </Text>
      )}
    </Fieldset>
  );
}

/** The therapist's optional daily digest and its time. */
function Digest({ form, zone }: { form: Form; zone: string }) {
  const { t } = useTranslation();
  return (
    <Fieldset variant="unstyled" legend={<Text fw={600}>{t('reminders.digestTitle')}</Text>}>
      <Stack gap="xs">
        <Switch size="md" label={t('reminders.digest')} description={t('reminders.digestHint', { zone })} {...form.getInputProps('digest', { type: 'checkbox' })} />
        {form.values.digest && <TextInput type="time" label={t('reminders.digestTime')} w={160} {...form.getInputProps('digestTime')} />}
      </Stack>
    </Fieldset>
  );
}
