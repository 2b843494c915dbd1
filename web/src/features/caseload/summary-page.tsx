import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { SummaryView } from '@stepwise/domain';
import { IconArrowLeft, IconPrinter, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useSummary } from './caseload-api.ts';
import { AgendaSection, AlertsSection, FeedbackSection, GoalsSection, MessagesSection } from './summary-care.tsx';
import { HomeworkSection } from './summary-homework.tsx';
import { MoodSection, TrackersSection } from './summary-mood.tsx';
import classes from './summary-print.module.css';
import { EntriesSection, MeasuresSection } from './summary-records.tsx';

function BackLink({ clientId, name }: { clientId: string; name?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`} className={classes.noPrint}>
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {name ? t('summary.back', { name }) : t('clients.detail.back')}
      </Group>
    </Anchor>
  );
}

/** The therapist's one page before a session: everything since the last one, and it prints. */
export function SummaryPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const summary = useSummary(clientId);
  // Generic on purpose: a client's name in the tab title shows in history and over shoulders.
  usePageTitle(t('summary.title'));

  if (summary.isPending) {
    return (
      <Stack gap="lg" className={classes.page}>
        <BackLink clientId={clientId} />
        <Title order={1}>{t('summary.title')}</Title>
        <Skeleton h={140} aria-hidden />
        <Skeleton h={220} aria-hidden />
      </Stack>
    );
  }
  if (summary.isError) {
    // Someone else's client answers 404, the same as one that does not exist.
    const missing = isApiError(summary.error) && summary.error.status === 404;
    return (
      <Stack gap="lg" className={classes.page}>
        <BackLink clientId={clientId} />
        <Title order={1}>{t('summary.title')}</Title>
        {missing ? (
          <Alert color="gray" variant="light" icon={<IconUserQuestion aria-hidden />}>
            {t('summary.notFound')}
          </Alert>
        ) : (
          <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
        )}
      </Stack>
    );
  }
  return <Summary view={summary.data} />;
}

function Summary({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const me = useSession();
  // Session times in the therapist's zone (their diary); the client's days stay calendar dates.
  const format = useFormat(me.user.timeZone);
  const name = view.clientName;
  // When the page was opened, for the printed footer (read once, not on every render).
  const [openedAt] = useState(() => new Date().toISOString());
  const period =
    view.window.since === 'last_session' ? t('summary.sinceSession', { date: format.day(view.window.from) }) : t('summary.lastDays', { days: view.window.days });
  return (
    <Stack gap="lg" className={classes.page}>
      <BackLink clientId={view.clientId} name={name} />
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={1}>{t('summary.heading', { name })}</Title>
          <Text size="lg" mt={4}>
            {period}{' '}
            <Text span c="dimmed">
              ({format.dayRange(view.window.from, view.window.to)})
            </Text>
          </Text>
          <Text mt={2}>
            {view.nextSession ? t('summary.nextSession', { when: format.dateTime(view.nextSession.startsAt) }) : t('summary.noNextSession')}
          </Text>
        </div>
        <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()} className={classes.noPrint}>
          {t('summary.print')}
        </Button>
      </Group>

      {view.lines.length > 0 && (
        <Paper component="section" aria-labelledby="summary-lines" className={classes.lines}>
          <Title order={2} id="summary-lines" size="h3" mb="xs">
            {t('summary.atAGlance')}
          </Title>
          <ul className={classes.linesList}>
            {view.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </Paper>
      )}

      <AgendaSection view={view} />
      <AlertsSection view={view} />
      <HomeworkSection view={view} />
      <GoalsSection view={view} />
      <MoodSection view={view} />
      <TrackersSection view={view} />
      <EntriesSection view={view} />
      <MeasuresSection view={view} />
      <MessagesSection view={view} />
      <FeedbackSection view={view} />
      <Text size="sm" className={classes.printOnly}>
        {t('summary.printedFor', { when: format.dateTime(openedAt) })}
      </Text>
    </Stack>
  );
}
