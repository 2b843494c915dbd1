import { addDays, type AssignmentInput } from '@stepwise/domain';
import type { ScheduleView } from './assignments-api.ts';

export type ScheduleKind = ScheduleView['kind'];
type Schedule = AssignmentInput['schedule'];

/** Every schedule kind's fields at once, so switching kind keeps what was typed. */
export interface ScheduleFormValues {
  kind: ScheduleKind;
  date: string;
  startDate: string;
  endDate: string;
  /** ISO weekdays as strings ('1' = Monday … '7' = Sunday), for chips. */
  weekdays: string[];
  times: string[];
}

export function defaultSchedule(today: string, kind: ScheduleKind = 'once'): ScheduleFormValues {
  return { kind, date: today, startDate: today, endDate: addDays(today, 6), weekdays: [], times: [] };
}

export function scheduleValues(s: ScheduleView, today: string): ScheduleFormValues {
  const base = defaultSchedule(today, s.kind);
  if (s.kind === 'once') return { ...base, date: s.date, times: [...s.times] };
  return {
    ...base,
    startDate: s.startDate,
    endDate: s.endDate,
    weekdays: s.kind === 'weekly' ? s.weekdays.map(String) : [],
    times: [...s.times],
  };
}

export function toSchedule(v: ScheduleFormValues): Schedule {
  const times = v.times.filter((x) => x.length > 0);
  if (v.kind === 'once') return { kind: 'once', date: v.date, times };
  if (v.kind === 'daily') return { kind: 'daily', startDate: v.startDate, endDate: v.endDate, times };
  return { kind: 'weekly', startDate: v.startDate, endDate: v.endDate, weekdays: v.weekdays.map(Number).sort(), times };
}

/** Quick checks before a round trip; the server's are the ones that count. */
export function scheduleErrors(v: ScheduleFormValues, messages: { required: string; order: string; weekdays: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.kind === 'once') {
    if (!v.date) errors.date = messages.required;
    return errors;
  }
  if (!v.startDate) errors.startDate = messages.required;
  if (!v.endDate) errors.endDate = messages.required;
  else if (v.startDate && v.endDate < v.startDate) errors.endDate = messages.order;
  if (v.kind === 'weekly' && v.weekdays.length === 0) errors.weekdays = messages.weekdays;
  return errors;
}

/** The errors under one part of a form ("schedule."), with that prefix taken off. */
export function errorsUnder(errors: Record<string, React.ReactNode>, prefix: string): Record<string, React.ReactNode> {
  const out: Record<string, React.ReactNode> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (key === prefix) out[''] = value;
    else if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = value;
  }
  return out;
}

/** Errors with a prefix added ("schedule." + "endDate"), for form.setErrors. */
export function withPrefix(prefix: string, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));
}
