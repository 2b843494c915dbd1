import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from './validators.ts';

/** A password being chosen: required, with the length hint, and marked new for password managers. */
export function NewPasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      description={t('form.passwordHint', { count: LIMITS.passwordMin })}
      autoComplete="new-password"
      required
      {...props}
    />
  );
}
