import { Anchor, Stack, Text } from '@mantine/core';
import { IconLifebuoy, IconMoodSmile } from '@tabler/icons-react';
import { lazy, Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useToday } from '../assignments/assignments-api.ts';
import { MoodCheckIn } from '../entries/mood-check-in.tsx';
import { loadTodaySections } from './prefetch.ts';
import { TodayCard } from './today-card.tsx';

// The cards below the check-in: their own chunk, asked for by the route's loader together
// with this page's code, and drawn in a second pass, once the first card is on screen.
const TodaySections = lazy(loadTodaySections);
const sectionsSkeleton = <ListSkeleton rows={2} height={160} />;

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
  const now = new Date();
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  // false for the first render, then true in a deferred one: the check-in shows first.
  const showSections = useDeferredValue(true, false);

  return (
    <Stack gap="lg">
      <PageHeader title={t(greetingKey(format.hour(now)), { name: firstName })} subtitle={format.longDate(now)} />
      {today.isError && <QueryError error={today.error} onRetry={() => void today.refetch()} />}
      {/* First on the page, so a check-in is two taps from opening the app: a face, then Save. */}
      <TodayCard id="feeling-heading" icon={<IconMoodSmile size={24} />} title={t('today.feeling.title')}>
        <MoodCheckIn />
      </TodayCard>
      {showSections ? (
        <Suspense fallback={sectionsSkeleton}>
          <TodaySections />
        </Suspense>
      ) : (
        sectionsSkeleton
      )}
      <TodayCard id="help-heading" icon={<IconLifebuoy size={24} />} title={t('today.help.title')}>
        <Text>{t('today.help.body')}</Text>
        <Anchor component={Link} to="/crisis" fw={600}>
          {t('crisis.openFromToday')}
        </Anchor>
      </TodayCard>
    </Stack>
  );
}
