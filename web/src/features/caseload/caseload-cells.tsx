import { Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { AttentionReason, CaseloadRow } from '@stepwise/domain';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';

// Only the theme's badge colours, whose light variant reaches 4.5:1; the words carry the meaning.
const REASON_COLOR: Record<AttentionReason, string> = {
  open_alert: 'red',
  reliable_worsening: 'grape',
  feedback_drop: 'blue',
  no_activity: 'gray',
  overdue_measure: 'blue',
};

const clientPath = (id: string, tab?: string) => `/clients/${encodeURIComponent(id)}${tab ? `?tab=${tab}` : ''}`;

/** The name, and why this person needs attention, in words rather than colour alone. */
export function ClientCell({ row }: { row: CaseloadRow }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} align="flex-start">
      <Anchor component={Link} to={clientPath(row.clientId)} fw={600}>
        {row.name}
      </Anchor>
      {row.attention.length > 0 && (
        <Group gap={4} component="ul" aria-label={t('caseload.reasonsLabel')} p={0} m={0} style={{ listStyle: 'none' }}>
          {row.attention.map((reason) => (
            <li key={reason}>
              <Badge color={REASON_COLOR[reason]} size="md">
                {t(`caseload.reason.${reason}`)}
              </Badge>
            </li>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** This week's mood average, with its direction against last week said in words for screen readers. */
export function MoodCell({ mood }: { mood: CaseloadRow['mood'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (mood.average === null) return <Text size="sm" c="dimmed">{t('caseload.noMood')}</Text>;
  const { average, previous } = mood;
  const diff = previous === null ? null : average - previous;
  const trend =
    previous === null || diff === null
      ? t('caseload.moodNoPrevious')
      : Math.abs(diff) < 0.05
        ? t('caseload.moodSame')
        : t(diff > 0 ? 'caseload.moodUp' : 'caseload.moodDown', { previous: format.decimal(previous) });
  // Mood is 1 to 10, higher is better: up is good news.
  const Icon = diff === null || Math.abs(diff) < 0.05 ? IconArrowRight : diff > 0 ? IconArrowUpRight : IconArrowDownRight;
  const color = diff === null || Math.abs(diff) < 0.05 ? 'dimmed' : diff > 0 ? 'sage.7' : 'red.9';
  return (
    <div title={trend}>
      <Group gap={4} wrap="nowrap">
        <Text fw={600}>{format.decimal(average)}</Text>
        {diff !== null && (
          <Text c={color} component="span" lh={0}>
            <Icon size={18} aria-hidden />
          </Text>
        )}
        <VisuallyHidden>{trend}</VisuallyHidden>
      </Group>
      <Text size="xs" c="dimmed">
        {t('caseload.moodEntries', { count: mood.entries })}
      </Text>
    </div>
  );
}

/** Each measure's latest total and band, with a word badge when the change since the first answer counts. */
export function ScoresCell({ scores }: { scores: CaseloadRow['scores'] }) {
  const { t } = useTranslation();
  if (scores.length === 0) return <Text size="sm" c="dimmed">{t('caseload.noScores')}</Text>;
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {scores.map((s) => (
        <li key={s.key}>
          <Group gap={6} wrap="wrap" style={{ rowGap: 2 }}>
            <Text size="sm" fw={600}>
              {t('caseload.score', { name: s.shortName, total: s.total ?? t('caseload.noTotal') })}
            </Text>
            {s.band && (
              <Text size="sm" c="dimmed">
                {s.band.label}
              </Text>
            )}
            {s.improved && (
              <Badge size="md" color="sage" leftSection={<IconArrowUpRight size={14} aria-hidden />}>
                {t('caseload.improved')}
              </Badge>
            )}
            {s.deteriorated && (
              <Badge size="md" color="red" leftSection={<IconArrowDownRight size={14} aria-hidden />}>
                {t('caseload.worsened')}
              </Badge>
            )}
          </Group>
        </li>
      ))}
    </Stack>
  );
}

interface CountProps {
  count: number;
  clientId: string;
  tab: 'safety' | 'messages' | 'measures';
  /** The link's full name, so "2" alone is never what a screen reader announces. */
  label: string;
  color: string;
}

/** A count that links to the tab where it is dealt with; zero stays quiet. */
export function CountCell({ count, clientId, tab, label, color }: CountProps) {
  if (count === 0) return <Text c="dimmed">0</Text>;
  return (
    <Anchor component={Link} to={clientPath(clientId, tab)} aria-label={label} underline="never">
      <Badge color={color} size="lg" circle={count < 10}>
        {count}
      </Badge>
    </Anchor>
  );
}
