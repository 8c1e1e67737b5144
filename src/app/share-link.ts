import type { AppState } from '@/store/app-store';
import { reviewable } from '@/store/use-profile';
import { fragmentFor } from '@/share/link-policy';

/**
 * The canonical share link of what is on the page: the profile, the design under review and the
 * rules version (`r=`), even when the address bar still shows the link as it was opened.
 */
export function shareLinkOf(state: AppState, win: Window = window): string {
  const { origin, pathname } = win.location;
  return `${origin}${pathname}${fragmentFor(state.questionnaire, reviewable(state.proposal))}`;
}
