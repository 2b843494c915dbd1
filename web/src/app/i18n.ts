import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import measures from './locales/measures.json';
import answer from './locales/answer.json';
import safety from './locales/safety.json';
import appointments from './locales/appointments.json';
import messages from './locales/messages.json';
import agenda from './locales/agenda.json';
import sessionView from './locales/session-view.json';
import caseload from './locales/caseload.json';
import notifications from './locales/notifications.json';
import calendar from './locales/calendar.json';
import push from './locales/push.json';
import reminders from './locales/reminders.json';

// One file per area so features can add strings without touching each other's files.
export const translation = { ...en, ...measures, ...answer, ...safety, ...appointments, ...messages, ...agenda, ...sessionView, ...caseload, ...notifications, ...calendar, ...reminders, ...push };

export const resources = { en: { translation } } as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en'],
  // React escapes on render; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
