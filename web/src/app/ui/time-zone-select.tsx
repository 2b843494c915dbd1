import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

function zones(current: string | null | undefined): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  // Some browsers leave "UTC" out of the list but report it as the current zone.
  return current && !all.includes(current) ? [current, ...all] : all;
}

type Props = Omit<SelectProps, 'data' | 'label'>;

/** A searchable list of the IANA zones this browser knows. */
export function TimeZoneSelect(props: Props) {
  const { t } = useTranslation();
  const value = typeof props.value === 'string' ? props.value : null;
  const data = useMemo(() => zones(value), [value]);
  return (
    <Select
      label={t('timeZone.label')}
      description={t('timeZone.description')}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('timeZone.nothingFound')}
      maxDropdownHeight={280}
      limit={100}
      data={data}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
