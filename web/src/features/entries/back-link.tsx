import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';

/** "← Log" above a page that was opened from another. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}
