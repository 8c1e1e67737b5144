import { afterFirstLook } from './first-look';
import { whenIdle } from '@/store/idle-writes';

/**
 * Registers the offline service worker (built by vite-plugin-pwa as sw.js) once the diagram's first
 * look has painted and the page is idle: its registration and the precache of every built file
 * then do not compete with the first look (issue 12). Only in the served production build: the
 * single-file build has no worker, and the dev server serves none.
 */
export function registerServiceWorkerLater(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  void afterFirstLook().then(() =>
    whenIdle(() => {
      // Offline use is a bonus: a failed registration leaves the page working online.
      navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    }),
  );
}
