/**
 * The recommendation (DESIGN §5): what `recommend(profile)` returns. Pure types.
 */
import type {
  Confidence,
  ConsiderationId,
  IpsecConditionId,
  IpsecStatus,
  LayerId,
  PendMechanism,
  PreferenceRung,
  SourceId,
} from '@/knowledge/types';
import type {
  Action,
  Basis,
  Decider,
  MinOs,
  Moment,
  PathDirection,
  Profile,
  Traffic,
} from '@/knowledge/vocabulary';
import type { AuditEvents, Unit } from './design';
import type { Substitute as Technology } from './substitute';
import type { AlternativeParams, AlternativeWhy } from './alternative-rules';
import type { ConsiderationWhy } from './consideration-rules';
import type { Coded, NoParams } from './messages';
import type { ExclusionReason } from './exclusion-reasons';
import type { WarningId, WarningParams } from './warnings';

export type Verdict = 'user-mode' | 'kernel-callout' | 'other-technology';

/** Why a layer is not workable: a stable code (words in src/i18n/en/exclusions.ts via its message). */
export type ExclusionCode =
  | 'basis-not-visible'
  | 'block-forbidden'
  | 'block-undocumented'
  | 'cannot-inspect'
  | 'cannot-modify'
  | 'cannot-pend'
  | 'direction-not-seen'
  | 'discard-only'
  | 'internal-layer'
  | 'moment-not-seen'
  | 'needs-callout'
  | 'no-callouts'
  | 'no-decision-point'
  | 'no-identity-here'
  | 'no-injection'
  | 'no-redirect'
  | 'no-shaping'
  | 'no-user-mode-event'
  | 'not-on-os'
  | 'not-rewritable'
  | 'not-vswitch-path'
  | 'not-workable'
  | 'outside-wfp'
  | 'partial-coverage'
  | 'protocol-not-seen'
  | 'serves-other-task'
  | 'traffic-not-seen'
  | 'vm-not-known-here'
  | 'vswitch-path-only';

/** What a companion layer does for the design: a stable code. */
export type CompanionRole =
  | 'flow-context'
  | 'ale-classify'
  | 'return-path'
  | 'require-ipsec'
  | 'ipsec-policy'
  | 'other-direction'
  | 'pair-protocol'
  | 'proposed';

/** How a layer node is drawn for a result (DESIGN §6 `data-state`). */
export type LayerState = 'recommended' | 'companion' | 'workable' | 'excluded' | 'idle';

/** What a companion does for the design: the parameters of each message. */
export interface CompanionParams {
  readonly 'serves-rest': {
    readonly units: readonly Unit[];
    readonly traffic: Traffic;
    readonly primary: LayerId;
  };
  readonly 'flow-context': { readonly layers: readonly LayerId[] };
  readonly 'ale-classify': { readonly layers: readonly LayerId[] };
  readonly 'return-path': { readonly units: readonly Unit[]; readonly traffic: Traffic };
  readonly 'nat-return-path': {
    readonly layer: LayerId;
    readonly units: readonly Unit[];
    readonly traffic: Traffic;
    readonly injection: string;
  };
  readonly 'require-ipsec': {
    readonly direction: PathDirection;
    readonly missing: readonly Basis[];
  };
  /** The layer's own summary (knowledge). */
  readonly 'layer-summary': { readonly layer: LayerId };
}

export type CompanionMessage = Coded<CompanionParams>;

export interface Companion {
  readonly layerId: LayerId;
  /** What it does for the design. */
  readonly role: CompanionRole;
  /** What it does for the design (words in src/i18n/en/companions.ts). */
  readonly message: CompanionMessage;
  readonly sourceIds: readonly SourceId[];
}

/** The parameters of each IPsec reason (words in src/i18n/en/ipsec.ts). */
export interface IpsecReasonParams {
  readonly 'configures-ipsec': NoParams;
  readonly 'diversion-driver': NoParams;
  readonly 'qos-policy': NoParams;
  readonly 'no-substitute': NoParams;
  readonly 'layer-2-only': NoParams;
  readonly 'no-wfp-layer': NoParams;
  /** The layer's documented status for user-mode filters (knowledge), audit or not. */
  readonly 'user-mode-filter': { readonly layer: LayerId; readonly audit: boolean };
  /** The layer's documented status for callouts (knowledge). */
  readonly callout: { readonly layer: LayerId; readonly reinjects: boolean };
}

/** Why a design has its IPsec status, as a coded message. */
export type IpsecReason = Coded<IpsecReasonParams>;

/** A fix for an IPsec-incompatible design: an alternative's why, or leaving IPsec alone. */
export type IpsecFixMessage = Coded<
  AlternativeParams & { readonly 'leave-ipsec-untouched': NoParams }
>;

