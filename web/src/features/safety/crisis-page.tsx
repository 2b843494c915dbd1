import { Alert, Anchor, Blockquote, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconHeartHandshake, IconPencil, IconWifiOff } from '@tabler/icons-react';
import { DEFAULT_CRISIS_LINES } from '@stepwise/domain';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { CrisisLines } from './crisis-lines.tsx';
import { useMyCrisis, useSafetyPlan } from './safety-api.ts';
import { isPlanEmpty, SafetyPlanView } from './safety-plan-view.tsx';

// How long to wait for the practice's own lines before showing the general ones: someone
// in crisis on a bad connection should not look at a spinner.
const PATIENCE_MS = 1500;

function useAfter(ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setPassed(true), ms);
    return () => window.clearTimeout(timer);
  }, [ms]);
  return passed;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Crisis help for the client: who to call now, what their therapists said, and their own plan. */
export function CrisisPage() {
  const { t } = useTranslation();
  usePageTitle(t('crisis.title'));
  const me = useSession();
  const [params] = useSearchParams();
  const afterMeasure = params.get('after') === 'measure';
  const crisis = useMyCrisis();
  const patienceOver = useAfter(PATIENCE_MS);
  // Offline and never opened here: the bundled general lines, and the plan if its own page was cached.
  const fallback = crisis.isError || (crisis.isPending && patienceOver);
  const ownPlan = useSafetyPlan(me.user.id, crisis.isError);
  const plan = crisis.data ? crisis.data.safetyPlan : crisis.isError ? (ownPlan.data ?? null) : null;
  const instructions = crisis.data?.instructions.filter((i) => i.text.trim().length > 0) ?? [];

  let lines;
  if (crisis.data) lines = <CrisisLines lines={crisis.data.lines} />;
  else if (fallback) {
    lines = (
      <>
        <Alert color="gray" variant="light" icon={<IconWifiOff aria-hidden />} role="status">
          {t('crisis.fallback')}
        </Alert>
        <CrisisLines lines={DEFAULT_CRISIS_LINES.US} />
      </>
    );
  } else lines = <Skeleton h={160} aria-label={t('app.loading')} role="status" />;

  const hasPlan = plan !== null && !isPlanEmpty(plan.plan);
  let planBody;
  if (hasPlan) {
    planBody = (
      <Paper>
        <SafetyPlanView plan={plan.plan} order={3} hideEmpty />
      </Paper>
    );
  } else if (crisis.isPending) planBody = <Skeleton h={80} aria-hidden />;
  else if (crisis.isError && !ownPlan.data) planBody = <Text>{t('crisis.planOffline')}</Text>;
  else planBody = <Text>{t('crisis.noPlan')}</Text>;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('crisis.heading')}</Title>
        {afterMeasure ? (
          <Alert color="blue" variant="light" icon={<IconHeartHandshake aria-hidden />} title={t('crisis.afterMeasure.title')}>
            <Text>{t('crisis.afterMeasure.body')}</Text>
          </Alert>
        ) : (
          <Text>{t('crisis.intro')}</Text>
        )}
        <Text fw={600}>{t('crisis.notWatched')}</Text>
      </Stack>

      <Section id="crisis-lines-heading" title={t('crisis.linesTitle')}>
        {lines}
      </Section>

      {instructions.length > 0 && (
        <Section id="crisis-instructions-heading" title={t('crisis.instructionsTitle')}>
          {instructions.map((i, n) => (
            <Blockquote key={n} color="sage" p="md">
              <Text fw={600} mb={4}>
                {t('crisis.from', { name: i.therapistName })}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{i.text}</Text>
            </Blockquote>
          ))}
        </Section>
      )}

      <Section id="crisis-plan-heading" title={t('safety.planTitle')}>
        {planBody}
        <Anchor component={Link} to="/safety-plan" fw={600}>
          <Group gap={6} component="span" mih={44} wrap="nowrap">
            <IconPencil size={18} aria-hidden />
            {hasPlan ? t('crisis.editPlan') : t('crisis.writePlan')}
          </Group>
        </Anchor>
      </Section>
    </Stack>
  );
}
