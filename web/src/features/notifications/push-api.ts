import type { EmailBounceView, PushSubscriptionInput } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

/**
 * Web push on this device. The browser holds the subscription (its push service's endpoint
 * and the keys to encrypt for); the server keeps a copy per device to send to. "On" means
 * both: permission granted and a live subscription.
 */
export type PushState =
  | { kind: 'on' }
  | { kind: 'off' }
  | { kind: 'denied' }
  /** browser: no Push API; install: iPhone and iPad have it only for apps added to the Home Screen; worker: the offline files are not ready. */
  | { kind: 'unsupported'; reason: 'browser' | 'install' | 'worker' };

export const PUSH_DEVICE_KEY = ['push', 'device'] as const;
const BOUNCE_KEY = ['account', 'email-bounce'] as const;

const isAppleMobile = () => /iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
const isInstalled = () => window.matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;

function support(): PushState | null {
  if ('serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) return null;
  return { kind: 'unsupported', reason: isAppleMobile() && !isInstalled() ? 'install' : 'browser' };
}

/** The app's service worker registration, waiting briefly for a first install. */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  const existing = await navigator.serviceWorker.getRegistration();
  if (existing?.active) return existing;
  const timeout = new Promise<null>((resolve) => window.setTimeout(() => resolve(null), 8000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

async function deviceState(): Promise<PushState> {
  const unsupported = support();
  if (unsupported) return unsupported;
  if (Notification.permission === 'denied') return { kind: 'denied' };
  const reg = await registration();
  if (!reg) return { kind: 'unsupported', reason: 'worker' };
  const sub = await reg.pushManager.getSubscription();
  return sub && Notification.permission === 'granted' ? { kind: 'on' } : { kind: 'off' };
}

function bytesOf(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) out[i] = raw.charCodeAt(i);
  return out;
}

function sameBytes(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false;
  const view = new Uint8Array(a);
  return view.every((v, i) => v === b[i]);
}

/** "Chrome on Android": so the person can tell their devices apart; nothing more precise. */
export function deviceLabel(ua = navigator.userAgent): string {
  const browser = /Edg\//.test(ua) ? 'Edge' : /SamsungBrowser/.test(ua) ? 'Samsung Internet' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser';
  const system = /Android/.test(ua) ? 'Android' : /iPhone|iPad|iPod/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : null;
  return system ? `${browser} on ${system}` : browser;
}

/** The person refused (or closed the browser's question without answering). */
export class PermissionNotGranted extends Error {
  readonly permission: NotificationPermission;
  constructor(permission: NotificationPermission) {
    super(`notification permission ${permission}`);
    this.permission = permission;
  }
}

async function turnOn(): Promise<void> {
  // Asked first, straight from the button press: browsers only ask with a user gesture.
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PermissionNotGranted(permission);
  const reg = await registration();
  if (!reg) throw new Error('service worker not ready');
  const { publicKey } = await api.get<{ publicKey: string }>('/api/push/public-key');
  const key = bytesOf(publicKey);
  let sub = await reg.pushManager.getSubscription();
  // A subscription made for another server key cannot be used by this server.
  if (sub && !sameBytes(sub.options.applicationServerKey, key)) {
    await sub.unsubscribe();
    sub = null;
  }
  sub ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  const json = sub.toJSON() as PushSubscriptionInput;
  try {
    await api.post('/api/push/subscriptions', { endpoint: json.endpoint, expirationTime: json.expirationTime ?? null, keys: json.keys, label: deviceLabel() });
  } catch (e) {
    // The server did not keep it: without the browser's side too, this device would read as
    // "on" (its state is the browser's subscription) while nothing could reach it.
    await sub.unsubscribe().catch(() => undefined);
    throw e;
  }
}

/**
 * Stops push here: the server forgets the device and the browser drops the subscription,
 * both even if the other fails (offline, a signed-out session). A dropped subscription is
 * enough on its own: the push service then answers 410 Gone and the server forgets it on
 * its next send, so a shared device never keeps getting the last person's reminders.
 */
export async function turnOffPushOnThisDevice(): Promise<void> {
  if (support()) return;
  const reg = await navigator.serviceWorker.getRegistration();
  const sub = await reg?.pushManager.getSubscription();
  if (!sub) return;
  // The server's answer does not change the outcome: forgotten now, already forgotten (404),
  // or told by the push service on its next send.
  const [, dropped] = await Promise.allSettled([api.delete('/api/push/subscriptions', { endpoint: sub.endpoint }), sub.unsubscribe()]);
  if (dropped.status === 'rejected') throw dropped.reason;
}

export function usePushState() {
  return useQuery({
    queryKey: PUSH_DEVICE_KEY,
    queryFn: deviceState,
    staleTime: Infinity,
    // Permission can change in the browser's settings while the page is open elsewhere.
    refetchOnWindowFocus: 'always',
    retry: false,
  });
}

export function useTurnOnPush() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: turnOn, onSettled: () => void queryClient.invalidateQueries({ queryKey: PUSH_DEVICE_KEY }) });
}

export function useTurnOffPush() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: turnOffPushOnThisDevice, onSettled: () => void queryClient.invalidateQueries({ queryKey: PUSH_DEVICE_KEY }) });
}

export function useEmailBounce() {
  return useQuery({ queryKey: BOUNCE_KEY, queryFn: () => api.get<EmailBounceView>('/api/account/email-bounce') });
}

export function useClearEmailBounce() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>('/api/account/email-bounce'),
    onSuccess: () => queryClient.setQueryData<EmailBounceView>(BOUNCE_KEY, { bounce: null }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: BOUNCE_KEY }),
  });
}

/** For signing out: turns push off here if it was on, never holding sign-out up for long or failing it. */
export async function forgetPushDevice(): Promise<void> {
  const limit = new Promise<void>((resolve) => window.setTimeout(resolve, 3000));
  await Promise.race([turnOffPushOnThisDevice().catch(() => undefined), limit]);
}
