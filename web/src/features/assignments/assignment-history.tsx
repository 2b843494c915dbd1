import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { AssignmentDetail } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';

const DECISION_COLORS = { continue: 'sage', adjust: 'blue', complete: 'gray' } as const;

/** Reviews, newest first. */
export function ReviewList({ a }: { a: AssignmentDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  return (
    <Stack gap="sm" component="section" aria-labelledby="reviews-heading">
      <Title order={2} size="h3" id="reviews-heading">
        {t('assignments.reviews.title')}
      </Title>
      {a.reviews.length === 0 ? (
        <Text c="dimmed">{t('assignments.reviews.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {[...a.reviews].reverse().map((r) => (
            <li key={r.id}>
              <Group gap="xs">
                <Badge color={DECISION_COLORS[r.decision]} size="md">
                  {t(`assignments.reviews.decision.${r.decision}`)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('assignments.reviews.meta', { name: r.reviewer.name, date: format.dateTime(r.createdAt), version: r.version })}
                </Text>
              </Group>
              {r.note && <Text mt={4} style={{ whiteSpace: 'pre-wrap' }}>{r.note}</Text>}
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Which fields each version changed, compared with the one before. */
function changedKeys(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  if (!before) return [];
  // Older snapshots may hold fewer fields; only fields both versions name are compared.
  return Object.keys(after).filter((k) => k in before && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

const FIELDS = ['kind', 'title', 'instructions', 'purpose', 'goalId', 'stepId', 'schedule', 'where', 'ifThen', 'obstacles', 'resourceId', 'dueDate'] as const;
const fieldKey = (k: string) => ((FIELDS as readonly string[]).includes(k) ? (`assignments.versions.fields.${k as (typeof FIELDS)[number]}` as const) : null);

/** Every saved version of the plan; old versions are kept, never overwritten. */
export function VersionList({ a }: { a: AssignmentDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const versions = [...a.versions].sort((x, y) => x.version - y.version);
  return (
    <Stack gap="sm" component="section" aria-labelledby="versions-heading">
      <Title order={2} size="h3" id="versions-heading">
        {t('assignments.versions.title')}
      </Title>
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {versions.reverse().map((v, i, list) => {
          const keys = changedKeys(list[i + 1]?.snapshot, v.snapshot)
            .map((k) => fieldKey(k))
            .map((k) => (k ? t(k) : null))
            .filter((x): x is string => x !== null);
          return (
            <li key={v.version}>
              <Text fw={600}>{t('assignments.versions.version', { version: v.version })}</Text>
              <Text size="sm" c="dimmed">
                {t('assignments.versions.meta', { name: v.changedBy.name, date: format.dateTime(v.changedAt) })}
              </Text>
              <Text size="sm">
                {v.version === 1 || list[i + 1] === undefined
                  ? t('assignments.versions.first')
                  : keys.length > 0
                    ? t('assignments.versions.changed', { fields: format.list(keys) })
                    : t('assignments.versions.same')}
              </Text>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
