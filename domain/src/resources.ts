import { z } from 'zod';
import { textError } from './auth.ts';

export const RESOURCE_KINDS = ['handout', 'worksheet', 'link', 'exercise'] as const;
export const RESOURCE_VISIBILITY = ['practice', 'private'] as const;
/** Attachments: PDFs and images, checked by their first bytes, not their name. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

const text = (label: string, max: number) =>
  z.string(textError(label)).trim().max(max, { error: `${label} must be at most ${max} characters` });

export const resourceInput = z.strictObject({
  title: text('title', 200).min(1, { error: 'title is required' }),
  kind: z.enum(RESOURCE_KINDS, { error: 'kind must be handout, worksheet, link or exercise' }),
  /** Markdown. Rendered without raw HTML. */
  body: text('body', 20_000).default(''),
  url: z
    .url({ protocol: /^https?$/, error: 'url must be an http(s) address' })
    .max(2000)
    .nullable()
    .default(null),
  tags: z
    .array(text('tag', 40).min(1).toLowerCase())
    .max(10, { error: 'at most 10 tags' })
    .default([])
    .transform((t) => [...new Set(t)]),
  visibility: z.enum(RESOURCE_VISIBILITY, { error: 'visibility must be practice or private' }).default('practice'),
});
export type ResourceInput = z.infer<typeof resourceInput>;

export const resourceQuery = z.strictObject({
  q: z.string().max(100).optional(),
  tag: z.string().max(40).optional(),
});

export const resourceView = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  body: z.string(),
  url: z.string().nullable(),
  tags: z.array(z.string()),
  visibility: z.enum(RESOURCE_VISIBILITY),
  owner: z.object({ id: z.string(), name: z.string() }),
  attachment: z.object({ name: z.string(), mime: z.string(), size: z.number() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResourceView = z.infer<typeof resourceView>;

export const sharedResourceView = resourceView.extend({
  sharedAt: z.string(),
  sharedBy: z.object({ id: z.string(), name: z.string() }),
  /** Not opened by the client since it was shared. */
  isNew: z.boolean(),
});
export type SharedResourceView = z.infer<typeof sharedResourceView>;
