import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconUserQuestion } from '@tabler/icons-react';
import { localDate, type ClientDetail } from '@stepwise/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useAppointments } from '../appointments/appointments-api.ts';
import { useSessionText } from '../appointments/session-text.ts';
import { useNow } from '../appointments/use-now.ts';
import { useClient } from '../clients/clients-api.ts';
import { ActionStepsStep } from './action-steps-step.tsx';
import { AgendaStep } from './agenda-step.tsx';
import { GoalsStep } from './goals-step.tsx';
import { HomeworkStep } from './homework-step.tsx';
import { NoteStep } from './note-step.tsx';
import { sessionTiming } from './session-timing.ts';
import { STEPS, StepNav, type Step } from './step-nav.tsx';

const clientPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;
// Step names are long on a phone: the buttons grow instead of cutting them off.
const WRAP = { h: 'auto', mih: 44, py: 6, maw: '48%', styles: { label: { whiteSpace: 'normal' as const, textAlign: 'start' as const } } };

/** The session view (/clients/:clientId/session): the loop a therapist walks with the client, step by step. */
export function SessionPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const client = useClient(clientId);
  // Generic on purpose, like the client page: the client's name stays out of history and tabs.
  usePageTitle(t('sessionView.title'));
  const back = (name: string) => (
    <Anchor component={Link} to={clientPath(clientId)}>
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {t('sessionView.back', { name })}
      </Group>
    </Anchor>
  );

  if (client.isSuccess) return <SessionView client={client.data} back={back(client.data.name)} />;
  const missing = client.isError && isApiError(client.error) && client.error.status === 404;
  return (
    <Stack gap="lg" maw={1100}>
      {back(t('goals.theClient'))}
      <Title order={1}>{missing ? t('clients.detail.notFoundTitle') : t('sessionView.title')}</Title>
      {client.isPending ? (
        <Skeleton h={240} aria-hidden />
      ) : missing ? (
        <Alert color="gray" variant="light" icon={<IconUserQuestion aria-hidden />}>
          {t('clients.detail.notFound')}
        </Alert>
      ) : (
        <QueryError error={client.error} onRetry={() => void client.refetch()} />
      )}
    </Stack>
  );
}

function SessionView({ client, back }: { client: ClientDetail; back: React.ReactNode }) {
  const { t } = useTranslation();
  const zone = useSession().user.timeZone;
  const text = useSessionText(zone);
  const clientText = useSessionText(client.timeZone);
  const now = useNow();
  const appointments = useAppointments(client.id);
  const [params, setParams] = useSearchParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step: Step = STEPS.includes(params.get('step') as Step) ? (params.get('step') as Step) : 'agenda';
  const { current, previous } = sessionTiming(appointments.data ?? [], now, params.get('appointment'));
  // "Since last session" counts on the client's calendar, where their check-ins are dated.
  const sinceDate = previous ? localDate(new Date(previous.startsAt), client.timeZone) : null;

  const go = (next: Step) => {
    const p = new URLSearchParams(params);
    p.set('step', next);
    setParams(p, { replace: true, preventScrollReset: true });
    // Move focus to the new step's heading, so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const index = STEPS.indexOf(step);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        {back}
        <Title order={1}>{t('sessionView.heading', { name: client.name })}</Title>
        <Text c="dimmed">
          {appointments.isPending
            ? '\u00a0'
            : [
                current ? t('sessionView.current', { when: text.when(current.startsAt) }) : t('sessionView.noCurrent'),
                previous ? t('sessionView.previous', { day: text.day(previous.startsAt) }) : t('sessionView.noPrevious'),
              ].join(' · ')}
        </Text>
      </Stack>
      <StepNav active={step} onSelect={go} />
      <Stack gap="md" component="section" aria-labelledby="session-step-heading">
        <Title order={2} id="session-step-heading" ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
          {t('sessionView.stepHeading', { n: index + 1, title: t(`sessionView.steps.${step}`) })}
        </Title>
        {step === 'agenda' && <AgendaStep client={client} />}
        {step === 'homework' && <HomeworkStep client={client} sinceDate={sinceDate} sinceLabel={sinceDate ? clientText.calendarDay(sinceDate) : null} />}
        {step === 'goals' && <GoalsStep client={client} />}
        {step === 'actionSteps' && <ActionStepsStep client={client} />}
        {step === 'note' && <NoteStep client={client} appointmentId={current?.id ?? null} />}
      </Stack>
      <Group justify="space-between" gap="sm" wrap="nowrap" align="stretch">
        {prev ? (
          <Button variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={() => go(prev)} {...WRAP}>
            {t('sessionView.previousStep', { title: t(`sessionView.steps.${prev}`) })}
          </Button>
        ) : (
          <span />
        )}
        {next && (
          <Button rightSection={<IconArrowRight size={18} aria-hidden />} onClick={() => go(next)} {...WRAP}>
            {t('sessionView.nextStep', { title: t(`sessionView.steps.${next}`) })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
