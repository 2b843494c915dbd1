import { ATTACHMENT_TYPES } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, notFound } from '../../errors.ts';
import { getResource } from './service.ts';

type Mime = (typeof ATTACHMENT_TYPES)[number];

/** What the file's first bytes say it is; the declared type must agree. */
export function sniff(data: Buffer): Mime | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/** A file name safe to echo in a header: no paths, quotes or control characters. */
export function safeFileName(name: string | undefined, mime: Mime): string {
  const ext = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }[mime];
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(/[^\w .()-]/g, '').trim().slice(0, 100);
  return base ? base : `attachment.${ext}`;
}

type PutOptions = { db: Db; ctx: AuditContext; resourceId: string; declared: string; data: Buffer; name?: string };

export async function putAttachment({ db, ctx, resourceId, declared, data, name }: PutOptions) {
  const mime = sniff(data);
  if (!mime || mime !== declared) {
    throw new AppError('attachment_type', 415, `the file is not a ${declared}; attach a PDF, PNG, JPEG or WebP file`);
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('resource_files').where('resource_id', '=', resourceId).execute();
    await trx.insertInto('resource_files').values({ resource_id: resourceId, data }).execute();
    await trx
      .updateTable('resources')
      .set({ attachment_name: safeFileName(name, mime), attachment_mime: mime, attachment_size: data.length, updated_at: ctx.now.toISOString() })
      .where('id', '=', resourceId)
      .execute();
    await audit(trx, ctx, { action: 'resource.attachment_set', targetType: 'resource', targetId: resourceId, detail: { mime, size: data.length } });
  });
  return getResource(db, resourceId);
}

export async function removeAttachment({ db, ctx, resourceId }: Omit<PutOptions, 'declared' | 'data' | 'name'>) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('resource_files').where('resource_id', '=', resourceId).execute();
    await trx.updateTable('resources').set({ attachment_name: null, attachment_mime: null, attachment_size: null, updated_at: ctx.now.toISOString() }).where('id', '=', resourceId).execute();
    await audit(trx, ctx, { action: 'resource.attachment_removed', targetType: 'resource', targetId: resourceId });
  });
  return getResource(db, resourceId);
}

export async function readAttachment(db: Db, resourceId: string) {
  const row = await db
    .selectFrom('resources')
    .innerJoin('resource_files', 'resource_files.resource_id', 'resources.id')
    .select(['resources.attachment_name', 'resources.attachment_mime', 'resource_files.data'])
    .where('resources.id', '=', resourceId)
    .where('resources.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row?.attachment_mime) throw notFound('attachment');
  return { name: row.attachment_name ?? 'attachment', mime: row.attachment_mime, data: Buffer.from(row.data) };
}
