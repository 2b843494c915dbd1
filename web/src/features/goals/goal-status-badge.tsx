import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalStatus } from './goals-api.ts';

const COLORS: Record<GoalStatus, string> = {
  proposed: 'blue',
  active: 'sage',
  on_hold: 'gray',
  achieved: 'grape',
  let_go: 'gray',
};

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === 'let_go' ? 'outline' : 'light'}>
      {t(`goals.status.${status}`)}
    </Badge>
  );
}
