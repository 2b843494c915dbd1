import { List, ThemeIcon } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { type Finding, type FindingPlace, findingText, placeOf } from './findings.ts';

/** The findings that belong under one chart, in plain words; nothing at all when there are none. */
export function FindingList({ findings, place }: { findings: Finding[]; place: FindingPlace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const here = findings.filter((f) => placeOf(f) === place);
  if (here.length === 0) return null;
  return (
    <List
      spacing="xs"
      mt="sm"
      icon={
        <ThemeIcon size={28} radius="xl" variant="light" color="blue" aria-hidden>
          <IconBulb size={18} />
        </ThemeIcon>
      }
    >
      {here.map((f, i) => (
        <List.Item key={`${f.kind}-${i}`}>{findingText(t, format, f)}</List.Item>
      ))}
    </List>
  );
}
