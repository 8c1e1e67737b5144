/**
 * The engine's working types: the normalized task, the coverage units a design must serve, and
 * the design the engine settled on. Rules, warnings, considerations and alternatives are named
 * predicates over a `Design` (STYLE §2.2 rule 11). Pure types.
 */
import type {
  BuiltInCallout,
  InjectionFunction,
  Layer,
  LayerId,
  PendMechanism,
  SourceId,
  UserModeEvents,
} from '@/knowledge/types';
import type { Basis, MinOs, Moment, PathDirection, Profile } from '@/knowledge/vocabulary';
import type { ExclusionReason } from './exclusion-reasons';
import type { Substitute } from './substitute';
import type { CompanionMessage, CompanionRole, Exclusion, ExclusionCode, Verdict } from './types';

/**
 * The protocol part of a coverage unit. `any-ip` payload work splits into `tcp` (stream) and
 * `non-tcp` (datagram-data: UDP, other IP protocols and non-error ICMP).
 */
export type UnitProtocol = Profile['protocol'] | 'non-tcp';

/** One slice of the traffic the design must serve: a protocol on one path direction. */
export interface Unit {
  readonly key: string;
  readonly protocol: UnitProtocol;
  readonly direction: PathDirection;
}

/**
 * How the design works at a layer:
 * `filter` — a plain user-mode filter (PERMIT/BLOCK, or a built-in callout);
 * `audit` — user-mode monitoring through security auditing and net events;
 * `ipsec-policy` — IPsec policy configured from user mode;
 * `callout` — the layers were chosen for what a kernel callout can do there.
 *
 * Whether the product builds that callout is the verdict, and only the verdict: everywhere in the
 * rules, "callout" means the product's own kernel callout (`verdict === 'kernel-callout'`). With
 * `own-driver=avoid` the mode stays `callout` (the layers a callout would use are still shown) but
 * the product runs `substitute` instead and nothing tells it to write callout code.
 */
export type Mode = 'filter' | 'audit' | 'ipsec-policy' | 'callout';

/** The normalized task plus the facts every rule asks about. */
export interface Task {
  readonly profile: Profile;
  readonly os: MinOs;
  readonly basis: ReadonlySet<Basis>;
  readonly units: readonly Unit[];
  /** Moments a layer must see (local traffic only); null when the moment does not constrain. */
  readonly moments: ReadonlySet<Moment> | null;
  /** The extra moment the audit route accepts (established connections are audited at connect/accept). */
  readonly auditMoments: ReadonlySet<Moment> | null;
  /** §5.4 applied: a per-connection decision on unchanging facts moves up to the ALE authorization. */
  readonly decisionAtAle: boolean;
  /** Outbound shaping is handed to Policy-based QoS; only the inbound part stays in WFP. */
  readonly shapingDelegated: boolean;
  /** The design must hold the decision for an outside decider (pend / out-of-band). */
  readonly mustHold: boolean;
}

/** Why a layer fails for one mode, with the check that failed. */
export interface Failure {
  /** The layer that fails (so a failure is also the layer's `Exclusion`). */
  readonly layerId: LayerId;
  readonly code: ExclusionCode;
  /** Why, as a coded message (words in src/i18n/en/exclusions.ts). */
  readonly message: ExclusionReason;
  readonly sourceIds: readonly SourceId[];
}

/** A layer's result for one mode: the units it serves, or the failure that stopped it. */
export interface LayerFit {
  readonly layer: Layer;
  readonly covered: readonly Unit[];
  readonly failure: Failure | null;
}

/** A layer that serves part of the traffic, with the slices it serves. */
export interface Serving {
  readonly layer: Layer;
  readonly units: readonly Unit[];
}

/** One injection the design makes. */
export interface InjectionUse {
  readonly layer: Layer;
  readonly unit: Unit;
  readonly fn: InjectionFunction;
}

/** A companion layer the design needs, with its role. */
export interface CompanionPick {
  readonly layer: Layer;
  readonly role: CompanionRole;
  readonly message: CompanionMessage;
  readonly sourceIds: readonly SourceId[];
}

/** User-mode event sources and built-in callouts are knowledge (src/knowledge/types.ts). */
export type { AuditEvents, BuiltInCallout, UserModeEvents } from '@/knowledge/types';

/** Everything the engine decided, for the rules that attach considerations, warnings and texts. */
export interface Design {
  readonly task: Task;
  readonly verdict: Verdict;
  /** The mode of the chosen layers (null when no WFP layer can do the task). */
  readonly mode: Mode | null;
  /** The own-driver constraint turned a callout design into another technology. */
  readonly driverAvoided: boolean;
  /** What the product runs instead of its own callout (ALTERNATIVES id), when a driver is avoided. */
  readonly substitute: Substitute | null;
  readonly primary: Layer | null;
  readonly companions: readonly CompanionPick[];
  /** Primary plus companions. */
  readonly layers: readonly Layer[];
  /** Workable layers, highest first. */
  readonly workable: readonly Layer[];
  readonly exclusions: readonly Exclusion[];
  /** The layers that serve the traffic (primary and coverage companions) with their units. */
  readonly serving: readonly Serving[];
  /** Injection calls the design makes: which function, from which layer, for which slice. */
  readonly injection: readonly InjectionUse[];
  /** How the decision is held when an outside decider answers later. */
  readonly pend: PendMechanism | null;
  /** The design redirects by rewriting packets instead of at a redirect layer. */
  readonly rewriteRedirect: boolean;
  /** App/user identity reaches a data layer through a flow context from flow-established. */
  readonly flowContext: boolean;
  readonly builtIn: BuiltInCallout | null;
  readonly audit: UserModeEvents | null;
  /** Layer ids that were ruled out because blocking is forbidden there. */
  readonly blockForbidden: readonly LayerId[];
  /** Basis items a plain filter can match at the primary on the minimum OS. */
  readonly primaryFilterBasis: ReadonlySet<Basis>;
  /**
   * The exclusions of the layers that rank above the primary (all exclusions when there is none),
   * in `exclusions` order.
   */
  readonly whyNotHigher: readonly Exclusion[];
  /** The design pends a TCP connect at ALE, where there is no packet to clone or reinject. */
  readonly tcpConnectWithoutPacket: boolean;
}
