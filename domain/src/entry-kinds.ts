// The kinds of self-monitoring entries and their limits, without their schemas (entries.ts):
// the client's first screen needs these values and should not have to build every schema.

/** Limits for self-monitoring entries; documented in docs/api.md. */
export const ENTRY_LIMITS = {
  noteMax: 4000,
  journalMax: 20_000,
  shortText: 300,
  listMax: 12,
  /** An entry may be dated at most this far ahead of the server's clock (clock skew, travel). */
  futureMs: 24 * 60 * 60 * 1000,
  /** The client may edit or delete their entry for this long. */
  editableMs: 7 * 24 * 60 * 60 * 1000,
} as const;

export const ENTRY_KINDS = ['mood', 'thought_record', 'behavior', 'skill', 'activity', 'journal'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** A starter list of emotions to pick from; clients can also type their own. */
export const EMOTIONS = ['sad', 'anxious', 'angry', 'ashamed', 'guilty', 'lonely', 'calm', 'content', 'happy', 'hopeful', 'proud', 'tired', 'irritable', 'numb'] as const;

export const JOURNAL_PROMPTS = ['went_well', 'noticed', 'bring_to_session'] as const;

/** Tracker entries are shared with the care team by default; journal entries are private by default. */
export const defaultShared = (kind: EntryKind): boolean => kind !== 'journal';

export const TRACKER_TYPES = ['count', 'yes_no', 'intensity', 'duration'] as const;

/** Checks a behavior value against its tracker's type; returns the problem, or null. */
export function trackerValueProblem(type: (typeof TRACKER_TYPES)[number], value: number): string | null {
  if (type === 'yes_no' && value !== 0 && value !== 1) return 'must be 1 (yes) or 0 (no) for a yes/no tracker';
  if (type === 'intensity' && (value > 10 || !Number.isInteger(value))) return 'must be a whole number from 0 to 10 for an intensity tracker';
  if (type === 'count' && (!Number.isInteger(value) || value > 1000)) return 'must be a whole number up to 1000 for a count';
  if (type === 'duration' && value > 24 * 60) return 'must be at most 1440 minutes';
  return null;
}

export const MOOD_FIELDS = ['energy', 'anxiety', 'sleep'] as const;

export const DEFAULT_SKILLS = ['Slow breathing', 'Grounding 5-4-3-2-1', 'Worry time', 'Riding the wave of an urge'];
