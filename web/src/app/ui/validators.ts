import { LIMITS } from '@stepwise/domain/limits';
import type { TFunction } from 'i18next';

// Client-side checks mirror the domain's limits so most mistakes show before a round trip;
// the server's answer is still the one that counts.

export const required = (t: TFunction) => (value: string) =>
  value.trim().length === 0 ? t('form.required') : null;

export const email = (t: TFunction) => (value: string) => {
  if (value.trim().length === 0) return t('form.required');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('form.invalidEmail');
};

export const newPassword = (t: TFunction) => (value: string) => {
  if (value.length < LIMITS.passwordMin) return t('form.passwordTooShort', { count: LIMITS.passwordMin });
  if (value.length > LIMITS.passwordMax) return t('form.passwordTooLong', { count: LIMITS.passwordMax });
  return null;
};

export const maxLength = (t: TFunction, max: number) => (value: string) => {
  if (value.trim().length === 0) return t('form.required');
  return value.trim().length > max ? t('form.tooLong', { count: max }) : null;
};

export { LIMITS };
