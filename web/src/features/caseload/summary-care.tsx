import { Anchor, Badge, Group, Text } from '@mantine/core';
import { GOAL_STATUSES, type GoalStatus, type SummaryView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { FactList } from '../../app/ui/fact-list.tsx';
import classes from './summary-print.module.css';
import { EmptyLine, PlainList, SummarySection } from './summary-section.tsx';

const clientTab = (id: string, tab: string) => `/clients/${encodeURIComponent(id)}?tab=${tab}`;
const isGoalStatus = (s: string): s is GoalStatus => (GOAL_STATUSES as readonly string[]).includes(s);
/** GAS levels are written with a real minus and a plus, as on the goal page. */
const gasLevel = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0');

export function AgendaSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  return (
    <SummarySection id="summary-agenda" title={t('summary.agenda.title', { name: view.clientName })}>
      {view.agenda.length === 0 ? (
        <EmptyLine>{t('summary.agenda.empty')}</EmptyLine>
      ) : (
        <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {view.agenda.map((item) => (
            <li key={item.id}>
              <Text component="span" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {item.text}
              </Text>
              {item.fromEntry && (
                <Badge ml="xs" size="md" color="gray">
                  {t('summary.agenda.fromEntry')}
                </Badge>
              )}
            </li>
          ))}
        </ol>
      )}
    </SummarySection>
  );
}

export function AlertsSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  return (
    <SummarySection id="summary-alerts" title={t('summary.alerts.title')}>
      {view.openAlerts.length === 0 ? (
        <EmptyLine>{t('summary.alerts.empty')}</EmptyLine>
      ) : (
        <>
          <PlainList>
            {view.openAlerts.map((a) => (
              <li key={a.id}>
                <Text fw={600} c="red.9">
                  {t('summary.alerts.item', { measure: a.shortName, date: format.dateTime(a.createdAt), item: a.itemText, answer: a.answerLabel })}
                </Text>
              </li>
            ))}
          </PlainList>
          <Anchor component={Link} to={clientTab(view.clientId, 'safety')} mt="sm" display="inline-block" className={classes.noPrint}>
            {t('summary.alerts.link')}
          </Anchor>
        </>
      )}
    </SummarySection>
  );
}

export function GoalsSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  return (
    <SummarySection id="summary-goals" title={t('summary.goals.title')}>
      {view.goals.length === 0 ? (
        <EmptyLine>{t('summary.goals.empty')}</EmptyLine>
      ) : (
        <PlainList>
          {view.goals.map((g) => (
            <li key={g.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/clients/${encodeURIComponent(view.clientId)}/goals/${encodeURIComponent(g.id)}`} fw={600}>
                  {g.title}
                </Anchor>
                {isGoalStatus(g.status) && g.status !== 'active' && (
                  <Badge size="md" color="gray">
                    {t(`goals.status.${g.status}`)}
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                {g.stepsTotal === 0 ? t('summary.goals.noSteps') : t('summary.goals.steps', { done: g.stepsDone, total: g.stepsTotal })}
                {g.stepsDoneInWindow > 0 && ` · ${t('summary.goals.stepsInWindow', { count: g.stepsDoneInWindow })}`}
                {' · '}
                {g.latestRating
                  ? t('summary.goals.rating', { level: gasLevel(g.latestRating.level), date: format.date(g.latestRating.ratedAt) })
                  : t('summary.goals.noRating')}
              </Text>
            </li>
          ))}
        </PlainList>
      )}
    </SummarySection>
  );
}

export function MessagesSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  return (
    <SummarySection id="summary-messages" title={t('summary.messages.title')}>
      {view.unreadMessages === 0 ? (
        <EmptyLine>{t('summary.messages.none')}</EmptyLine>
      ) : (
        <Group gap="md">
          <Text fw={600}>{t('summary.messages.unread', { count: view.unreadMessages })}</Text>
          <Anchor component={Link} to={clientTab(view.clientId, 'messages')} className={classes.noPrint}>
            {t('summary.messages.link')}
          </Anchor>
        </Group>
      )}
    </SummarySection>
  );
}

export function FeedbackSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const f = view.lastFeedback;
  return (
    <SummarySection id="summary-feedback" title={t('summary.feedback.title')}>
      {!f ? (
        <EmptyLine>{t('summary.feedback.none')}</EmptyLine>
      ) : (
        <>
          <Group gap="sm" mb="sm">
            <Text fw={600}>{t('summary.feedback.rating', { rating: f.rating, date: format.date(f.createdAt) })}</Text>
            {f.drop && (
              <Badge color="red">
                {t('summary.feedback.dropped')}
              </Badge>
            )}
          </Group>
          <FactList
            cols={3}
            facts={[
              { label: t('feedback.helped'), value: f.helped },
              { label: t('feedback.didNotHelp'), value: f.didNotHelp },
              { label: t('feedback.doDifferently'), value: f.doDifferently },
            ]}
          />
        </>
      )}
    </SummarySection>
  );
}
