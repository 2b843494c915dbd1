import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconFileUnknown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { BackLink } from '../entries/back-link.tsx';
import { useAnswerSession } from './answer-api.ts';
import { AnswerFlow } from './answer-flow.tsx';

/** Why the questionnaire cannot be shown: gone (404), or nothing due for it now. */
function Unavailable({ notDue }: { notDue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1}>{notDue ? t('answer.notDue.title') : t('answer.notFound.title')}</Title>
      <Alert color="gray" variant="light" icon={notDue ? <IconCalendarCheck aria-hidden /> : <IconFileUnknown aria-hidden />}>
        <Text>{notDue ? t('answer.notDue.body') : t('answer.notFound.body')}</Text>
      </Alert>
      <Button component={Link} to="/today" size="lg" w="fit-content">
        {t('answer.backToToday')}
      </Button>
    </>
  );
}

/** A questionnaire the care team asked for, answered on the phone one question at a time. */
export function AnswerPage() {
  const { t } = useTranslation();
  const { scheduleId = '' } = useParams();
  const session = useAnswerSession(scheduleId);
  usePageTitle(session.data?.form.shortName ?? t('answer.title'));
  const back = <BackLink to="/today" label={t('answer.today')} />;

  if (!session.data) {
    const e = session.error;
    const notFound = isApiError(e) && e.status === 404;
    const notDue = isApiError(e) && e.code === 'measure_not_due';
    return (
      <Stack gap="lg">
        {back}
        {session.isPending ? (
          <>
            <Title order={1}>{t('answer.title')}</Title>
            <Skeleton h={320} aria-hidden />
          </>
        ) : notFound || notDue ? (
          <Unavailable notDue={notDue} />
        ) : (
          <>
            <Title order={1}>{t('answer.title')}</Title>
            <QueryError error={e} onRetry={() => void session.refetch()} />
          </>
        )}
      </Stack>
    );
  }

  const { form } = session.data;
  return (
    <Stack gap="lg">
      {back}
      {/* Smaller than a page title: the question, not the questionnaire's name, matters here. */}
      <Title order={1} size="h2">
        {form.title}
      </Title>
      <AnswerFlow session={session.data} />
      {form.attribution && (
        <Text size="xs" c="dimmed">
          {form.attribution}
        </Text>
      )}
    </Stack>
  );
}
