/**
 * Sourced facts the engine's rules read beyond the layer records: which basis items never change
 * within a flow, which user-mode event sources report what, which built-in callouts do a job from
 * user mode, which IPsec rules concern inbound packets, and where identity and IPsec requirements
 * are carried. Each entry cites its sources. Pure data.
 */
import type { BuiltInCallout, IpsecConditionId, LayerId, SourceId, UserModeEvents } from './types';
import type { Basis } from './vocabulary';

/** Identity items: filter conditions only at ALE; below ALE only through a flow context. */
export const IDENTITY_BASIS: ReadonlySet<Basis> = new Set<Basis>([
  'app',
  'user',
  'package',
  'remote-identity',
]);

/**
 * Facts that do not change within a flow (DESIGN §5.4): a decision on them is made once, when ALE
 * authorizes the flow, and the rest of the flow follows that decision.
 */
export const FLOW_INVARIANT_BASIS: ReadonlySet<Basis> = new Set<Basis>([
  'app',
  'user',
  'package',
  'remote-identity',
  'address',
  'port',
  'protocol',
  'interface',
  'loopback',
  'icmp-type',
]);

/**
 * What a Policy-based QoS policy matches: application, addresses, protocol and ports ("Policy-based
 * QoS", "How Policy-based QoS works"; qos-top, qos-works) — and the volume it measures against its
 * throttle rate, which is what a fixed rate limit decides on.
 */
export const QOS_BASIS: ReadonlySet<Basis> = new Set<Basis>([
  'app',
  'address',
  'port',
  'protocol',
  'volume',
]);

/**
 * The condition that names the VM a vSwitch slice concerns: the sender for traffic leaving a VM
 * (every vSwitch layer), the receiver for traffic arriving at a VM — known only at the egress
 * layers, after the switch has forwarded the frame (wdk-vsw-flow, w32-cond, FWPS fields pages).
 */
export const VM_CONDITION_BY_DIRECTION = {
  outbound: 'FWPM_CONDITION_VSWITCH_SOURCE_VM_ID',
  inbound: 'FWPM_CONDITION_VSWITCH_DESTINATION_VM_ID',
} as const;

/**
 * Where replies to a gateway's own (translated) address are seen: they are addressed to this
 * host, so they are local inbound traffic at the inbound IP packet layer — not at IP forward —
 * until the design translates them back and forwards them (wdk-insppts, wdk-layerreq, wdk-inj).
 */
export const NAT_RETURN_LAYER: LayerId = 'inbound-ippacket';

/** Built-in callouts whose filters leave loopback out (w32-portscan: IS_LOOPBACK not set). */
export const BUILT_INS_EXCLUDING_LOOPBACK: ReadonlySet<string> = new Set([
  'inbound-transport-discard',
]);

/** Where §5.4 comes from: ALE authorizes a flow once and the flow follows. */
export const FLOW_INVARIANT_SOURCES: readonly SourceId[] = ['w32-alestate', 'w32-ale', 'w32-bp'];

/** Items that name header fields a modification rewrites (address/port count when nothing else is named). */
export const REWRITE_CONTENT_BASIS: ReadonlySet<Basis> = new Set<Basis>([
  'payload',
  'transport-header',
  'ip-header',
  'mac',
  'ethertype',
  'vlan',
]);

/**
 * User-mode event sources a monitor can rely on without a driver (DESIGN §5.3, expert note P9).
 * Keyed by the layer whose classification produces the events.
 */
export const USER_MODE_EVENTS: readonly UserModeEvents[] = [
  {
    layerId: 'ale-auth-connect',
    moments: ['connection'],
    events: 'connection',
    minOs: 'vista',
    sourceIds: ['w32-audit', 'w32-log', 'w32-new'],
  },
  {
    layerId: 'ale-auth-recv-accept',
    moments: ['connection'],
    events: 'connection',
    minOs: 'vista',
    sourceIds: ['w32-audit', 'w32-log', 'w32-new'],
  },
  {
    layerId: 'ale-resource-assignment',
    moments: ['bind'],
    events: 'bind',
    minOs: 'vista',
    sourceIds: ['w32-audit'],
  },
  {
    layerId: 'ale-auth-listen',
    moments: ['listen'],
    events: 'listen',
    minOs: 'vista',
    sourceIds: ['w32-audit'],
  },
];

/**
 * Dropped traffic is reported from user mode too: audit events 5152/5153 (packet drops) and the ALE
 * "blocked" events, and net events of type CLASSIFY_DROP. Which stack discards (as opposed to
 * filter drops) produce an event is not spelled out, hence `inferred` where this is used.
 */
export const DISCARD_EVENTS: Omit<UserModeEvents, 'layerId'> = {
  moments: ['discard'],
  events: 'discard',
  minOs: 'vista',
  sourceIds: ['w32-audit', 'w32-log'],
};

/** Built-in callouts that do a job from user mode. */
export const BUILT_IN_CALLOUTS: readonly BuiltInCallout[] = [
  {
    layerId: 'inbound-transport-discard',
    name: 'FWPM_CALLOUT_WFP_TRANSPORT_LAYER_V4_SILENT_DROP / _V6_SILENT_DROP',
    sourceIds: ['w32-builtin', 'w32-portscan', 'w32-tcpflow'],
  },
];

/**
 * IPsec rules that concern inbound packets (received, or reinjected into the receive path): a
 * transport callout that sees only outbound traffic follows only the sublayer rule (wdk-ipsec;
 * expert notes on the public scenarios).
 */
export const INBOUND_IPSEC_CONDITION_IDS: ReadonlySet<IpsecConditionId> = new Set([
  'register-at-recv-accept',
  'permit-ale-classify-required',
  'skip-undetunneled-tunnel',
  'detect-ipsec-correctly',
  'esp-length-from-net-buffer',
]);

/** The IPsec rules about packets that create or reauthorize a flow at ALE (never ICMP errors). */
export const ALE_FLOW_IPSEC_CONDITION_IDS: ReadonlySet<IpsecConditionId> = new Set([
  'register-at-recv-accept',
  'permit-ale-classify-required',
]);

/** The IPsec rule that applies only when the design reinjects into the receive path. */
export const REINJECTION_IPSEC_CONDITION: IpsecConditionId = 'rebuild-ip-header-before-reinjection';

/** Where a flow context for identity below ALE is associated (DESIGN §5.2). */
export const FLOW_CONTEXT_LAYER = 'ale-flow-established';
/** Sources for carrying identity to a data layer in a flow context. */
export const FLOW_CONTEXT_SOURCES: readonly SourceId[] = [
  'wdk-flowctx',
  'ddi-flowassociate',
  'wdk-metadata',
  'smp-msnmntr',
];

/** Where a transport callout handles packets that need ALE classification (IPsec rule 1). */
export const ALE_CLASSIFY_LAYER = 'ale-auth-recv-accept';

/**
 * Where a user-mode filter can require IPsec for traffic that IPsec policy cannot single out
 * (an application or user): block what is not IPsec-secured, per direction.
 */
export const REQUIRE_SECURED_LAYERS = {
  inbound: 'ale-auth-recv-accept',
  outbound: 'ale-auth-connect',
} as const;
/** Sources for requiring IPsec with an ALE filter (the IS_IPSEC_SECURED flag, firewall rules). */
export const REQUIRE_SECURED_SOURCES: readonly SourceId[] = [
  'w32-flags',
  'w32-ipseccfg',
  'ps-newrule',
];
