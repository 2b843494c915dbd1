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

/** Whether a dotted path ("schedule.endDate", "obstacles.0.copingPlan") names something in the values. */
function hasPath(values: object, path: string): boolean {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(key in current)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

interface ApplyOptions {
  /** Strips a prefix the request wraps the form in ("fields." or "changes."). */
  prefix?: string;
  /** Renames server field names the form keeps elsewhere. */
  rename?: Record<string, string>;
}

/**
 * Puts the server's field errors under the matching inputs and returns what is left
 * to show above the form (null when every error found its input).
 */
export function useApplyApiError() {
  const { t } = useTranslation();
  return (form: SettableForm, error: unknown, options: ApplyOptions = {}): string | null => {
    if (!isApiError(error) || !error.fields) return errorMessage(t, error);
    const known: Record<string, string> = {};
    const unknown: string[] = [];
    for (const [name, message] of Object.entries(error.fields)) {
      const bare = options.prefix && name.startsWith(options.prefix) ? name.slice(options.prefix.length) : name;
      const field = options.rename?.[bare] ?? bare;
      if (hasPath(form.values, field)) known[field] = sentence(message);
      else unknown.push(sentence(message));
    }
    form.setErrors(known);
    if (unknown.length > 0) return unknown.join(' ');
    return Object.keys(known).length > 0 ? null : errorMessage(t, error);
  };
}
