/**
 * Answers ↔ URL fragment, both ways: the address bar always holds the link to what is on screen.
 *
 * - Every change to the answers (answer, re-answer, Back, Start over) pushes a history entry whose
 *   fragment is the canonical encoding, so the address bar is always a link to what is on screen
 *   and the browser's back/forward buttons step through the answers.
 * - Opening the page with a fragment, editing it, or moving through history loads it through the
 *   store's `loadFragment`, which never pushes.
 * - A link with problems stays in the address bar untouched (the user can see and copy what they
 *   opened); the messages name what was wrong and the valid part is loaded. The next answer pushes
 *   a clean link, so going back returns to the link as it was opened. A link with nothing valid in
 *   it keeps the answers the user already had. Which fragment stands for the page, and what
 *   opening one does, is the link policy (src/share/link-policy.ts).
 */
import { fragmentFor } from '@/share/link-policy';
import type { AppStoreApi } from '@/store/app-store';

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: AppStoreApi, win: Window = window): () => void {
  let loading = false;
  let lastLoaded: string | null = null;

  const load = () => {
    const hash = win.location.hash;
    // popstate and hashchange both fire for one history step; load each fragment once.
    if (hash === lastLoaded) return;
    lastLoaded = hash;
    loading = true;
    try {
      store.getState().loadFragment(hash);
    } finally {
      loading = false;
    }
  };

  // Opened without a fragment: keep what the store already has (answers saved from an earlier
  // visit) and write it into the address bar without a new history entry.
  // (The saved fragment is worked out only then: a link opened has its own.)
  const saved =
    win.location.hash === ''
      ? fragmentFor(store.getState().questionnaire, store.getState().proposal)
      : '';
  if (win.location.hash === '' && saved !== '') {
    const { pathname, search } = win.location;
    win.history.replaceState(null, '', `${pathname}${search}${saved}`);
    lastLoaded = win.location.hash;
  } else {
    load();
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      loading ||
      (state.questionnaire === previous.questionnaire && state.proposal === previous.proposal)
    ) {
      return;
    }
    const fragment = fragmentFor(state.questionnaire, state.proposal);
    if (fragment === win.location.hash) return;
    const { pathname, search } = win.location;
    win.history.pushState(null, '', `${pathname}${search}${fragment}`);
    lastLoaded = win.location.hash;
  });

  win.addEventListener('popstate', load);
  win.addEventListener('hashchange', load);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', load);
    win.removeEventListener('hashchange', load);
  };
}
