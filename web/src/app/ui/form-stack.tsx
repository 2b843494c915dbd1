import { Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { FormAlert } from './form-alert.tsx';

interface Props {
  /** Usually Mantine's form.onSubmit(…), which validates first. */
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The error that did not belong to one input; null shows nothing. */
  error: string | null;
  errorTitle?: string;
  children: ReactNode;
}

/**
 * A form whose fields stand in a column under its error. The browser's own validation is
 * off (noValidate): Mantine's messages sit under the inputs and are read out with them.
 */
export function FormStack({ onSubmit, error, errorTitle, children }: Props) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        <FormAlert message={error} title={errorTitle} />
        {children}
      </Stack>
    </form>
  );
}
