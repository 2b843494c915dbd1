import { z } from 'zod';
import { INSIGHT_RANGES } from './insights.ts';

const summary = z.object({ average: z.number(), count: z.number() });

export const insightsQuery = z.strictObject({
  range: z.enum(Object.keys(INSIGHT_RANGES) as [keyof typeof INSIGHT_RANGES], { error: 'range must be week, month, 3months or year' }).default('month'),
});

export const insightsView = z.object({
  range: z.string(),
  from: z.string(),
  to: z.string(),
  moodEntries: z.number(),
  daily: z.array(z.object({ date: z.string(), average: z.number(), min: z.number(), max: z.number(), count: z.number() })),
  byWeekday: z.array(z.object({ weekday: z.number(), average: z.number(), count: z.number() })),
  byDayPart: z.array(z.object({ part: z.string(), average: z.number(), count: z.number() })),
  emotions: z.array(z.object({ name: z.string(), count: z.number(), averageIntensity: z.number() })),
  trackers: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), perDay: z.array(z.object({ date: z.string(), total: z.number() })) })),
  practiceMinutesPerWeek: z.array(z.object({ weekStart: z.string(), minutes: z.number() })),
  findings: z.array(
    z.object({
      kind: z.string(),
      sentence: z.string(),
      facts: z.record(z.string(), z.union([z.string(), z.number(), summary])),
    }),
  ),
});
export type InsightsView = z.infer<typeof insightsView>;
