import { Stack } from '@mantine/core';
import type { AlertView } from '@stepwise/domain';
import { useState } from 'react';
import { AcknowledgeModal } from './acknowledge-modal.tsx';
import { AlertCard } from './alert-card.tsx';

/** Alerts, newest first, each acknowledged in place through the note modal. */
export function AlertList({ alerts, showClient, label }: { alerts: AlertView[]; showClient: boolean; label: string }) {
  const [acknowledging, setAcknowledging] = useState<AlertView | null>(null);
  const sorted = [...alerts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
        {sorted.map((alert) => (
          <li key={alert.id}>
            <AlertCard alert={alert} showClient={showClient} onAcknowledge={setAcknowledging} />
          </li>
        ))}
      </Stack>
      <AcknowledgeModal alert={acknowledging} onClose={() => setAcknowledging(null)} />
    </>
  );
}
