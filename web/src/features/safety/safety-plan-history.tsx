import { Accordion, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useSafetyPlanVersions } from './safety-api.ts';
import { SafetyPlanView } from './safety-plan-view.tsx';

interface Props {
  clientId: string;
  /** The heading level where the history stands. */
  order: 2 | 3;
}

/** Every saved version, newest first, with who saved it and when; each opens read-only. */
export function SafetyPlanHistory({ clientId, order }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const versions = useSafetyPlanVersions(clientId);
  const headingId = `safety-history-${clientId}`;

  let body;
  if (versions.isPending) body = <ListSkeleton rows={2} height={44} />;
  else if (versions.isError) body = <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  else if (versions.data.length === 0) body = <Text c="dimmed">{t('safety.history.empty')}</Text>;
  else {
    body = (
      <Accordion variant="separated" chevronPosition="right">
        {versions.data.map((v) => (
          <Accordion.Item key={v.id} value={v.id}>
            <Accordion.Control mih={44}>
              <Text fw={600} component="span" display="block">
                {t('safety.history.version', { n: v.version })}
              </Text>
              <Text size="sm" c="dimmed" component="span" display="block">
                {v.updatedAt
                  ? t('safety.history.savedBy', {
                      name: v.updatedBy?.id === me.user.id ? t('safety.history.you') : (v.updatedBy?.name ?? t('safety.history.someone')),
                      date: format.dateTime(v.updatedAt),
                    })
                  : ''}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <SafetyPlanView plan={v.plan} order={order === 2 ? 3 : 4} hideEmpty />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={order} size="h3" id={headingId}>
        {t('safety.history.title')}
      </Title>
      {body}
    </Stack>
  );
}
