import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditFilters as Filters } from './audit-api.ts';
import { usePeople } from './audit-api.ts';

export const isRangeInvalid = (f: Filters) => f.from !== '' && f.to !== '' && f.from > f.to;

interface Props {
  value: Filters;
  onChange: (next: Filters) => void;
}

export function AuditFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const people = usePeople();
  const clients = (people.data ?? [])
    .filter((person) => person.role === 'client')
    .map((person) => ({ value: person.id, label: `${person.name} (${person.email})` }));
  const rangeError = isRangeInvalid(value) ? t('audit.filters.rangeError') : null;

  return (
    <Group
      align="flex-start"
      gap="md"
      component="form"
      role="search"
      aria-label={t('audit.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={t('audit.filters.client')}
        placeholder={t('audit.filters.allClients')}
        data={clients}
        value={value.clientId}
        onChange={(clientId) => onChange({ ...value, clientId })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('audit.filters.clearClient') }}
        nothingFoundMessage={t('audit.filters.noClients')}
        disabled={people.isPending}
        w={{ base: '100%', sm: 320 }}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        type="date"
        label={t('audit.filters.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
        w={{ base: '100%', xs: 200 }}
      />
      <TextInput
        type="date"
        label={t('audit.filters.to')}
        value={value.to}
        min={value.from || undefined}
        error={rangeError}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
        w={{ base: '100%', xs: 200 }}
      />
    </Group>
  );
}
