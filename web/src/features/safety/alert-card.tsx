import { Anchor, Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { AlertView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { FactList } from '../../app/ui/fact-list.tsx';

interface Props {
  alert: AlertView;
  /** On the list of all alerts the client's name leads to their Safety tab; on that tab it would repeat. */
  showClient: boolean;
  onAcknowledge: (alert: AlertView) => void;
}

/** One risk answer: which questionnaire, which question, what was answered, and what was done. */
export function AlertCard({ alert, showClient, onAcknowledge }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const open = alert.acknowledgedAt === null;
  return (
    <Paper style={open ? { borderInlineStart: '4px solid var(--mantine-color-red-7)' } : undefined}>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm" align="flex-start">
          <div>
            {showClient && (
              <Anchor component={Link} to={`/clients/${encodeURIComponent(alert.clientId)}?tab=safety`} fw={700} fz="lg">
                {alert.clientName}
              </Anchor>
            )}
            <Text fw={showClient ? 400 : 700}>
              {t('alerts.card.answered', { measure: alert.shortName, date: format.dateTime(alert.createdAt) })}
            </Text>
          </div>
          <Badge color={open ? 'red' : 'gray'}>{open ? t('alerts.status.open') : t('alerts.status.acknowledged')}</Badge>
        </Group>
        <FactList
          facts={[
            { label: t('alerts.card.question'), value: alert.itemText },
            { label: t('alerts.card.answer'), value: alert.answerLabel },
          ]}
          cols={2}
        />
        {open ? (
          <Group>
            <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => onAcknowledge(alert)}>
              {t('alerts.card.acknowledge')}
              {/* Several alerts stand on one page: the button says whose. */}
              <VisuallyHidden>{t('alerts.card.acknowledgeFor', { name: alert.clientName, date: format.dateTime(alert.createdAt) })}</VisuallyHidden>
            </Button>
          </Group>
        ) : (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('alerts.card.acknowledgedBy', {
                name: alert.acknowledgedBy?.name ?? t('safety.history.someone'),
                date: format.dateTime(alert.acknowledgedAt ?? alert.createdAt),
              })}
            </Text>
            {alert.note && <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{alert.note}</Text>}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
