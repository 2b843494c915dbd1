import type { AppointmentView } from '@stepwise/domain';

const HOUR = 3_600_000;
/** A session this close to now (either side) is the one being held, or just held. */
const AROUND = 12 * HOUR;

export interface SessionTiming {
  /** The session this view is about: the one asked for, else the booked one nearest to now today. */
  current: AppointmentView | null;
  /** The session before it, where "since last session" starts. */
  previous: AppointmentView | null;
}

/**
 * Which booked session the therapist is holding, and the one before it. A view opened just
 * after a session still belongs to that session, so the window reaches back as well as forward.
 */
export function sessionTiming(list: AppointmentView[], now: number, wantedId: string | null): SessionTiming {
  const held = list.filter((a) => a.status === 'scheduled');
  const near = held
    .filter((a) => Math.abs(Date.parse(a.startsAt) - now) <= AROUND)
    .sort((a, b) => Math.abs(Date.parse(a.startsAt) - now) - Math.abs(Date.parse(b.startsAt) - now));
  const current = held.find((a) => a.id === wantedId) ?? near[0] ?? null;
  const before = current ? Date.parse(current.startsAt) : now - AROUND;
  const previous = held.filter((a) => Date.parse(a.startsAt) < before).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))[0] ?? null;
  return { current, previous };
}
