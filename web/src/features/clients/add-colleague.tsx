import { Button, Group, Select, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import type { ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useAddToCareTeam, useTherapists } from './clients-api.ts';
import { notify } from '../../app/ui/notify.ts';

/** Offers the practice's therapists who are not on this care team yet. */
export function AddColleague({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const therapists = useTherapists();
  const add = useAddToCareTeam(client.id);
  const [selected, setSelected] = useState<string | null>(null);

  if (therapists.isError) {
    return <QueryError error={therapists.error} onRetry={() => void therapists.refetch()} />;
  }

  const onTeam = new Set(client.careTeam.map((m) => m.therapistId));
  const options = (therapists.data ?? [])
    .filter((therapist) => !onTeam.has(therapist.id))
    .map((therapist) => ({ value: therapist.id, label: `${therapist.name} (${therapist.email})` }));

  if (therapists.isSuccess && options.length === 0) {
    return <Text c="dimmed">{t('clients.careTeam.noneToAdd')}</Text>;
  }

  const submit = () => {
    if (!selected) return;
    add.mutate(selected, {
      onSuccess: () => {
        const name = therapists.data?.find((x) => x.id === selected)?.name ?? '';
        setSelected(null);
        notify({ message: t('clients.careTeam.added', { name, client: client.name }) });
      },
      onError: (error) => notify({ tone: 'error', message: errorMessage(t, error) }),
    });
  };

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('clients.careTeam.addLabel')}
        placeholder={therapists.isPending ? t('app.loading') : t('clients.careTeam.addPlaceholder')}
        data={options}
        value={selected}
        onChange={setSelected}
        searchable
        disabled={therapists.isPending}
        w={{ base: '100%', xs: 360 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Button
        variant="light"
        leftSection={<IconUserPlus size={18} aria-hidden />}
        onClick={submit}
        disabled={!selected}
        loading={add.isPending}
      >
        {t('clients.careTeam.add')}
      </Button>
    </Group>
  );
}
