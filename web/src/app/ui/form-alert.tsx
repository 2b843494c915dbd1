import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** The error above a form that did not belong to one input. */
export function FormAlert({ message, title }: { message: string | null; title?: string }) {
  if (message === null) return null;
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertCircle aria-hidden />} role="alert">
      {message}
    </Alert>
  );
}
