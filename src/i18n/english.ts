/**
 * The English catalogue as the page holds it (issue 12): the early sections are bundled with the
 * first paint; the late ones (LATE_SECTIONS: the diagram, details, review, records and starter-code
 * words) load in their own chunk with the parts that show them, so the first paint carries none of
 * them. `englishWords` has the `Catalogue` shape throughout: a late section read before its chunk
 * has loaded suspends the rendering component (it throws the loading promise, as React's Suspense
 * expects) until it has. Code outside a render awaits `loadLateWords()` first. Pure: no React, no DOM.
 */
import type { Catalogue } from './en';
import { early } from './en/early';
import type { late as lateWords } from './en/late';
import { onRetryLoads, retryableImport } from '@/app/load-failure';
import { onLateWordMissing } from './late-pending';
import { LATE_SECTIONS, type LateSection } from './late-sections';

let late: typeof lateWords | null = null;
let loading: Promise<void> | null = null;
let failure: unknown = null;
const importLate = retryableImport(
  () => import('./en/late'),
  (module) => module.late,
);

/** Loads the late English sections (once); resolves when `englishWords` has them all. */
export function loadLateWords(): Promise<void> {
  loading ??= importLate().then(
    (loaded) => {
      late = loaded;
      failure = null;
    },
    (error: unknown) => {
      // A later call tries again (e.g. once the network is back); this one fails.
      loading = null;
      failure = error;
      throw error;
    },
  );
  return loading;
}

/** Whether the late sections have loaded. */
export function lateWordsLoaded(): boolean {
  return late !== null;
}

function lateWordsPending(): never {
  // The last load failed: the part's error boundary says so (no retry loop from rendering); a
  // part's own loader asks again, and so does the next render after a region's "Try again".
  if (failure !== null) throw failure;
  // Suspense: the rendering part waits for the words.
  throw loadLateWords();
}

function lateSection(key: LateSection): Catalogue[LateSection] {
  if (late !== null) return late[key];
  return lateWordsPending();
}

onRetryLoads(() => {
  failure = null;
});

// Early words whose text is in the late chunk (the layer notes the knowledge words read) wait the same way.
onLateWordMissing(lateWordsPending);

export const englishWords: Catalogue = Object.defineProperties(
  { ...early },
  Object.fromEntries(
    LATE_SECTIONS.map((key) => [key, { enumerable: true, get: () => lateSection(key) }]),
  ),
) as Catalogue;
