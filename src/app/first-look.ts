/**
 * The page's first look (issue 12): the diagram has painted its nodes, the recommended one in view.
 * Work that first look does not need — the parts of the page below it and the service worker's
 * registration — waits for it, so it does not queue on the main thread in front of the diagram.
 * The wait never blocks anything for long: the first key or pointer press opens it (the user wants
 * the page now), and so does a fallback timer (a diagram that failed to load still lets the rest
 * of the page come).
 */

/** The longest anything waits for the first look (ms after the first wait began). */
export const FIRST_LOOK_FALLBACK_MS = 4000;

let shown = false;
let fallbackStarted = false;
const waiting: (() => void)[] = [];

/** Says the first look has painted; everything waiting for it goes ahead (once). */
export function firstLookShown(): void {
  if (shown) return;
  shown = true;
  for (const resume of waiting.splice(0)) resume();
}

/** Whether the first look has painted (or the wait for it ended). */
export function isFirstLookShown(): boolean {
  return shown;
}

function startFallback(): void {
  if (fallbackStarted || typeof window === 'undefined') return;
  fallbackStarted = true;
  const timer = window.setTimeout(firstLookShown, FIRST_LOOK_FALLBACK_MS);
  const early = () => {
    window.clearTimeout(timer);
    window.removeEventListener('pointerdown', early, true);
    window.removeEventListener('keydown', early, true);
    firstLookShown();
  };
  window.addEventListener('pointerdown', early, true);
  window.addEventListener('keydown', early, true);
}

/** Resolves once the first look has painted, a key or pointer was pressed, or the fallback ran. */
export function afterFirstLook(): Promise<void> {
  if (shown) return Promise.resolve();
  startFallback();
  return new Promise((resolve) => waiting.push(resolve));
}

/** Calls `work` after the frame being drawn has painted (a task after the next animation frame). */
export function afterNextPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}
