import {
  addDays,
  localDate,
  localTime,
  MAX_SERIES,
  type AppointmentChangeInput,
  type AppointmentInput,
  type AppointmentView,
} from '@stepwise/domain';
import type { TFunction } from 'i18next';

export type SessionMode = AppointmentView['mode'];
export type SessionRepeat = AppointmentInput['repeat'];

/** One form for booking and rescheduling; rescheduling leaves repeat and count alone. */
export interface SessionFormValues {
  date: string;
  time: string;
  /** NumberInput hands back '' while the field is empty. */
  durationMinutes: number | string;
  mode: SessionMode;
  place: string;
  videoLink: string;
  repeat: SessionRepeat;
  count: number | string;
}

/** The usual "therapy hour". */
export const DEFAULT_DURATION = 50;
export const MIN_DURATION = 10;
export const MAX_DURATION = 240;
export const MIN_SERIES = 2;
export { MAX_SERIES };

export const REPEAT_STEP_DAYS: Record<Exclude<SessionRepeat, 'none'>, number> = { weekly: 7, biweekly: 14 };

export function emptySession(): SessionFormValues {
  // Date and time start empty: a guessed default is too easy to book by mistake.
  return { date: '', time: '', durationMinutes: DEFAULT_DURATION, mode: 'in_person', place: '', videoLink: '', repeat: 'none', count: 10 };
}

/** A session's values as seen on the therapist's own calendar, for rescheduling. */
export function sessionValues(a: AppointmentView, zone: string): SessionFormValues {
  const start = new Date(a.startsAt);
  return {
    date: localDate(start, zone),
    time: localTime(start, zone),
    durationMinutes: a.durationMinutes,
    mode: a.mode,
    place: a.place,
    videoLink: a.videoLink,
    repeat: 'none',
    count: 1,
  };
}

const isWholeIn = (v: number | string, min: number, max: number) => {
  const n = Number(v);
  return v !== '' && Number.isInteger(n) && n >= min && n <= max;
};

export const validTime = (time: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
export const validDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

/**
 * The domain's rules, checked before the round trip so the messages sit under their
 * inputs at once; the server checks them again and its answer counts.
 * `today` is the therapist's own calendar date: a session cannot start on a past day.
 */
export function sessionErrors(v: SessionFormValues, today: string, t: TFunction) {
  return {
    date: !v.date ? t('form.required') : !validDate(v.date) ? t('appointments.form.badDate') : v.date < today ? t('appointments.form.pastDate') : null,
    time: !v.time ? t('form.required') : validTime(v.time) ? null : t('appointments.form.badTime'),
    durationMinutes: isWholeIn(v.durationMinutes, MIN_DURATION, MAX_DURATION) ? null : t('appointments.form.durationRange', { min: MIN_DURATION, max: MAX_DURATION }),
    place: v.mode === 'in_person' && v.place.trim().length > 200 ? t('form.tooLong', { count: 200 }) : null,
    videoLink:
      v.mode !== 'video' ? null : !v.videoLink.trim() ? t('appointments.form.linkRequired') : /^https:\/\/\S+$/.test(v.videoLink.trim()) ? null : t('appointments.form.linkHttps'),
    count: v.repeat === 'none' || isWholeIn(v.count, MIN_SERIES, MAX_SERIES) ? null : t('appointments.form.countRange', { min: MIN_SERIES, max: MAX_SERIES }),
  };
}

/** Only the chosen mode's detail is sent, so switching modes leaves nothing stale behind. */
export function toChangeInput(v: SessionFormValues, timeZone: string): AppointmentChangeInput {
  return {
    date: v.date,
    time: v.time,
    timeZone,
    durationMinutes: Number(v.durationMinutes),
    mode: v.mode,
    place: v.mode === 'in_person' ? v.place.trim() : '',
    videoLink: v.mode === 'video' ? v.videoLink.trim() : '',
  };
}

export function toBookInput(v: SessionFormValues, timeZone: string): AppointmentInput {
  return { ...toChangeInput(v, timeZone), repeat: v.repeat, count: v.repeat === 'none' ? 1 : Number(v.count) };
}

/** The date of the last session a repeating booking makes, or null while the form is incomplete. */
export function lastSessionDate(v: SessionFormValues): string | null {
  if (v.repeat === 'none' || !validDate(v.date) || !isWholeIn(v.count, MIN_SERIES, MAX_SERIES)) return null;
  return addDays(v.date, (Number(v.count) - 1) * REPEAT_STEP_DAYS[v.repeat]);
}
