import 'i18next';
import type en from './locales/en.json';

// Typed keys: a misspelt or missing translation key fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
