import { Anchor, Stack, Text } from '@mantine/core';
import { IconChecklist, IconLifebuoy, IconListCheck, IconMoodSmile } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { NextSessionCard } from '../appointments/next-session-card.tsx';
import { SessionLoopToday } from '../agenda/session-loop-today.tsx';
import type { StepPrefill } from '../assignments/assignment-values.ts';
import { useToday } from '../assignments/assignments-api.ts';
import { OwnStepModal } from '../assignments/own-step-modal.tsx';
import { PlanCard } from '../assignments/plan-card.tsx';
import { MoodCheckIn } from '../entries/mood-check-in.tsx';
import { DueMeasuresCard } from '../measures/due-measures-card.tsx';
import { Encouragements } from './encouragements.tsx';
import { PlannedItem } from './planned-item.tsx';
import { SmallWins } from './small-wins.tsx';
import { TodayCard } from './today-card.tsx';

function greetingKey(hour: number) {
  if (hour < 5) return 'today.greeting.evening' as const;
  if (hour < 12) return 'today.greeting.morning' as const;
  if (hour < 18) return 'today.greeting.afternoon' as const;
  return 'today.greeting.evening' as const;
}

/** The client's start page: what is planned today, what waits for their OK, notes and small wins. */
export function TodayPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.today'));
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const today = useToday();
  const [smaller, setSmaller] = useState<StepPrefill | null>(null);
  const now = new Date();
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  const data = today.data;

  return (
    <Stack gap="lg">
      <PageHeader title={t(greetingKey(format.hour(now)), { name: firstName })} subtitle={format.longDate(now)} />
      {today.isError && <QueryError error={today.error} onRetry={() => void today.refetch()} />}
      {/* First on the page, so a check-in is two taps from opening the app: a face, then Save. */}
      <TodayCard id="feeling-heading" icon={<IconMoodSmile size={24} />} title={t('today.feeling.title')}>
        <MoodCheckIn />
      </TodayCard>
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
      <TodayCard id="help-heading" icon={<IconLifebuoy size={24} />} title={t('today.help.title')}>
        <Text>{t('today.help.body')}</Text>
        <Anchor component={Link} to="/crisis" fw={600}>
          {t('crisis.openFromToday')}
        </Anchor>
      </TodayCard>
      <OwnStepModal opened={smaller !== null} prefill={smaller} onClose={() => setSmaller(null)} />
    </Stack>
  );
}
