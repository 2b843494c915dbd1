import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { ClientDetail, FeedbackDrop, FeedbackView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { Disclosure } from '../../app/ui/disclosure.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useAgenda, useClientFeedback, useMarkDiscussed } from './agenda-api.ts';
import { AgendaItemMeta } from './agenda-item-meta.tsx';
import { FeedbackSparkline, FeedbackTable } from './feedback-trend.tsx';

/** The session loop on a client's Sessions tab: what they want to talk about, and how sessions have worked for them. */
export function ClientLoopSection({ client }: { client: ClientDetail }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <AgendaPanel client={client} />
      <FeedbackPanel client={client} />
    </SimpleGrid>
  );
}

function AgendaPanel({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const agenda = useAgenda(client.id);
  const mark = useMarkDiscussed();
  const markOne = (id: string) => mark.mutate(id, { onError: (e) => notify({ message: errorMessage(t, e), tone: 'error' }) });

  let body;
  if (agenda.isPending) body = <ListSkeleton rows={2} height={56} />;
  else if (agenda.isError) body = <QueryError error={agenda.error} onRetry={() => void agenda.refetch()} />;
  else {
    const { open, discussed } = agenda.data;
    body = (
      <Stack gap="sm">
        {open.length === 0 ? (
          <Text c="dimmed">{t('agenda.team.empty', { name: client.name })}</Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {open.map((item) => (
              <Paper component="li" key={item.id} withBorder p="sm" radius="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <div style={{ minWidth: 0 }}>
                    <Text style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{item.text}</Text>
                    <AgendaItemMeta item={item} viewerId={me.user.id} />
                  </div>
                  <Button
                    variant="light"
                    size="compact-md"
                    leftSection={<IconCheck size={16} aria-hidden />}
                    loading={mark.isPending && mark.variables === item.id}
                    aria-label={t('agenda.team.markDiscussedNamed', { text: item.text.slice(0, 60) })}
                    onClick={() => markOne(item.id)}
                    style={{ flexShrink: 0 }}
                  >
                    {t('agenda.team.markDiscussed')}
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        {discussed.length > 0 && (
          <Disclosure summary={t('agenda.team.recentlyDiscussed', { count: discussed.length })}>
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {discussed.map((item) => (
                <li key={item.id}>
                  <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {item.text}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('agenda.team.discussedBy', { date: format.date(item.discussedAt ?? item.createdAt), name: item.discussedBy?.name ?? '' })}
                  </Text>
                </li>
              ))}
            </Stack>
          </Disclosure>
        )}
      </Stack>
    );
  }
  return (
    <Panel id="loop-agenda-heading" title={t('agenda.team.title')} intro={t('agenda.team.intro', { name: client.name })}>
      {body}
    </Panel>
  );
}

function FeedbackPanel({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const feedback = useClientFeedback(client.id);
  let body;
  if (feedback.isPending) body = <ListSkeleton rows={1} height={120} />;
  else if (feedback.isError) body = <QueryError error={feedback.error} onRetry={() => void feedback.refetch()} />;
  else if (feedback.data.answers.length === 0) body = <Text c="dimmed">{t('feedback.team.empty', { name: client.name })}</Text>;
  else {
    const { answers, drop } = feedback.data;
    const latest = answers.at(-1);
    body = (
      <Stack gap="md">
        {drop && <DropAlert drop={drop} />}
        <FeedbackSparkline answers={answers} flagged={drop !== null} />
        {latest && <LatestAnswer answer={latest} />}
        <FeedbackTable answers={answers} />
      </Stack>
    );
  }
  return (
    <Panel id="loop-feedback-heading" title={t('feedback.team.title')} intro={t('feedback.team.intro', { name: client.name })}>
      {body}
    </Panel>
  );
}

function DropAlert({ drop }: { drop: FeedbackDrop }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('feedback.team.dropTitle')}>
      <Stack gap={4}>
        {drop.fell && drop.baseline !== null && (
          <Text>{t('feedback.team.dropFell', { latest: drop.latest, baseline: format.decimal(drop.baseline), points: format.decimal(drop.baseline - drop.latest) })}</Text>
        )}
        {drop.low && !drop.fell && <Text>{t('feedback.team.dropLow', { latest: drop.latest })}</Text>}
      </Stack>
    </Alert>
  );
}

function LatestAnswer({ answer }: { answer: FeedbackView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lines = (['helped', 'didNotHelp', 'doDifferently'] as const).filter((k) => answer[k]);
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text fw={600}>{t('feedback.team.latest')}</Text>
        <Badge color="gray">{t('feedback.team.sessionOf', { date: format.date(answer.sessionStartsAt) })}</Badge>
        <Badge>{t('feedback.ratingValue', { value: answer.rating })}</Badge>
      </Group>
      {lines.map((k) => (
        <Text key={k} size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="sm">
            {t(`feedback.${k}`)}
          </Text>{' '}
          {answer[k]}
        </Text>
      ))}
    </Stack>
  );
}

function Panel({ id, title, intro, children }: { id: string; title: string; intro: string; children: React.ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" radius="md">
      <Stack gap="sm">
        <div>
          <Title order={3} id={id}>
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            {intro}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
