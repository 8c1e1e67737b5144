/**
 * A proposed design's vocabulary (DESIGN §4 `p-…` keys): what links and decision records read and
 * write. Kept apart from the review engine (review.ts re-exports it) so reading a link or a record
 * does not load the review. Pure.
 */
import type { LayerId } from '@/knowledge/types';

export type ProposalKind = 'filter' | 'callout';
export type ProposalCallout = 'inspect' | 'modify' | 'redirect' | 'inject' | 'pend';
export type ProposalWeight = 'below-universal' | 'above-universal';

export const PROPOSAL_KINDS: readonly ProposalKind[] = ['filter', 'callout'];
export const PROPOSAL_CALLOUTS: readonly ProposalCallout[] = [
  'inspect',
  'modify',
  'redirect',
  'inject',
  'pend',
];
export const PROPOSAL_WEIGHTS: readonly ProposalWeight[] = ['below-universal', 'above-universal'];

export interface Proposal {
  /** `p-layers`: the layers the design uses. */
  readonly layers: readonly LayerId[];
  /** `p-kind`: plain filters from user mode, or a kernel callout. */
  readonly kind: ProposalKind;
  /** `p-callout`: what the callout does (only for kind=callout). */
  readonly callout?: ProposalCallout;
  /** `p-inject`: an injection function name from the knowledge base. */
  readonly inject?: string;
  /** `p-weight`: the sublayer weight relative to FWPM_SUBLAYER_UNIVERSAL. */
  readonly weight?: ProposalWeight;
}

export type ReviewVerdict = 'sound' | 'gaps' | 'higher-better' | 'does-not-work';