export interface IpsecResult {
  readonly status: IpsecStatus;
  /** Rules a `conditional` design must follow (ids in src/knowledge/ipsec.ts, with sources). */
  readonly conditions: readonly { id: IpsecConditionId; sourceIds: readonly SourceId[] }[];
  readonly message: IpsecReason;
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
  readonly id: 'mutable-header-fields';
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

export interface IpsecFix {
  /** `leave-ipsec-untouched`, or the id of an alternative (ALTERNATIVES). */
  readonly id: string;
  readonly message: IpsecFixMessage;
  readonly sourceIds: readonly SourceId[];
}

export interface ConsiderationHit {
  readonly id: ConsiderationId;
  /** Why it applies to this design (words in src/i18n/en/considerations.ts). */
  readonly message: ConsiderationWhy;
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
  /** Why, as a stable code (`not-on-os`, `block-forbidden`, `traffic-not-seen`, …). */
  readonly code: ExclusionCode;
  /** Why, as a coded message (words in src/i18n/en/exclusions.ts). */
  readonly message: ExclusionReason;
  readonly sourceIds: readonly SourceId[];
}

export interface AlternativeHit {
  readonly id: string;
  /** Why it fits this design (words in src/i18n/en/alternatives.ts). */
  readonly message: AlternativeWhy;
}

/** The parameters of each rationale message (words in src/i18n/en/rationale.ts). */
export interface RationaleParams {
  readonly task: {
    readonly action: Action;
    readonly protocol: Profile['protocol'];
    readonly traffic: Traffic;
    readonly direction: Profile['direction'];
    readonly moment: Moment | null;
    readonly basis: readonly Basis[];
    readonly decider: Decider;
    readonly os: MinOs;
  };
  readonly 'vswitch-path': NoParams;
  readonly 'protect-route': NoParams;
  readonly 'rpc-route': NoParams;
  readonly 'decision-at-ale': NoParams;
  readonly 'recorded-at-authorization': NoParams;
  readonly 'shaping-outbound-qos': NoParams;
  readonly 'shaping-out-of-band': NoParams;
  readonly turnaround: NoParams;
  readonly 'user-mode-filtering': { readonly layer: LayerId };
  readonly 'no-filter-covers': NoParams;
  readonly 'code-on-data-path': { readonly action: Action; readonly decider: Decider };
  readonly 'highest-layer': {
    readonly layer: LayerId;
    readonly rung: PreferenceRung;
    readonly ruledOut: readonly { readonly layerId: LayerId; readonly code: ExclusionCode }[];
  };
  readonly companion: { readonly layer: LayerId; readonly message: CompanionMessage };
  readonly 'hold-decision': { readonly pend: PendMechanism };
  readonly injection: {
    readonly uses: readonly { readonly fn: string; readonly layer: LayerId }[];
  };
  readonly ipsec: { readonly status: IpsecStatus; readonly reason: IpsecReason };
  readonly 'own-driver-avoided': NoParams;
  readonly 'nothing-workable': { readonly os: MinOs };
}

export type RationaleMessage = Coded<RationaleParams>;

export interface RationaleStep {
  readonly id: string;
  readonly message: RationaleMessage;
  readonly sourceIds: readonly SourceId[];
}

/** The callout's type in the WDK taxonomy (words in src/i18n/en/build.ts). */
export type CalloutKind =
  | 'endpoint-closure'
  | 'flow-delete'
  | 'inline-inspection'
  | 'pended-authorization'
  | 'out-of-band-inspection'
  | 'terminating'
  | 'redirection'
  | 'out-of-band-stream-modification'
  | 'inline-stream-modification'
  | 'out-of-band-modification'
  | 'inline-modification'
  | 'out-of-band-rewrite'
  | 'inline-rewrite'
  | 'redirection-pended'
  | 'redirection-layer-data'
  | 'out-of-band-shaping'
  | 'stream-defer';

/** The build plan's one-line summary: the parameters of each message. */
export interface BuildSummaryParams {
  readonly nothing: NoParams;
  readonly 'built-in-filter': {
    readonly layer: LayerId;
    readonly builtIn: string;
    readonly companions: readonly LayerId[];
  };
  readonly filters: { readonly layer: LayerId; readonly companions: readonly LayerId[] };
  readonly audit: {
    readonly layer: LayerId;
    readonly companions: readonly LayerId[];
    readonly events: AuditEvents | null;
  };
  readonly 'ipsec-policy': { readonly layer: LayerId; readonly companions: readonly LayerId[] };
  readonly 'no-technology': { readonly layer: LayerId };
  readonly technology: { readonly layer: LayerId; readonly technology: Technology };
  readonly callout: { readonly layer: LayerId; readonly companions: readonly LayerId[] };
}

export type BuildSummary = Coded<BuildSummaryParams>;

/** What to build, in the terms of the API (for the result panel and starter code). */
export interface BuildPlan {
  /** The plan in one line (words in src/i18n/en/build.ts). */
  readonly message: BuildSummary;
  /** FWPM_CONDITION_* / flag ids the filter or callout filter matches on. */
  readonly conditions: readonly string[];
  /** FWP_CONDITION_FLAG_* ids the filter matches as not set. */
  readonly notSet?: readonly string[];
  /** Callout type in the WDK taxonomy, when a callout is needed. */
  readonly calloutKind?: CalloutKind;
  /** Injection functions the design calls. */
  readonly injection: readonly string[];
  /** How the decision is held, when it is. */
  readonly pendMechanism?: PendMechanism;
  /** The filter's action type (FWP_ACTION_*), when the design adds filters. */
  readonly filterAction?: string;
  /** Filter and session flags the constraints call for (lifetime, fail, precedence). */
  readonly filterFlags?: readonly string[];
  /** Callout registration flags the design relies on. */
  readonly calloutFlags?: readonly string[];
  /** A built-in callout the user-mode filter calls instead of a driver of one's own. */
  readonly builtInCallout?: string;
  /** What the product runs instead of its own callout (own-driver=avoid): ALTERNATIVES id. */
  readonly technology?: { readonly id: Technology };
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
