import webPush from 'web-push';
import type { Db } from '../../db/connect.ts';

export type VapidKeys = { publicKey: string; privateKey: string };

const KEY = 'vapid_keys';

function parse(value: string): VapidKeys | null {
  try {
    const v = JSON.parse(value) as Partial<VapidKeys>;
    return typeof v.publicKey === 'string' && typeof v.privateKey === 'string' ? { publicKey: v.publicKey, privateKey: v.privateKey } : null;
  } catch {
    return null;
  }
}

/**
 * The server's VAPID key pair: made once, on first need, and kept in `settings` so every
 * instance signs with the same key (browsers bind a subscription to the public key). Two
 * instances racing on first start both try to insert; the primary key lets one win, and both
 * read back and use the winner's pair.
 */
export async function vapidKeys(db: Db): Promise<VapidKeys> {
  const stored = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  const existing = stored && parse(stored.value);
  if (existing) return existing;
  const fresh = webPush.generateVAPIDKeys();
  await db
    .insertInto('settings')
    .values({ key: KEY, value: JSON.stringify(fresh) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirstOrThrow();
  const keys = parse(row.value);
  if (!keys) throw new Error('the stored VAPID keys are not readable');
  return keys;
}
