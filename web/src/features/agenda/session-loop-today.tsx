import { Anchor, Text } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { TodayCard } from '../today/today-card.tsx';
import { useAgenda } from './agenda-api.ts';
import { FeedbackCard } from './feedback-card.tsx';

/** Today's part of the session loop: the question about the last session (when due), then the list for the next. */
export function SessionLoopToday() {
  return (
    <>
      <FeedbackCard />
      <AgendaTodayCard />
    </>
  );
}

/** How many things wait on "For my next session", with the way there. Quiet when it cannot load. */
function AgendaTodayCard() {
  const { t } = useTranslation();
  const me = useSession();
  const agenda = useAgenda(me.user.id);
  if (!agenda.data) return null;
  const count = agenda.data.open.length;
  return (
    <TodayCard id="agenda-heading" icon={<IconMessageCircle size={24} />} title={t('agenda.title')}>
      <Text>{count === 0 ? t('agenda.today.empty') : t('agenda.today.count', { count })}</Text>
      <Anchor component={Link} to="/next-session" fw={600}>
        {count === 0 ? t('agenda.today.add') : t('agenda.today.open')}
      </Anchor>
    </TodayCard>
  );
}
