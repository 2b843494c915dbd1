import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { PageLoader } from '../../app/ui/page-loader.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useHashToken } from '../../app/ui/use-hash-token.ts';
import { AcceptInvitationForm } from './accept-invitation-form.tsx';
import { useInvitationPreview } from './invitations-api.ts';

// Unknown, used, revoked, expired, or a token the schema rejects: all the same to the reader.
const isDeadLink = (error: unknown) =>
  isApiError(error) && (error.status === 404 || error.code === 'invitation_invalid' || !!error.fields?.token);

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitations.accept.title'));
  const token = useHashToken();
  const preview = useInvitationPreview(token);

  if (token.length > 0 && preview.isPending) return <PageLoader />;

  if (token.length === 0 || (preview.isError && isDeadLink(preview.error))) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('invitations.accept.invalidTitle')}</Title>
        <Paper>
          <Alert color="gray" variant="light" icon={<IconLinkOff aria-hidden />}>
            <Stack gap="xs">
              <Text>{t('invitations.accept.invalidBody')}</Text>
              <Text>{t('invitations.accept.invalidAsk')}</Text>
            </Stack>
          </Alert>
        </Paper>
      </Stack>
    );
  }

  if (preview.isError) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('invitations.accept.title')}</Title>
        <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
      </Stack>
    );
  }

  const invitation = preview.data;
  if (!invitation) return <PageLoader />;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('invitations.accept.welcome', { practice: invitation.practiceName })}</Title>
        <Text mt="xs" size="lg">
          {t('invitations.accept.invitedBy', {
            inviter: invitation.invitedByName,
            practice: invitation.practiceName,
          })}
        </Text>
        <Text mt="xs">{t('invitations.accept.intro')}</Text>
      </div>
      <AcceptInvitationForm token={token} invitation={invitation} />
    </Stack>
  );
}
