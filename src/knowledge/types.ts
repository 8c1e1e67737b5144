/**
 * Types of the WFP knowledge base (DESIGN §3). Every record is read-only data that cites its
 * sources by id; facts the documentation leaves open or contradicts carry a `confidence` and a
 * note so the UI can show them. Pure: no imports beyond the vocabulary and the id lists.
 */
import type {
  CONDITION_IDS,
  INJECTION_IDS,
  IPSEC_CONDITION_IDS,
  LAYER_IDS,
  SOURCE_IDS,
  WFP_API_SOURCE_IDS,
} from './ids';
import type {
  Basis,
  MinOs,
  Moment,
  PathDirection,
  Protocol,
  RedirectTarget,
  Traffic,
} from './vocabulary';

/** Id of a row in SOURCES (sources.ts): a checked union. */
export type SourceId = (typeof SOURCE_IDS)[number] | (typeof WFP_API_SOURCE_IDS)[number];

export interface Source {
  readonly id: SourceId;
  readonly title: string;
  /** A Microsoft Learn page, a Microsoft sample on GitHub, an RFC, or a cited third-party page. */
  readonly url: string;
  readonly kind: 'learn' | 'sample' | 'issue' | 'rfc' | 'third-party';
}

/**
 * How sure the data is: stated in Microsoft documentation, shown only in Microsoft sample code,
 * or inferred from documented facts (the docs are silent or contradict each other).
 */
export type Confidence = 'documented' | 'sample' | 'inferred';

/**
 * A fact the documentation leaves open or contradicts, shown next to the data it concerns. Its
 * words (title, topic, note) are in caveat-notes.ts by the same key, so records carry no prose.
 */
