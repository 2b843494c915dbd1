import { z } from 'zod';
import { textError } from './auth.ts';
import { ENTRY_KINDS, ENTRY_LIMITS, type EntryKind, JOURNAL_PROMPTS, MOOD_FIELDS, TRACKER_TYPES } from './entry-kinds.ts';

const text = (label: string, max: number = ENTRY_LIMITS.shortText) =>
  z.string(textError(label)).trim().max(max, { error: `${label} must be at most ${max} characters` });
const intensity = (label: string) => z.number({ error: `${label} must be a number from 0 to 100` }).int().min(0).max(100);
const rating10 = (label: string) => z.number({ error: `${label} must be a number from 0 to 10` }).int().min(0).max(10);

const emotion = z.strictObject({ name: text('emotion', 40).min(1, { error: 'name the emotion' }), intensity: intensity('intensity') });

export const moodData = z.strictObject({
  /** 1 (very low) to 10 (very good). Five faces map to 2, 4, 6, 8, 10. */
  mood: z.number({ error: 'mood must be a number from 1 to 10' }).int().min(1).max(10),
  emotions: z.array(emotion).max(ENTRY_LIMITS.listMax).default([]),
  situation: text('what was happening').default(''),
  place: text('where').default(''),
  people: text('with whom').default(''),
  note: text('note', ENTRY_LIMITS.noteMax).default(''),
  energy: rating10('energy').nullable().default(null),
  anxiety: rating10('anxiety').nullable().default(null),
  sleepHours: z.number({ error: 'sleep hours must be a number from 0 to 24' }).min(0).max(24).nullable().default(null),
  sleepQuality: rating10('sleep quality').nullable().default(null),
});

export const thoughtRecordData = z.strictObject({
  situation: text('situation', 1000).min(1, { error: 'describe the situation' }),
  emotions: z.array(emotion).min(1, { error: 'name at least one emotion' }).max(ENTRY_LIMITS.listMax),
  thoughts: z
    .array(z.strictObject({ text: text('thought', 500).min(1, { error: 'write the thought' }), belief: intensity('belief'), hot: z.boolean().default(false) }))
    .min(1, { error: 'write at least one thought' })
    .max(ENTRY_LIMITS.listMax)
    .refine((t) => t.filter((x) => x.hot).length <= 1, { error: 'mark at most one hot thought' }),
  evidenceFor: text('evidence for', 2000).default(''),
  evidenceAgainst: text('evidence against', 2000).default(''),
  balancedThought: text('balanced thought', 1000).default(''),
  balancedBelief: intensity('belief in the balanced thought').nullable().default(null),
  emotionsAfter: z.array(emotion).max(ENTRY_LIMITS.listMax).default([]),
});

export const behaviorData = z.strictObject({
  trackerId: z.string(textError('trackerId')).min(1).max(64),
  /** count: how many; yes_no: 1 or 0; intensity: 0-10; duration: minutes. Checked against the tracker's type. */
  value: z.number({ error: 'value must be a number' }).min(0).max(100_000),
  trigger: text('trigger').default(''),
  note: text('note', ENTRY_LIMITS.noteMax).default(''),
});

export const skillData = z.strictObject({
  skill: text('skill', 100).min(1, { error: 'name the skill' }),
  minutes: z.number({ error: 'minutes must be a number' }).int().min(0).max(24 * 60).nullable().default(null),
  helpfulness: rating10('helpfulness').nullable().default(null),
  situation: text('situation', 1000).default(''),
});

export const activityData = z.strictObject({
  activity: text('activity', 200).min(1, { error: 'name the activity' }),
  status: z.enum(['planned', 'done'], { error: 'status must be planned or done' }),
  pleasure: rating10('pleasure').nullable().default(null),
  mastery: rating10('mastery').nullable().default(null),
});

