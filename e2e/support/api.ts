/** A JSON call to the API the way the browser makes it (same origin, session cookie); throws on an error answer. */
export function apiAt(url: string) {
  return async function api<T>(method: string, path: string, cookie: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, origin: url, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}
