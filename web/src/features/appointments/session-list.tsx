import { Button, Stack } from '@mantine/core';
import type { AppointmentView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesKind } from './session-text.ts';
import { SessionItem } from './session-item.tsx';

interface Props {
  sessions: AppointmentView[];
  past: boolean;
  zone: string;
  clientZone: string;
  series: Map<string, SeriesKind>;
  now: number;
  onReschedule: (a: AppointmentView) => void;
  onCancel: (a: AppointmentView) => void;
}

/** A year of weekly sessions is 52 cards: the first few show, the rest on request. */
const FIRST = 6;

export function SessionList({ sessions, series, ...rest }: Props) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? sessions : sessions.slice(0, FIRST);
  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {shown.map((a) => (
          <SessionItem key={a.id} a={a} series={a.seriesId ? series.get(a.seriesId) : undefined} {...rest} />
        ))}
      </Stack>
      {sessions.length > FIRST && (
        <div>
          <Button variant="subtle" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? t('appointments.showFewer') : t('appointments.showAll', { count: sessions.length })}
          </Button>
        </div>
      )}
    </Stack>
  );
}
