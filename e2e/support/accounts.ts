import { tokenFrom } from '../../server/test/support/smtp.ts';
import type { startSmtp } from '../../server/test/support/smtp.ts';

export const PASSWORD = 'a calm river at dawn';

async function post(url: string, path: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

/**
 * A practice with a therapist and one client, made through the API (the foundation journey
 * covers the same steps in the browser). Returns cookies to put into browser contexts.
 */
export async function practiceWithClient(url: string, smtp: Awaited<ReturnType<typeof startSmtp>>) {
  const setup = await post(url, '/api/setup', { practiceName: 'Harbour Practice', name: 'Dana Owner', email: 'dana@example.test', password: PASSWORD, timeZone: 'Europe/Amsterdam' });
  const therapist = cookieOf(setup);
  const mark = smtp.mark();
  await post(url, '/api/invitations', { email: 'robin@example.test', name: 'Robin Client', role: 'client' }, therapist);
  const token = tokenFrom(await smtp.latestTo('robin@example.test', mark));
  const accepted = await post(url, '/api/invitations/accept', { token, name: 'Robin Client', password: PASSWORD, timeZone: 'Europe/Amsterdam', acceptPrivacy: true });
  const client = cookieOf(accepted);
  const clientId = ((await accepted.json()) as { user: { id: string } }).user.id;
  return { therapist, client, clientId };
}
