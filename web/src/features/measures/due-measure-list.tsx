import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { DueMeasureView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

// About 15 seconds a question, rounded up: honest enough to decide "now or later".
const minutesFor = (itemCount: number) => Math.max(1, Math.ceil(itemCount / 4));

/** One due questionnaire: what it is, how long it takes, and a big button to start or go on. */
function DueMeasureItem({ due, order }: { due: DueMeasureView; order: 3 | 4 }) {
  const { t } = useTranslation();
  const headingId = `due-${due.scheduleId}`;
  const size = t('myMeasures.due.size', {
    questions: t('myMeasures.due.questions', { count: due.itemCount }),
    minutes: t('myMeasures.due.minutes', { count: minutesFor(due.itemCount) }),
  });
  const started = due.answeredCount > 0;
  return (
    <Paper component="article" aria-labelledby={headingId} radius="lg">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={order} size="h4" id={headingId}>
            {due.shortName}
          </Title>
          {due.overdue && <Badge color="red">{t('myMeasures.due.overdue')}</Badge>}
        </Group>
        {/* A custom questionnaire's short name is its title; saying it twice helps nobody. */}
        {due.title !== due.shortName && <Text>{due.title}</Text>}
        <Text c="dimmed">{size}</Text>
        <Button
          component={Link}
          to={`/measures/${encodeURIComponent(due.scheduleId)}`}
          size="lg"
          fullWidth
          mt={4}
          aria-describedby={headingId}
          rightSection={<IconArrowRight size={20} aria-hidden />}
        >
          {started ? t('myMeasures.due.continue', { answered: due.answeredCount, total: due.itemCount }) : t('myMeasures.due.start')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The questionnaires due now, in the order the server gives. */
export function DueMeasureList({ due, order = 3 }: { due: DueMeasureView[]; order?: 3 | 4 }) {
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {due.map((d) => (
        <li key={d.scheduleId}>
          <DueMeasureItem due={d} order={order} />
        </li>
      ))}
    </Stack>
  );
}
