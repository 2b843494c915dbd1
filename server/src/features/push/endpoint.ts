/**
 * Where the server may send a push request. The endpoint comes from the browser, so it is
 * attacker-controlled input: without this check "subscribe" would make the server POST to any
 * address it can reach (SSRF). Only https on the known push services' hosts, on the default
 * port, without credentials in the URL; plus the origins of PUSH_ENDPOINT_ALLOW (tests).
 */
const PUSH_SERVICES: ReadonlyArray<{ host: string; subdomains: boolean }> = [
  { host: 'fcm.googleapis.com', subdomains: false }, // Chrome, Edge on Android, Opera, Samsung
  { host: 'push.services.mozilla.com', subdomains: true }, // Firefox
  { host: 'notify.windows.com', subdomains: true }, // Edge on Windows
  { host: 'push.apple.com', subdomains: true }, // Safari
];

type AllowedOrigin = { protocol: string; hostname: string; port: string | '*' };

function parseAllowed(entry: string): AllowedOrigin | null {
  const m = /^(https?):\/\/([^/:@\s]+)(?::(\d{1,5}|\*))?\/?$/i.exec(entry.trim());
  if (!m?.[1] || !m[2]) return null;
  const protocol = `${m[1].toLowerCase()}:`;
  const port = m[3] ?? '';
  return { protocol, hostname: m[2].toLowerCase(), port: port === (protocol === 'https:' ? '443' : '80') ? '' : port };
}

/** Why the endpoint is refused, or null when the server may send to it. */
export function pushEndpointProblem(endpoint: string, allow: readonly string[] = []): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'endpoint must be a URL';
  }
  if (url.username !== '' || url.password !== '') return 'endpoint must not contain credentials';
  for (const entry of allow) {
    const a = parseAllowed(entry);
    if (a && url.protocol === a.protocol && url.hostname === a.hostname && (a.port === '*' || url.port === a.port)) return null;
  }
  if (url.protocol !== 'https:') return 'endpoint must use https';
  if (url.port !== '') return 'endpoint must use the default https port';
  const host = url.hostname.toLowerCase();
  const known = PUSH_SERVICES.some((s) => host === s.host || (s.subdomains && host.endsWith(`.${s.host}`)));
  return known ? null : 'endpoint must be a push service (Google, Mozilla, Microsoft or Apple)';
}
