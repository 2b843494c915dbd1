import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a push service checks of a request: the VAPID JWT, and what the browser would decrypt. */
export type ReceivedPush = {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The claims of a VAPID token that verified with the key it names; null if it did not. */
  vapid: { aud: string; sub: string; exp: number; publicKey: string } | null;
  /** The decrypted payload text; null when it could not be decrypted. */
  text: string | null;
  error: string | null;
};

const b64u = (b: Buffer) => b.toString('base64url');
const hmac = (key: Buffer, data: Buffer) => crypto.createHmac('sha256', key).update(data).digest();

/**
 * Verifies a VAPID Authorization header (RFC 8292: "vapid t=<JWT>, k=<public key>") the way a
 * push service does: ES256 signature by the named key, audience = the endpoint's origin, an
 * expiry in the future and at most 24 hours away, and a mailto: or https: subject.
 */
export function verifyVapid(header: string | undefined, origin: string, nowMs = Date.now()): ReceivedPush['vapid'] {
  const m = /^vapid\s+t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!m?.[1] || !m[2]) return null;
  const [h, p, s] = m[1].split('.');
  if (!h || !p || !s) return null;
  const head = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string };
  if (head.alg !== 'ES256') return null;
  const point = Buffer.from(m[2], 'base64url');
  if (point.length !== 65 || point[0] !== 4) return null;
  const key = crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33)) }, format: 'jwk' });
  const ok = crypto.verify('sha256', Buffer.from(`${h}.${p}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'));
  if (!ok) return null;
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { aud?: string; sub?: string; exp?: number };
  const nowS = nowMs / 1000;
  if (claims.aud !== origin || typeof claims.exp !== 'number' || claims.exp < nowS || claims.exp > nowS + 24 * 3600 + 60) return null;
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) return null;
  return { aud: claims.aud, sub: claims.sub, exp: claims.exp, publicKey: m[2] };
}

/**
 * Decrypts an aes128gcm web push message (RFC 8188 content coding, keys per RFC 8291) with the
 * browser's private key and auth secret, as the browser does. Written from the RFCs with
 * node:crypto, independent of the web-push package that encrypted it.
 */
export function decryptPush(body: Buffer, ua: crypto.ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idLength = body[20] ?? 0;
  const asPublic = body.subarray(21, 21 + idLength);
  const records = body.subarray(21 + idLength);
  if (idLength !== 65 || records.length > rs) throw new Error(`unexpected header: keyid ${idLength} bytes, record size ${rs}, ${records.length} bytes`);
  const ecdhSecret = ua.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ua.getPublicKey(), asPublic]);
  const ikm = hmac(hmac(authSecret, ecdhSecret), Buffer.concat([keyInfo, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(records.subarray(records.length - 16));
  const plain = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()]);
  // The last (only) record ends with the delimiter 0x02, then any padding zeros.
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end -= 1;
  if (plain[end] !== 2) throw new Error('no last-record delimiter');
  return plain.subarray(0, end).toString('utf8');
}

/**
 * A push service on loopback for tests: hands out a browser's subscription (a real P-256 key
 * pair and auth secret made here), checks each request's VAPID token, decrypts the payload
 * and keeps it. It answers 201, or what `answerWith` says.
 */
export async function startPushService() {
  const ua = crypto.createECDH('prime256v1');
  ua.generateKeys();
  const authSecret = crypto.randomBytes(16);
  const received: ReceivedPush[] = [];
  const waiters: Array<() => void> = [];
  let answer = 201;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const origin = `http://${req.headers.host ?? ''}`;
      const vapid = verifyVapid(req.headers.authorization, origin);
      let text: string | null = null;
      let error: string | null = vapid ? null : 'VAPID token did not verify';
      if (req.method !== 'POST') error = `method ${req.method}`;
      else if (req.headers['content-encoding'] !== 'aes128gcm') error = `content-encoding ${req.headers['content-encoding']}`;
      else {
        try {
          text = decryptPush(body, ua, authSecret);
        } catch (e) {
          error = `decryption failed: ${e instanceof Error ? e.message : String(e)}`;
        }
      }
      received.push({ path: req.url ?? '', headers: req.headers, vapid, text, error });
      for (const w of waiters.splice(0)) w();
      res.writeHead(error ? (vapid ? 400 : 401) : answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    received,
    /** The browser side: an endpoint on this service and the keys to encrypt for. */
    subscription: (name = 'device-1') => ({
      endpoint: `${origin}/push/${name}`,
      expirationTime: null,
      keys: { p256dh: b64u(ua.getPublicKey()), auth: b64u(authSecret) },
    }),
    answerWith: (status: number) => void (answer = status),
    /** Waits until `count` requests have arrived in all (up to `timeoutMs`). */
    async waitFor(count: number, timeoutMs = 10_000): Promise<ReceivedPush[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} push requests, got ${received.length}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
