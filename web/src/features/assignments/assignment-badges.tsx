import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentKind, AssignmentStatus } from './assignments-api.ts';

const STATUS_COLORS: Record<AssignmentStatus, string> = { awaiting_confirmation: 'blue', active: 'sage', completed: 'gray' };

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLORS[status]}>{t(`assignments.status.${status}`)}</Badge>;
}

export function KindLabel({ kind }: { kind: AssignmentKind }) {
  const { t } = useTranslation();
  return <>{t(`assignments.kind.${kind}`)}</>;
}
