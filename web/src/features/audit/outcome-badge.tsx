import { Badge } from '@mantine/core';
import type { AuditEntryView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

const COLORS: Record<AuditEntryView['outcome'], string> = { success: 'sage', failure: 'red', denied: 'grape' };

export function OutcomeBadge({ outcome }: { outcome: AuditEntryView['outcome'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[outcome]}>
      {t(`audit.outcome.${outcome}`)}
    </Badge>
  );
}
