import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBellOff, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { SectionCard } from '../../app/ui/section-card.tsx';
import { PermissionNotGranted, usePushState, useTurnOffPush, useTurnOnPush, type PushState } from './push-api.ts';

/** Web push for this browser, on the Account page: whether it is on here, and the switch. */
export function PushSection() {
  const { t } = useTranslation();
  const state = usePushState();
  return (
    <SectionCard id="push-heading" title={t('push.title')}>
      <Stack gap="md">
        <Text>{t('push.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('push.privacy')}
        </Text>
        {state.isPending ? (
          <ListSkeleton rows={1} height={40} />
        ) : (
          // A failure to read the device's state is shown as "not available here".
          <DeviceControls state={state.data ?? { kind: 'unsupported', reason: 'browser' }} />
        )}
      </Stack>
    </SectionCard>
  );
}

function DeviceControls({ state }: { state: PushState }) {
  const { t } = useTranslation();
  const turnOn = useTurnOnPush();
  const turnOff = useTurnOffPush();

  if (state.kind === 'unsupported') {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('push.unsupportedTitle')}>
        {t(`push.${state.reason === 'browser' ? 'unsupported' : state.reason}`)}
      </Alert>
    );
  }
  if (state.kind === 'denied') {
    return (
      <Alert color="yellow" variant="light" icon={<IconBellOff aria-hidden />} title={t('push.deniedTitle')}>
        {t('push.denied')}
      </Alert>
    );
  }

  const onError = turnOn.error instanceof PermissionNotGranted ? t('push.dismissed') : turnOn.isError ? t('push.error') : turnOff.isError ? t('push.offError') : null;
  return (
    <Stack gap="sm">
      {/* A live region: the change is announced after the button is pressed. */}
      <Text fw={600} role="status">
        {state.kind === 'on' ? t('push.on') : t('push.off')}
      </Text>
      <FormAlert message={onError} />
      <Group gap="sm">
        {state.kind === 'on' ? (
          <Button
            variant="default"
            loading={turnOff.isPending}
            onClick={() => {
              turnOn.reset();
              turnOff.mutate(undefined, { onSuccess: () => notify({ message: t('push.turnedOff') }) });
            }}
          >
            {t('push.turnOff')}
          </Button>
        ) : (
          <Button
            loading={turnOn.isPending}
            onClick={() => {
              turnOff.reset();
              turnOn.mutate(undefined, { onSuccess: () => notify({ message: t('push.turnedOn') }) });
            }}
          >
            {t('push.turnOn')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('push.otherDevices')}
      </Text>
    </Stack>
  );
}
