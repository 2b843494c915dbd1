import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { AssignmentView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { FactList } from '../../app/ui/fact-list.tsx';
import { useScheduleText } from './schedule-text.ts';

interface Props {
  a: AssignmentView;
  /** Where the linked resource and goal open, for this role. */
  resourceLink?: (id: string) => string;
  goalLink?: (id: string) => string;
  headingOrder?: 3 | 4;
}

/** The whole plan in words: when, where, why, the if-then plan, and what to do if something gets in the way. */
export function AssignmentPlan({ a, resourceLink, goalLink, headingOrder = 3 }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const scheduleText = useScheduleText();
  const facts = [
    { label: t('assignments.plan.when'), value: scheduleText(a.schedule) },
    { label: t('assignments.form.where'), value: a.where },
    { label: t('assignments.form.purpose'), value: a.purpose },
    { label: t('assignments.form.instructions'), value: a.instructions },
    { label: t('assignments.plan.ifThen'), value: a.ifThen ? t('assignments.plan.ifThenText', a.ifThen) : '' },
    { label: t('assignments.plan.due'), value: a.dueDate ? format.calendarDate(a.dueDate) : '' },
  ];
  return (
    <Stack gap="md">
      <FactList facts={facts} cols={2} />
      {(a.goal || a.resource) && (
        <Stack gap={4}>
          {a.goal && (
            <Text>
              {t('assignments.plan.goal')}{' '}
              {goalLink ? (
                <Anchor component={Link} to={goalLink(a.goal.id)} underline="always">
                  {a.goal.title}
                </Anchor>
              ) : (
                a.goal.title
              )}
              {a.step ? ` · ${t('assignments.plan.step', { title: a.step.title })}` : ''}
            </Text>
          )}
          {a.resource && (
            <Text>
              {t('assignments.plan.resource')}{' '}
              {resourceLink ? (
                <Anchor component={Link} to={resourceLink(a.resource.id)} underline="always">
                  {a.resource.title}
                </Anchor>
              ) : (
                a.resource.title
              )}
            </Text>
          )}
        </Stack>
      )}
      {a.obstacles.length > 0 && (
        <div>
          <Title order={headingOrder} size="h4" mb="xs">
            {t('assignments.plan.obstacles')}
          </Title>
          <List spacing="xs">
            {a.obstacles.map((o, i) => (
              <List.Item key={i}>
                <Text span fw={600}>
                  {o.obstacle}
                </Text>
                <Text span> → {o.copingPlan}</Text>
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
