import { addDays, appointmentStarts, localDate } from '@stepwise/domain';
import { newId } from '../ids.ts';
import type { Db } from './connect.ts';

type Booking = {
  clientId: string;
  therapistId: string;
  /** Weekday offset of the first session from today, in the therapist's zone (negative: in the past). */
  firstInDays: number;
  time: string;
  repeat: 'weekly' | 'biweekly';
  count: number;
  mode: 'in_person' | 'video';
};

/**
 * Sessions for every demo client: weekly or fortnightly, some past and some coming, in the
 * therapists' zone (Amsterdam). A before-each-session GAD-2 for Alex rides on them.
 */
export async function seedAppointments(db: Db, p: { now: Date; zone: string; bookings: Booking[]; alex: { id: string; therapistId: string } }) {
  const today = localDate(p.now, p.zone);
  const at = p.now.toISOString();
  for (const b of p.bookings) {
    const starts = appointmentStarts({ date: addDays(today, b.firstInDays), time: b.time, timeZone: p.zone, repeat: b.repeat, count: b.count });
    const seriesId = newId();
    await db
      .insertInto('appointments')
      .values(
        starts.map((s) => ({
          id: newId(),
          client_id: b.clientId,
          therapist_id: b.therapistId,
          series_id: seriesId,
          starts_at: s.toISOString(),
          duration_minutes: 50,
          mode: b.mode,
          place: b.mode === 'in_person' ? 'Riverside Therapy, room 2 (Rivierkade 14)' : '',
          video_link: b.mode === 'video' ? 'https://meet.example.test/riverside-session' : '',
          status: 'scheduled' as const,
          created_by: b.therapistId,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
  }
  await db
    .insertInto('measure_schedules')
    .values({ id: newId(), client_id: p.alex.id, instrument_key: 'gad2', questionnaire_id: null, frequency: 'before_appointment', every_weeks: null, start_date: today, created_by: p.alex.therapistId, created_at: at, ended_at: null })
    .execute();
}
