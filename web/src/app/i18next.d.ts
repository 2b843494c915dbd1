import 'i18next';
import type { translation } from './i18n.ts';

// Typed keys: a misspelt or missing translation key fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof translation };
  }
}
