import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError } from '../api.ts';

/** Server messages start lower-case ("password must be…"); shown alone they read better capitalised. */
export function sentence(message: string): string {
  return message.length === 0 ? message : message[0]!.toUpperCase() + message.slice(1);
}

/** A message for someone reading the screen, whatever went wrong. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.generic');
  if (error.status === 0) return t('errors.network');
  // App errors worded for people (mail_failed says the invitation was saved) keep their
  // words even at 5xx; crashes and proxy pages do not.
  if (error.code === 'internal_error' || error.code === 'http_error') return t('errors.server');
  return sentence(error.message);
}

interface SettableForm {
  values: object;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Puts the server's field errors under the matching inputs and returns what is left
 * to show above the form (null when every error found its input).
 */
export function useApplyApiError() {
  const { t } = useTranslation();
  return (form: SettableForm, error: unknown): string | null => {
    if (!isApiError(error) || !error.fields) return errorMessage(t, error);
    const known: Record<string, string> = {};
    const unknown: string[] = [];
    for (const [field, message] of Object.entries(error.fields)) {
      if (field in form.values) known[field] = sentence(message);
      else unknown.push(sentence(message));
    }
    form.setErrors(known);
    if (unknown.length > 0) return unknown.join(' ');
    return Object.keys(known).length > 0 ? null : errorMessage(t, error);
  };
}
