import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import type { ReplyTimeView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  viewer: 'client' | 'team';
  clientName: string;
  replyTimes: ReplyTimeView[];
}

/**
 * Above every thread: messages are not watched like a crisis line, where help is now, and
 * how soon each therapist answers. The team sees what the client is told.
 */
export function ThreadNotice({ viewer, clientName, replyTimes }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconLifebuoy aria-hidden />} p="sm" styles={{ icon: { marginTop: 2 } }}>
      <Stack gap={6}>
        <Text fw={700}>
          {t('messages.notForEmergencies')}{' '}
          {viewer === 'client' ? (
            <>
              {t('messages.helpNowBefore')}{' '}
              <Anchor component={Link} to="/crisis" fw={700} c="inherit" td="underline">
                {t('messages.crisisLink')}
              </Anchor>
              .
            </>
          ) : (
            <Text span fw={400}>
              {t('messages.teamNotice', { name: clientName })}
            </Text>
          )}
        </Text>
        {replyTimes.length > 0 ? (
          <List spacing={2} listStyleType="none" ml={0} pl={0} aria-label={t('messages.replyTimesTitle')}>
            {replyTimes.map((r) => (
              <List.Item key={r.therapistName}>
                <Text span fw={600}>
                  {t('messages.replyTimeFrom', { name: r.therapistName })}
                </Text>{' '}
                <Text span style={{ overflowWrap: 'anywhere' }}>
                  {r.text}
                </Text>
              </List.Item>
            ))}
          </List>
        ) : viewer === 'client' ? (
          <Text>{t('messages.noReplyTimes')}</Text>
        ) : (
          <Text>
            {t('messages.noReplyTimesTeam')}{' '}
            <Anchor component={Link} to="/account">
              {t('messages.addReplyTime')}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
