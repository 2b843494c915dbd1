import { Badge } from '@mantine/core';
import type { InvitationView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

const COLORS: Record<InvitationView['status'], string> = {
  pending: 'blue',
  expired: 'gray',
  accepted: 'sage',
  revoked: 'red',
};

export function InvitationStatusBadge({ status }: { status: InvitationView['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`invitations.status.${status}`)}
    </Badge>
  );
}
