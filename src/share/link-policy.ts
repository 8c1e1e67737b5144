/**
 * The link policy (DESIGN §4): which fragment stands for the page, and what opening a fragment
 * does to the page. Pure; the store applies the result as it is (`loadFragment`) and the URL sync
 * writes `fragmentFor` into the address bar.
 *
 * Opening a link keeps as much as can be trusted, and never loses what the user had:
 * - an empty fragment is the start page;
 * - a fragment with nothing usable in it (a bad version, a broken encoding) keeps the answers
 *   and reports what was wrong;
 * - otherwise the valid part replaces the answers, replayed in asking order; a value the
 *   questionnaire cannot take after the earlier answers stops the replay there and is reported
 *   as a `conflict`, so the user can choose again;
 * - a link with a design under review (`p-…` keys) opens the review; its `r=` is kept only when
 *   it is not the app's own rules version (for the rules notice).
 */
import type { Proposal } from '@/engine/review';
import { RULES_VERSION } from '@/engine/version';
import * as machine from '@/questionnaire/machine';
import type { QuestionnaireState } from '@/questionnaire/types';
import { decodeLink, encodeLink, linkMessage, type ProfileError } from './url';

/** No link problems: one shared empty list, so selectors keep a stable reference. */
export const NO_LINK_ERRORS: readonly ProfileError[] = [];

/** What opening a link puts on the page (the store fields it sets; absent ones stay). */
export interface OpenedLink {
  readonly questionnaire?: QuestionnaireState;
  /** What was wrong with the link (empty when it was fine). */
  readonly profileErrors: readonly ProfileError[];
  /** The valid part replaced the answers (`loaded`), or nothing was usable and they were `kept`. */
  readonly linkOutcome: 'loaded' | 'kept';
  readonly proposal?: Proposal | null;
  readonly mode?: 'recommend' | 'review';
  readonly linkRules?: string | null;
  readonly openedRecord?: null;
}

/**
 * The fragment (with '#') for a questionnaire state; '' for the untouched start page. It holds the
 * profile as far as it is known, values that earlier answers settle included (`basis=app` settles
 * `traffic=local`), so a shared link reads the same to a person or another tool; a complete
 * profile also spells out `ipsec` and `min-os` as DESIGN §4's example link does. The design under
 * review (`p-…` keys) is written when one is being described, and `r=` names the rules. Pure.
 */
export function fragmentFor(
  questionnaire: QuestionnaireState,
  proposal: Proposal | null = null,
): string {
  const soFar = machine.profileSoFar(questionnaire);
  const hasProposal =
    proposal !== null && (proposal.layers.length > 0 || proposal.kind !== 'filter');
  if (Object.keys(soFar).length === 0 && !hasProposal) return '';
  const complete = machine.toProfile(questionnaire);
  const profile =
    complete === null ? soFar : { ...soFar, ipsec: complete.ipsec, 'min-os': complete['min-os'] };
  return `#${encodeLink({ profile, proposal: hasProposal ? proposal : null, rulesVersion: RULES_VERSION })}`;
}

/** What opening `fragment` (with or without '#') does to the page (see the file comment). Pure. */
export function openLink(fragment: string): OpenedLink {
  if (fragment.replace(/^#/, '') === '') {
    return {
      questionnaire: machine.start(),
      profileErrors: NO_LINK_ERRORS,
      linkOutcome: 'loaded',
      proposal: null,
      linkRules: null,
    };
  }
  const { profile, errors, proposal, rulesVersion } = decodeLink(fragment);
  if (errors.length > 0 && Object.keys(profile).length === 0 && proposal === undefined) {
    return { profileErrors: errors, linkOutcome: 'kept' };
  }
  const replay = machine.replayProfile(profile);
  const stop = replay.stoppedAt;
  const conflicts: ProfileError[] = [];
  if (stop !== null) {
    const value = profile[stop.id];
    const written = Array.isArray(value) ? value.join(',') : String(value);
    conflicts.push({
      code: 'conflict',
      key: stop.id,
      value: written,
      message: linkMessage('conflict', { key: stop.id, value: written, issue: stop.issue.message }),
    });
  }
  // A conflict already says the link was not taken as written; a spelling notice would be noise.
  const all = [
    ...(conflicts.length > 0 ? errors.filter((e) => e.code !== 'not-canonical') : errors),
    ...conflicts,
  ];
  return {
    questionnaire: replay.state,
    profileErrors: all.length === 0 ? NO_LINK_ERRORS : all,
    linkOutcome: 'loaded',
    proposal:
      proposal === undefined
        ? null
        : { ...proposal, layers: proposal.layers ?? [], kind: proposal.kind ?? 'filter' },
    // A link is the whole page: with a design under review it opens the review.
    mode: proposal !== undefined ? 'review' : 'recommend',
    linkRules: rulesVersion !== undefined && rulesVersion !== RULES_VERSION ? rulesVersion : null,
    openedRecord: null,
  };
}
