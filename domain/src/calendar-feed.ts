import { z } from 'zod';

/** The personal calendar feed: whether a secret link is live, and since when. */
export const calendarFeedStatus = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatus>;

/** The secret link, shown once when it is made; only its hash is kept. */
export const calendarFeedCreated = z.object({ url: z.string() });
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreated>;