export interface Caveat {
  /** Its id: the id of the open question it is (open-questions.ts), the key of its words. */
  readonly id: string;
  readonly kind: 'gap' | 'conflict' | 'doc-typo';
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

/**
 * Id of a layer family: the FWPM_LAYER_* name without `FWPM_LAYER_` and `_V4`/`_V6`, lower-case,
 * `_` → `-` (DESIGN §3). E.g. `ale-auth-connect`, `inbound-transport-discard`, `ipforward`.
 */
export type LayerId = (typeof LAYER_IDS)[number];

/**
 * Drawing band, top to bottom (DESIGN): the user-mode IKE/IPsec/RPC band; ALE; stream and
 * datagram data; transport and ICMP error; IP packet and forward; MAC frame; the vSwitch path
 * beside; internal layers that must not be used.
 */
export type Tier =
  'user-mode' | 'ale' | 'data' | 'transport' | 'network' | 'mac' | 'vswitch' | 'internal';

/**
 * Rung of the "highest layer" preference order (DESIGN §5.1), 1 = most preferred:
 * 1 ALE · 2 stream/datagram-data · 3 stream-packet, transport, ICMP error · 4 IP packet, IP forward ·
 * 5 MAC frame. The vSwitch path, the user-mode layers and internal layers have no rung (null):
 * they serve only their own kind of task.
 */
export type PreferenceRung = 1 | 2 | 3 | 4 | 5 | null;

/** Which side of the diagram a layer sits on. */
export type Side = 'inbound' | 'outbound' | 'both' | 'none';

export type IpsecStatus = 'compatible' | 'conditional' | 'incompatible' | 'not-applicable';

/** Whether a BLOCK decision is available at a layer, for a filter or a callout. */
export type BlockRule =
  /** Blocking is a normal decision here. */
  | 'allowed'
  /** The docs say not to block here (flow-established: only to close on a security-relevant error). */
  | 'forbidden'
  /** Cleanup/notification points or policy layers where no permit/block decision is made. */
  | 'not-a-decision-point'
  /** No document says what a block here does. */
  | 'undocumented';

/** How a callout can hold a decision for later (DESIGN §5.5). */
export type PendMechanism =
  /** FwpsPendOperation0 / FwpsCompleteOperation0 (ALE authorization layers). */
  | 'pend-operation'
  /** FwpsPendClassify0 / FwpsCompleteClassify0 (redirect and endpoint-closure layers). */
  | 'pend-classify'
  /** Absorb (BLOCK + FWPS_CLASSIFY_OUT_FLAG_ABSORB), clone or reference, reinject later. */
  | 'out-of-band';

/** Name of an injection function, e.g. `FwpsStreamInjectAsync0`. */
export type InjectionId = (typeof INJECTION_IDS)[number];

/** A FWPM_CONDITION_* identifier or a FWP_CONDITION_FLAG_* flag usable in a filter condition. */
export type ConditionId = (typeof CONDITION_IDS)[number];
export type IpsecConditionId = (typeof IPSEC_CONDITION_IDS)[number];

export interface LayerIpsec {
  /** Status for plain permit/block filters added from user mode. */
  readonly userModeFilter: IpsecStatus;
  /** Status for a kernel callout registered here. */
  readonly callout: IpsecStatus;
  /** Status for a callout here that receive-injects (rebuilt header), when it differs. */
  readonly calloutReceiveInjecting?: IpsecStatus;
  /** Why a plain user-mode filter here has its status (when it differs from the callout reason). */
  readonly userModeFilterReason?: string;
  /** Confidence of `userModeFilterReason` (defaults to `confidence`). */
  readonly userModeFilterConfidence?: Confidence;
  /** Ids into IPSEC_CONDITIONS that a `conditional` callout must follow. */
  readonly conditions: readonly IpsecConditionId[];
  readonly reason: string;
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

/** What a layer sees (its words — what it sees, where the data starts — are in layer-notes.ts). */
export interface LayerSees {
  /** Which `traffic` answers this layer sees. */
  readonly traffic: readonly Traffic[];
  /** Which `protocol` answers this layer sees in full. */
  readonly protocols: readonly Protocol[];
  /** Packet/connection directions it is indicated for. */
  readonly directions: readonly PathDirection[];
  /** For local traffic: the moments it is classified at ([] when the layer has no local moment). */
  readonly moments: readonly Moment[];
  /** What one classify is about. */
  readonly unit:
    'socket-operation' | 'connection' | 'stream' | 'packet' | 'frame' | 'policy' | 'none';
}

/** What a layer allows (its words — blocking, injection, pending — are in layer-notes.ts). */
export interface LayerActions {
  /** A plain user-mode permit/block filter here. */
  readonly filterBlock: BlockRule;
  /** A callout returning FWP_ACTION_BLOCK here. */
  readonly calloutBlock: BlockRule;
  /** Kernel callouts can be registered here (false for user-mode and internal layers). */
  readonly callouts: boolean;
  /** A callout can observe the traffic here (inspection / monitoring). */
  readonly inspect: boolean;
  /** A callout can change the traffic here (clone-modify-inject, stream edit, or layer-data write). */
  readonly modify: boolean;
  /** Injection functions that fit this layer (ids into INJECTION_FUNCTIONS). */
  readonly injection: readonly InjectionId[];
  /** Redirect targets a callout can implement here (only the redirect layers). */
  readonly redirect: readonly RedirectTarget[];
  /** Ways a callout can hold the decision ([] = asynchronous processing not supported). */
  readonly pend: readonly PendMechanism[];
  /** Inbound throttling by deferring (stream DEFER + FwpsStreamContinue0). */
  readonly defer: boolean;
  /** IPsec policy is configured here (user-mode IKE/IPsec layers). */
  readonly configureIpsec: boolean;
}

export interface Layer {
  readonly id: LayerId;
  /** Human name, e.g. "ALE auth connect". */
  readonly name: string;
  /** FWPM_LAYER_* GUID names (V4 and V6 where both exist). */
  readonly fwpm: readonly string[];
  /** FWPS_LAYER_* run-time ids (user-mode layers have them too; none for the _FAST layers). */
  readonly fwps: readonly string[];
  readonly tier: Tier;
  readonly rung: PreferenceRung;
  /** Global top-to-bottom order for drawing and for ties inside a rung (lower = higher in the stack). */
  readonly stackOrder: number;
  readonly side: Side;
  /** User-mode layers run in BFE/IKE/RPC, not in the kernel packet path. */
  readonly mode: 'kernel' | 'user';
  /** Microsoft-internal layers (the _FAST layers): shown, never recommended. */
  readonly internal: boolean;
  /** For a *_DISCARD layer: the layer it mirrors. */
  readonly discardOf?: LayerId;
  readonly minOs: MinOs | null;
  readonly sees: LayerSees;
  /** Whether a callout can read the payload here. */
  readonly payload: 'yes' | 'no' | 'first-packet' | 'ciphertext-if-ipsec';
  /** Filter conditions a user-mode filter can match here (ids into CONDITIONS). */
  readonly conditions: readonly ConditionId[];
  /**
   * Basis items a callout sees here beyond the conditions (payload, headers, fragments, volume,
   * metadata such as the process path).
   */
  readonly calloutExtraBasis: readonly Basis[];
  /** FWPS_METADATA_FIELD_FLOW_HANDLE is delivered: a flow context from flow-established reaches it. */
  readonly carriesFlowHandle: boolean;
  /** App/user identity: a filter condition, only via a flow context, or not at all. */
  readonly identity: 'condition' | 'flow-context' | 'none';
  readonly actions: LayerActions;
  readonly ipsec: LayerIpsec;
  /** One line for a tooltip. */
  readonly summary: string;
  readonly caveats: readonly Caveat[];
  readonly sourceIds: readonly SourceId[];
}

/** A filter condition; its words (what it matches, a note) are in condition-notes.ts. */
export interface FilterCondition {
  readonly id: ConditionId;
  /** The basis item it lets a filter decide on (null = a condition the vocabulary does not ask about). */
  readonly basis: Basis | null;
  readonly minOs: MinOs;
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

/** The path injected data enters (one per injection function). */
export type InjectionPath =
  | 'stream'
  | 'transport-send'
  | 'transport-receive'
  | 'network-send'
  | 'network-receive'
  | 'forward'
  | 'mac-send'
  | 'mac-receive'
  | 'vswitch-ingress';

/** An injection function; its words (what the buffer starts with, notes) are in injection-notes.ts. */
export interface InjectionFunction {
  readonly id: InjectionId;
  /** Path the injected data enters. */
  readonly path: InjectionPath;
  /** Layers it is used from. */
  readonly fromLayers: readonly LayerId[];
  readonly minOs: MinOs;
  /** TCP may only be injected out of band (from a DPC), never inline from classifyFn. */
  readonly tcpOutOfBandOnly: boolean;
  readonly sourceIds: readonly SourceId[];
}

export type ConsiderationId =
  | 'user-mode-first'
  | 'highest-layer'
  | 'no-block-at-flow-established'
  | 'classify-at-dispatch'
  | 'receive-injection-checksum'
  | 'tcp-injection-needs-dpc'
  | 'outbound-header-alignment';

/** One of the seed page's seven considerations. */
export interface Consideration {
  readonly id: ConsiderationId;
  readonly title: string;
  /** The consideration, in our words. */
  readonly text: string;
  /** When it applies, in plain words. */
  readonly appliesWhen: string;
  readonly caveats: readonly Caveat[];
  readonly sourceIds: readonly SourceId[];
}

/** A rule an IPsec-`conditional` callout must follow. */
export interface IpsecCondition {
  readonly id: IpsecConditionId;
  readonly text: string;
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

export interface Alternative {
  readonly id: string;
  readonly name: string;
  /**
   * When the technology is an existing signed WFP driver: the layers its own callouts sit at
   * (the diagram marks them as where the alternative does the work).
   */
  readonly runsAt?: readonly LayerId[];
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

/** An open question from the sources, shown as data rather than hidden. */
export interface OpenQuestion {
  readonly id: string;
  readonly title: string;
  readonly note: string;
  readonly kind: 'gap' | 'conflict' | 'doc-typo';
  readonly layerIds: readonly LayerId[];
  readonly sourceIds: readonly SourceId[];
}

/** Which user-mode events report a layer's classifications (security auditing, net events). */
export type AuditEvents = 'connection' | 'bind' | 'listen' | 'discard';

/** A user-mode event source that reports what a monitor needs. */
export interface UserModeEvents {
  readonly layerId: LayerId;
  /** Moments (local traffic) the events report. */
  readonly moments: readonly Moment[];
  /** Which events report it (words in src/i18n/en/considerations.ts). */
  readonly events: AuditEvents;
  readonly minOs: MinOs;
  readonly sourceIds: readonly SourceId[];
}

/** A built-in callout that does the job from user mode (no driver of one's own). */
export interface BuiltInCallout {
  readonly layerId: LayerId;
  readonly name: string;
  readonly sourceIds: readonly SourceId[];
}
