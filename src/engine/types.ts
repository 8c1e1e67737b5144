/**
 * The recommendation (DESIGN §5): what `recommend(profile)` returns. Pure types.
 */
import type {
  Confidence,
  ConsiderationId,
  IpsecStatus,
  LayerId,
  SourceId,
} from '@/knowledge/types';
import type { Profile } from '@/knowledge/vocabulary';
import type { ExclusionReason } from './exclusion-reasons';
import type { WarningId, WarningParams } from './warnings';

export type Verdict = 'user-mode' | 'kernel-callout' | 'other-technology';

/** How a layer node is drawn for a result (DESIGN §6 `data-state`). */
export type LayerState = 'recommended' | 'companion' | 'workable' | 'excluded' | 'idle';

export interface Companion {
  readonly layerId: LayerId;
  /** Stable role code, e.g. `flow-context`, `other-direction`, `pair-protocol`, `redirect-check`. */
  readonly role: string;
  /** The role in words a reviewer can quote. */
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
}

export interface IpsecResult {
  readonly status: IpsecStatus;
  /** Rules a `conditional` design must follow (text with sources). */
  readonly conditions: readonly { id: string; text: string; sourceIds: readonly SourceId[] }[];
  readonly reason: string;
  readonly confidence: Confidence;
  /** How loudly to raise it: `loud` when IPsec is in use and the design is incompatible. */
  readonly emphasis: 'loud' | 'normal' | 'quiet';
  readonly sourceIds: readonly SourceId[];
  /** What the docs leave to inference, stated apart from the reason, each with its confidence. */
  readonly notes: readonly IpsecNote[];
  /** For an incompatible design: only fixes that exist for this task (an alternative, or a way around). */
  readonly fixes: readonly IpsecFix[];
}

export interface IpsecNote {
  /** Stable code (words in src/i18n/engine.ts). */
  readonly id: string;
  readonly text: string;
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

export interface IpsecFix {
  /** `leave-ipsec-untouched`, or the id of an alternative (ALTERNATIVES). */
  readonly id: string;
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
}

export interface ConsiderationHit {
  readonly id: ConsiderationId;
  /** Why it applies to this design. */
  readonly why: string;
}

/** A warning: its stable id (never reused) and the parameters its words take (src/i18n). */
export type Warning = {
  readonly [K in WarningId]: {
    readonly id: K;
    readonly severity: 'critical' | 'warning' | 'info';
    readonly params: WarningParams[K];
    readonly confidence: Confidence;
    readonly sourceIds: readonly SourceId[];
  };
}[WarningId];

export interface Exclusion {
  readonly layerId: LayerId;
  /** Stable reason code, e.g. `not-on-os`, `no-basis`, `block-forbidden`, `traffic-not-seen`. */
  readonly code: string;
  /** Why, as a coded message (words in src/i18n/en/exclusions.ts). */
  readonly message: ExclusionReason;
  readonly sourceIds: readonly SourceId[];
}

export interface AlternativeHit {
  readonly id: string;
  readonly why: string;
}

export interface RationaleStep {
  readonly id: string;
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
}

/** What to build, in the terms of the API (for the result panel and, later, starter code). */
export interface BuildPlan {
  readonly summary: string;
  /** FWPM_CONDITION_* / flag ids the filter or callout filter matches on. */
  readonly conditions: readonly string[];
  /** Why each of `conditions` is there, in the same order. */
  readonly conditionNotes: readonly { readonly id: string; readonly why: string }[];
  /** Callout type in the WDK taxonomy, when a callout is needed. */
  readonly calloutType?: string;
  /** Injection functions the design calls. */
  readonly injection: readonly string[];
  /** How the decision is held, when it is. */
  readonly pend?: string;
  /** The filter's action type (FWP_ACTION_*), when the design adds filters. */
  readonly filterAction?: string;
  /** Filter and session flags the constraints call for (lifetime, fail, precedence). */
  readonly filterFlags?: readonly string[];
  /** Callout registration flags the design relies on. */
  readonly calloutFlags?: readonly string[];
  /** A built-in callout the user-mode filter calls instead of a driver of one's own. */
  readonly builtInCallout?: string;
  /** What the product runs instead of its own callout (own-driver=avoid): ALTERNATIVES id, with its cost. */
  readonly technology?: { readonly id: string; readonly cost: string };
}

export interface Recommendation {
  /** Changes whenever any result can change. */
  readonly rulesVersion: string;
  /** The profile with defaults filled in and skipped keys removed. */
  readonly profile: Profile;
  readonly verdict: Verdict;
  /** The highest workable layer (null only for `other-technology` with no WFP layer). */
  readonly primary: LayerId | null;
  readonly companions: readonly Companion[];
  readonly ipsec: IpsecResult;
  readonly considerations: readonly ConsiderationHit[];
  readonly warnings: readonly Warning[];
  /** Every workable layer, highest first (the primary is the first). */
  readonly workable: readonly LayerId[];
  /** Every layer that is not workable, with its reason. */
  readonly excluded: readonly Exclusion[];
  /** The excluded layers that rank above the primary in the preference order, highest first. */
  readonly whyNotHigher: readonly Exclusion[];
  readonly alternatives: readonly AlternativeHit[];
  readonly rationale: readonly RationaleStep[];
  readonly build: BuildPlan;
}
