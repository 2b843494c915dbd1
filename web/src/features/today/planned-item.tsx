import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconMapPin, IconProgress, IconX } from '@tabler/icons-react';
import { addDays, type TodayItem } from '@stepwise/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientBarrierKey } from '../assignments/adherence-summary.tsx';
import type { StepPrefill } from '../assignments/assignment-values.ts';
import { OutcomeBadge } from '../assignments/check-in-table.tsx';
import { useTimeText } from '../assignments/schedule-text.ts';
import { CheckInForm, type Outcome } from './check-in-form.tsx';

interface Props {
  item: TodayItem;
  onSmallerStep: (prefill: StepPrefill) => void;
}

const OUTCOMES: Array<{ outcome: Outcome; icon: React.ReactNode; variant: string }> = [
  { outcome: 'done', icon: <IconCheck size={20} aria-hidden />, variant: 'filled' },
  { outcome: 'partly', icon: <IconProgress size={20} aria-hidden />, variant: 'light' },
  { outcome: 'not_done', icon: <IconX size={20} aria-hidden />, variant: 'default' },
];

/** One thing planned for today: the plan, then Done, Partly or Not done. */
export function PlannedItem({ item, onSmallerStep }: Props) {
  const { t } = useTranslation();
  const timeText = useTimeText();
  const [answering, setAnswering] = useState<Outcome | null>(null);
  const [offerSmaller, setOfferSmaller] = useState(false);
  const headingId = `item-${item.assignmentId}-${item.time.replace(':', '')}`;
  const answer = item.checkIn;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // When the form closes, focus goes back to the item it was about.
  const closeForm = () => {
    setAnswering(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <Paper component="article" aria-labelledby={headingId} radius="lg">
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4" id={headingId} ref={headingRef} tabIndex={-1}>
            {item.title}
          </Title>
          <Badge color="gray" size="lg">
            {timeText(item.time)}
          </Badge>
        </Group>
        {item.ifThen && <Text>{t('assignments.plan.ifThenText', item.ifThen)}</Text>}
        {item.where && (
          <Group gap={6} wrap="nowrap">
            <IconMapPin size={18} aria-hidden />
            <Text>{t('today.item.where', { where: item.where })}</Text>
          </Group>
        )}
        {answering ? (
          <CheckInForm
            item={item}
            outcome={answering}
            onCancel={closeForm}
            onSaved={(suggestSmaller) => {
              closeForm();
              setOfferSmaller(suggestSmaller);
            }}
          />
        ) : answer ? (
          <Stack gap={6}>
            <Group gap="xs">
              <OutcomeBadge outcome={answer.outcome} />
              {answer.helpfulness !== null && <Text c="dimmed">{t('checkIn.helpfulnessValue', { value: answer.helpfulness })}</Text>}
            </Group>
            {answer.howItWent && <Text>{answer.howItWent}</Text>}
            {answer.barrier && <Text>{t(clientBarrierKey(answer.barrier))}</Text>}
            <Group>
              <Button variant="default" size="md" onClick={() => setAnswering(answer.outcome)} aria-label={t('today.item.changeNamed', { title: item.title })}>
                {t('today.item.change')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" role="group" aria-label={t('today.item.howDidItGo', { title: item.title })}>
            {OUTCOMES.map(({ outcome, icon, variant }) => (
              <Button key={outcome} size="lg" variant={variant} leftSection={icon} onClick={() => setAnswering(outcome)}>
                {t(`checkIn.outcome.${outcome}`)}
              </Button>
            ))}
          </SimpleGrid>
        )}
        {offerSmaller && !answering && (
          <Paper bg="var(--mantine-color-default-hover)" p="md" role="status">
            <Stack gap="sm">
              <Text fw={600}>{t('today.smaller.question')}</Text>
              <Text>{t('today.smaller.body')}</Text>
              <Group gap="sm">
                <Button
                  onClick={() => {
                    setOfferSmaller(false);
                    onSmallerStep({ title: t('today.smaller.title', { title: item.title }), ifThen: item.ifThen, date: addDays(item.date, 1) });
                  }}
                >
                  {t('today.smaller.yes')}
                </Button>
                <Button variant="default" onClick={() => setOfferSmaller(false)}>
                  {t('today.smaller.notNow')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