export const journalData = z.strictObject({
  prompt: z.enum(JOURNAL_PROMPTS, { error: 'prompt is not one of the offered prompts' }).nullable().default(null),
  text: text('text', ENTRY_LIMITS.journalMax).min(1, { error: 'write something first' }),
});

export const entryDataByKind = {
  mood: moodData,
  thought_record: thoughtRecordData,
  behavior: behaviorData,
  skill: skillData,
  activity: activityData,
  journal: journalData,
} as const;
export type EntryData<K extends EntryKind> = z.infer<(typeof entryDataByKind)[K]>;

const entryCommon = {
  /** When it happened (ISO instant). The server stores the client's local date and zone with it. */
  occurredAt: z.iso.datetime({ offset: true, error: 'occurredAt must be an ISO date-time' }),
  shared: z.boolean().optional(),
  /** Made by the device; the same key twice saves once (offline retries). */
  idempotencyKey: z.string(textError('idempotencyKey')).min(8).max(64).regex(/^[\w-]+$/, { error: 'idempotencyKey may use letters, digits, - and _' }),
};

export const entryInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('mood'), ...entryCommon, data: moodData }),
    z.strictObject({ kind: z.literal('thought_record'), ...entryCommon, data: thoughtRecordData }),
    z.strictObject({ kind: z.literal('behavior'), ...entryCommon, data: behaviorData }),
    z.strictObject({ kind: z.literal('skill'), ...entryCommon, data: skillData }),
    z.strictObject({ kind: z.literal('activity'), ...entryCommon, data: activityData }),
    z.strictObject({ kind: z.literal('journal'), ...entryCommon, data: journalData }),
  ],
  { error: 'kind must be mood, thought_record, behavior, skill, activity or journal' },
);
export type EntryInput = z.infer<typeof entryInput>;

/** An edit replaces the data and may change sharing; kind and time stay. */
export const entryEditInput = z.strictObject({
  data: z.record(z.string(), z.unknown()),
  shared: z.boolean().optional(),
});

export const trackerInput = z.strictObject({
  name: text('name', 80).min(1, { error: 'name is required' }),
  type: z.enum(TRACKER_TYPES, { error: 'type must be count, yes_no, intensity or duration' }),
  /** e.g. "urge" or "behavior"; only for display and grouping. */
  category: z.enum(['urge', 'behavior'], { error: 'category must be urge or behavior' }).default('behavior'),
});

export const entryView = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  occurredAt: z.string(),
  localDate: z.string(),
  localTime: z.string(),
  timeZone: z.string(),
  shared: z.boolean(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  editableUntil: z.string(),
  edited: z.boolean(),
});
export type EntryView = z.infer<typeof entryView>;

export const trackerView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(TRACKER_TYPES),
  category: z.enum(['urge', 'behavior']),
  createdBy: z.object({ id: z.string(), name: z.string(), role: z.enum(['therapist', 'client']) }),
  createdAt: z.string(),
});
export type TrackerView = z.infer<typeof trackerView>;

export const entryQuery = z.strictObject({
  from: z.iso.date({ error: 'from must be a date (YYYY-MM-DD)' }).optional(),
  to: z.iso.date({ error: 'to must be a date (YYYY-MM-DD)' }).optional(),
  kind: z.enum(ENTRY_KINDS, { error: 'kind is not known' }).optional(),
});

/** Per client: the skills offered in the practice log, and the optional mood fields turned on. */
export const monitoringSettingsInput = z.strictObject({
  skills: z.array(text('skill', 100).min(1, { error: 'a skill needs a name' })).max(30, { error: 'at most 30 skills' }).transform((s) => [...new Set(s)]),
  moodFields: z.array(z.enum(MOOD_FIELDS, { error: 'mood fields are energy, anxiety and sleep' })).transform((s) => [...new Set(s)]),
});
export const monitoringSettingsView = z.object({ skills: z.array(z.string()), moodFields: z.array(z.enum(MOOD_FIELDS)) });
export type MonitoringSettings = z.infer<typeof monitoringSettingsView>;
