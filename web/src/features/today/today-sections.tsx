import { Anchor, Stack, Text } from '@mantine/core';
import { IconChecklist, IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { NextSessionCard } from '../appointments/next-session-card.tsx';
import { SessionLoopToday } from '../agenda/session-loop-today.tsx';
import type { StepPrefill } from '../assignments/assignment-values.ts';
import { useToday } from '../assignments/assignments-api.ts';
import { OwnStepModal } from '../assignments/own-step-modal.tsx';
import { PlanCard } from '../assignments/plan-card.tsx';
import { DueMeasuresCard } from '../measures/due-measures-card.tsx';
import { Encouragements } from './encouragements.tsx';
import { PlannedItem } from './planned-item.tsx';
import { SmallWins } from './small-wins.tsx';
import { TodayCard } from './today-card.tsx';

/**
 * Everything on Today below the mood check-in. Its own chunk, loaded while the page's code
 * loads but drawn after the first card: the page opens at its check-in without waiting for
 * the code and the drawing of the cards further down.
 */
export default function TodaySections() {
  const { t } = useTranslation();
  const today = useToday();
  const [smaller, setSmaller] = useState<StepPrefill | null>(null);
  const data = today.data;

  return (
    <>
      {/* High on the page: the care team is waiting for these, and they only show when due. */}
      <DueMeasuresCard />
      {/* Shows only when a session is booked. */}
      <NextSessionCard />
      <SessionLoopToday />
      {data && <Encouragements notes={data.encouragements} />}
      <TodayCard id="planned-heading" icon={<IconListCheck size={24} />} title={t('today.planned.title')} plain={(data?.items.length ?? 0) > 0}>
        {today.isPending ? (
          <ListSkeleton rows={2} height={160} />
        ) : !data ? null : data.items.length === 0 ? (
          <>
            <Text>{t('today.planned.empty')}</Text>
            <Text c="dimmed">{t('today.planned.hint')}</Text>
            <Anchor component={Link} to="/plan">
              {t('today.planned.seePlan')}
            </Anchor>
          </>
        ) : (
          <Stack gap="md">
            {data.items.map((item) => (
              <PlannedItem key={`${item.assignmentId} ${item.time}`} item={item} onSmallerStep={setSmaller} />
            ))}
          </Stack>
        )}
      </TodayCard>
      {data && data.awaitingConfirmation.length > 0 && (
        <TodayCard id="waiting-heading" icon={<IconChecklist size={24} />} title={t('today.waiting.title')} plain>
          <Text>{t('plan.awaitingIntro')}</Text>
          <Stack gap="sm">
            {data.awaitingConfirmation.map((a) => (
              <PlanCard key={a.id} a={a} showPlan />
            ))}
          </Stack>
        </TodayCard>
      )}
      {data && <SmallWins wins={data.wins} />}
      <OwnStepModal opened={smaller !== null} prefill={smaller} onClose={() => setSmaller(null)} />
    </>
  );
}
