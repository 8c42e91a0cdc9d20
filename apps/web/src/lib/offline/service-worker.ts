import { API_CACHE } from './offline-api';

/** What the update prompt needs of workbox-window's Workbox (a fake in tests). */
export interface WorkboxLike {
  addEventListener(
    type: 'waiting' | 'controlling',
    listener: (event: { isUpdate?: boolean }) => void,
  ): void;
  register(): Promise<unknown>;
  update(): Promise<void>;
  messageSkipWaiting(): void;
}

/** How often an app left open all shift asks whether a new build is out. */
const UPDATE_CHECK_MS = 60 * 60_000;

/**
 * A new build's worker, once installed, waits: the page keeps running the build it loaded (whose
 * chunks the old worker still holds) until the user chooses to reload. `updateReady` says one is
 * waiting; `reload()` lets it take over, then reloads the page onto it.
 */
export class ServiceWorkerUpdates {
  private waiting = false;
  private requested = false;
  private takenOver = false;
  private readonly listeners = new Set<() => void>();
  private workbox: WorkboxLike | undefined;
  private reloadPage: () => void = () => window.location.reload();

  connect(workbox: WorkboxLike, reloadPage?: () => void): void {
    this.workbox = workbox;
    if (reloadPage) this.reloadPage = reloadPage;
    workbox.addEventListener('waiting', () => this.set(true));
    workbox.addEventListener('controlling', (event) => {
      // Reload once the new worker controls this page, never before: the page must get the new
      // shell.
      if (this.requested) return this.reloadPage();
      // The first worker taking the page: nothing to reload onto.
      if (!event.isUpdate) return;
      // Another tab chose to reload: this one does not reload by itself mid-interview, it keeps
      // offering to.
      this.takenOver = true;
      this.set(true);
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  updateReady = (): boolean => this.waiting;

  reload(): void {
    this.requested = true;
    if (this.takenOver) this.reloadPage();
    else this.workbox?.messageSkipWaiting();
  }

  private set(waiting: boolean): void {
    this.waiting = waiting;
    for (const listener of this.listeners) listener();
  }
}

/** The app's one instance: main.tsx connects it, the update prompt reads it. */
export const serviceWorkerUpdates = new ServiceWorkerUpdates();

/**
 * Registers /sw.js (production builds only: `npm run dev` must not cache anything) and checks for a
 * new build every hour and whenever the browser is back online.
 */
export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js', { scope: '/' });
  serviceWorkerUpdates.connect(workbox);
  workbox.addEventListener('controlling', (event) => {
    // The first worker took the page after the app asked who is signed in: ask again through it,
    // so that it keeps the answer (the app asks before every screen, offline too).
    if (!event.isUpdate)
      void fetch('/api/auth/me', { credentials: 'same-origin' }).catch(() => undefined);
  });
  await workbox.register();
  const check = () => void workbox.update().catch(() => undefined);
  window.setInterval(check, UPDATE_CHECK_MS);
  window.addEventListener('online', check);
}

/**
 * Forgets every API response kept for offline use (who was signed in, their interviews). Call it on
 * sign-out: on a shared computer the next person must not find them. The service worker also does
 * this itself when it sees a sign-in, a sign-out or a 401.
 */
export async function clearOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(API_CACHE).catch(() => false);
}

/** Whether a service worker answers this page's requests (then marked GETs are kept offline). */
export function isControlled(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
}

/** Calls `listener` when a service worker takes control of this page. */
export function onControlled(listener: () => void): () => void {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (!container) return () => undefined;
  container.addEventListener('controllerchange', listener);
  return () => container.removeEventListener('controllerchange', listener);
}
