/**
 * Every WFP filtering layer family as one read-only record (V4/V6 merged; each *_DISCARD layer is
 * its own record with `discardOf`). Facts come from knowledge/layers.md §3–§6, rules.md §2–§4 and
 * expert-notes.md, each pointing into SOURCES by id; doubtful facts carry caveats from caveats.ts.
 * Pure data: records are spelled out on shared families and constants (`L`), and the discard
 * records are derived from the layers they mirror.
 */
import { CAVEATS } from './caveats';
import type {
  Caveat,
  ConditionId,
  Layer,
  LayerActions,
  LayerIpsec,
  LayerId,
  SourceId,
} from './types';
import type { Basis } from './vocabulary';

// ---------------------------------------------------------------------------------------------
// IPsec status per layer kind (DESIGN §5.6, rules.md §2, expert-notes P1/P2/P5)

const TRANSPORT_RULES = [
  'register-at-recv-accept',
  'sublayer-below-universal',
  'permit-ale-classify-required',
  'skip-undetunneled-tunnel',
  'rebuild-ip-header-before-reinjection',
  'detect-ipsec-correctly',
  'esp-length-from-net-buffer',
] as const;

const IPSEC_ALE: LayerIpsec = {
  userModeFilterReason:
    'A plain permit/block filter adds no callout, so it cannot disturb IPsec processing; IPsec processing of connection-creating packets is finished before ALE classifies them, and a filter here can even require protection (FWP_CONDITION_FLAG_IS_IPSEC_SECURED at receive-accept and connect, remote user/machine identity). The IPsec page states its rules for callouts only.',
  userModeFilterConfidence: 'inferred',
  userModeFilter: 'compatible',
  callout: 'conditional',
  conditions: ['sublayer-below-universal'],
  reason:
    'Plain filters here add no callout and match fields IPsec has already authenticated. A callout must sit in a sublayer weighted below FWPM_SUBLAYER_UNIVERSAL, where the built-in IPsec/ALE enforcement callouts run; IPsec processing of connection-creating packets is deferred until they reach ALE.',
  confidence: 'inferred',
  sourceIds: ['wdk-layerreq', 'wdk-ipsec', 'w32-ale'],
};

const IPSEC_RECV_ACCEPT: LayerIpsec = {
  ...IPSEC_ALE,
  calloutReceiveInjecting: 'conditional',
  conditions: ['sublayer-below-universal', 'rebuild-ip-header-before-reinjection'],
  reason:
    'Plain filters are compatible. A callout must use a sublayer below FWPM_SUBLAYER_UNIVERSAL; if it pends and reinjects the cloned packet, the AH/ESP header is still in the IP header and must be stripped (FwpsConstructIpHeaderForTransportPacket0) before receive injection.',
  sourceIds: ['wdk-layerreq', 'wdk-ipsec', 'smp-inspect', 'ddi-construct'],
};

const IPSEC_STREAM: LayerIpsec = {
  userModeFilterReason:
    "A plain filter adds no callout and matches the stream's addresses and ports, which IPsec leaves in cleartext.",
  userModeFilterConfidence: 'inferred',
  userModeFilter: 'compatible',
  callout: 'compatible',
  conditions: [],
  reason:
    'The IPsec page names the stream layer as the IPsec-compatible choice for TCP: it sees the byte stream after inbound decryption and before outbound encryption.',
  confidence: 'documented',
  sourceIds: ['wdk-ipsec'],
};

const IPSEC_DATAGRAM: LayerIpsec = {
  userModeFilterReason:
    'A plain filter adds no callout and matches fields seen after inbound IPsec processing and before outbound IPsec processing.',
  userModeFilterConfidence: 'inferred',
  userModeFilter: 'compatible',
  callout: 'compatible',
  calloutReceiveInjecting: 'conditional',
  conditions: ['rebuild-ip-header-before-reinjection'],
  reason:
    'Compatible (discard layer included) except when incoming packets are rebuilt and receive-injected: AH/ESP stays in the IP header, so rebuild the header before FwpsInjectTransportReceiveAsync0.',
  confidence: 'documented',
  sourceIds: ['wdk-ipsec', 'wdk-modex'],
};

const IPSEC_TRANSPORT: LayerIpsec = {
  userModeFilterReason:
    "A plain filter adds no callout; the IPsec page's six rules are for callouts. The transport layers see inbound packets after IPsec verification and outbound packets before IPsec is applied.",
  userModeFilterConfidence: 'inferred',
  userModeFilter: 'compatible',
  callout: 'conditional',
  conditions: TRANSPORT_RULES,
  reason:
    'A transport-layer callout is IPsec-compatible only if it follows all six rules of the IPsec page (register at ALE receive-accept too, sublayer below universal, permit ALE-classify-required packets, skip tunnel packets not yet detunneled, rebuild the IP header before reinjection, detect IPsec correctly) and measures ESP packets with NET_BUFFER_DATA_LENGTH.',
  confidence: 'documented',
  sourceIds: ['wdk-ipsec', 'wdk-layerreq', 'ddi-trecv'],
};

const IPSEC_STREAM_PACKET: LayerIpsec = {
  ...IPSEC_TRANSPORT,
  reason:
    'Not covered by the IPsec page; a Microsoft docs author said the transport rules apply. Follow all the transport-layer rules.',
  confidence: 'inferred',
  sourceIds: ['ms-issue-2108', 'wdk-ipsec'],
};

const IPSEC_ICMP_ERROR: LayerIpsec = {
  ...IPSEC_TRANSPORT,
  reason:
    'Not covered by the IPsec page. The ICMP-error layers sit in transport processing, so the transport-layer rules are applied conservatively.',
  confidence: 'inferred',
  sourceIds: ['wdk-ipsec', 'wdk-insppts'],
};

const IPSEC_NETWORK: LayerIpsec = {
  userModeFilterReason:
    "A plain filter adds no callout and matches only outer, cleartext IP header fields; IPsec compatibility, which concerns callouts, does not apply. Tunnel-mode traffic is matched on its tunnel endpoints' addresses.",
  userModeFilterConfidence: 'inferred',
  userModeFilter: 'not-applicable',
  callout: 'incompatible',
  conditions: [],
  reason:
    'Network and forwarding layers are incompatible with IPsec for callouts: inbound traffic is not yet decrypted or verified, outbound traffic is already encrypted. A plain filter here matches only outer, cleartext header fields (tunnel-mode traffic is matched on its tunnel endpoints).',
  confidence: 'documented',
  sourceIds: ['wdk-ipsec', 'wdk-mgmtlayers', 'w32-cond'],
};

const IPSEC_L2: LayerIpsec = {
  userModeFilterReason:
    'Plain filters on layer-2 fields (MAC addresses, EtherType, VLAN) add no callout and never look at the IP payload IPsec protects; IPsec compatibility does not apply.',
  userModeFilterConfidence: 'inferred',
  userModeFilter: 'not-applicable',
  callout: 'incompatible',
  conditions: [],
  reason:
    "Below IP, a host's IPsec traffic is still ciphertext (encrypted outbound, not yet decrypted inbound), so a callout cannot work on its payload. Plain filters on layer-2 fields do not touch IPsec.",
  confidence: 'inferred',
  sourceIds: ['wdk-l2', 'wdk-mgmtlayers'],
};

const IPSEC_VSWITCH: LayerIpsec = {
  ...IPSEC_L2,
  userModeFilterReason:
    'Plain filters on switch fields (MAC, VLAN, VM and port ids, outer IP addresses and ports) add no callout; IPsec compatibility, which concerns callouts, does not apply.',
  reason:
    "The vSwitch path carries frames below the VMs' and hosts' IP stacks, so IPsec-protected traffic is still ciphertext there. Plain filters on switch fields do not touch IPsec.",
  sourceIds: ['wdk-vsw', 'wdk-l2'],
};

const IPSEC_USER_MODE: LayerIpsec = {
  userModeFilter: 'not-applicable',
  callout: 'not-applicable',
  conditions: [],
  reason:
    'A user-mode layer run by BFE, IKE or RPC: no packets pass through it and no callouts run here.',
  confidence: 'documented',
  sourceIds: ['wdk-rtlayers', 'w32-op'],
};

const IPSEC_CONFIG: LayerIpsec = {
  ...IPSEC_USER_MODE,
  reason:
    'This is where IPsec itself is configured (keying-module and security-association policy); compatibility does not apply.',
  sourceIds: ['wdk-rtlayers', 'w32-ipseccfg'],
};

const IPSEC_INTERNAL: LayerIpsec = {
  ...IPSEC_USER_MODE,
  reason: 'A Microsoft-internal layer that must not be used.',
  confidence: 'documented',
  sourceIds: ['w32-layers'],
};

// ---------------------------------------------------------------------------------------------
// Shared condition lists (layers.md §4, the Win32 condition and flag pages)

const ICMP_ALIAS: readonly ConditionId[] = ['FWPM_CONDITION_ICMP_TYPE', 'FWPM_CONDITION_ICMP_CODE'];

/** Interface and address conditions of the IP layer (IP packet and ICMP error). */
const IP_INTERFACE_CONDITIONS: readonly ConditionId[] = [
  'FWPM_CONDITION_INTERFACE_INDEX',
  'FWPM_CONDITION_INTERFACE_TYPE',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
  'FWPM_CONDITION_IP_LOCAL_INTERFACE',
  'FWPM_CONDITION_IP_REMOTE_ADDRESS',
  'FWPM_CONDITION_SUB_INTERFACE_INDEX',
  'FWPM_CONDITION_TUNNEL_TYPE',
];

const IP_PACKET_CONDITIONS: readonly ConditionId[] = [
  'FWPM_CONDITION_FLAGS',
  ...IP_INTERFACE_CONDITIONS,
  'FWP_CONDITION_FLAG_IS_LOOPBACK',
];

/** A packet's flags, interface and 5-tuple, as the datagram-data and transport layers match it. */
const PACKET_TUPLE_CONDITIONS: readonly ConditionId[] = [
  'FWPM_CONDITION_FLAGS',
  'FWPM_CONDITION_INTERFACE_INDEX',
  'FWPM_CONDITION_INTERFACE_TYPE',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
  'FWPM_CONDITION_IP_LOCAL_INTERFACE',
  'FWPM_CONDITION_IP_LOCAL_PORT',
  'FWPM_CONDITION_IP_PROTOCOL',
  'FWPM_CONDITION_IP_REMOTE_ADDRESS',
  'FWPM_CONDITION_IP_REMOTE_PORT',
  'FWPM_CONDITION_SUB_INTERFACE_INDEX',
  'FWPM_CONDITION_TUNNEL_TYPE',
];

const TRANSPORT_CONDITIONS: readonly ConditionId[] = [
  ...PACKET_TUPLE_CONDITIONS,
  'FWPM_CONDITION_CURRENT_PROFILE_ID',
  'FWP_CONDITION_FLAG_IS_LOOPBACK',
  'FWP_CONDITION_FLAG_IS_RAW_ENDPOINT',
  ...ICMP_ALIAS,
];

const ALE_CONNECTION_COMMON: readonly ConditionId[] = [
  'FWPM_CONDITION_ALE_APP_ID',
  'FWPM_CONDITION_ALE_USER_ID',
  'FWPM_CONDITION_ALE_PACKAGE_ID',
  'FWPM_CONDITION_ALE_PACKAGE_FAMILY_NAME',
  'FWPM_CONDITION_ALE_REMOTE_USER_ID',
  'FWPM_CONDITION_ALE_REMOTE_MACHINE_ID',
  'FWPM_CONDITION_FLAGS',
  'FWPM_CONDITION_INTERFACE_TYPE',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
  'FWPM_CONDITION_IP_LOCAL_INTERFACE',
  'FWPM_CONDITION_IP_LOCAL_PORT',
  'FWPM_CONDITION_IP_PROTOCOL',
  'FWPM_CONDITION_IP_REMOTE_ADDRESS',
  'FWPM_CONDITION_IP_REMOTE_PORT',
  'FWPM_CONDITION_TUNNEL_TYPE',
  'FWP_CONDITION_FLAG_IS_LOOPBACK',
  ...ICMP_ALIAS,
];

/** A socket endpoint being released (resource release; endpoint closure adds the remote end). */
const ALE_ENDPOINT_CONDITIONS: readonly ConditionId[] = [
  'FWPM_CONDITION_ALE_APP_ID',
  'FWPM_CONDITION_ALE_USER_ID',
  'FWPM_CONDITION_ALE_PACKAGE_ID',
  'FWPM_CONDITION_FLAGS',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
  'FWPM_CONDITION_IP_LOCAL_INTERFACE',
  'FWPM_CONDITION_IP_LOCAL_PORT',
  'FWPM_CONDITION_IP_PROTOCOL',
];

/** An outgoing connect as the connect-redirect and connection-policy layers match it. */
const CONNECT_REQUEST_CONDITIONS: readonly ConditionId[] = [
  'FWPM_CONDITION_FLAGS',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
  'FWPM_CONDITION_IP_LOCAL_PORT',
  'FWPM_CONDITION_IP_PROTOCOL',
  'FWPM_CONDITION_IP_REMOTE_ADDRESS',
  'FWPM_CONDITION_IP_REMOTE_PORT',
  'FWPM_CONDITION_IP_DESTINATION_ADDRESS_TYPE',
];

const REAUTH_AND_NEXTHOP: readonly ConditionId[] = [
  'FWPM_CONDITION_IP_NEXTHOP_INTERFACE',
  'FWPM_CONDITION_NEXTHOP_INTERFACE_INDEX',
  'FWPM_CONDITION_NEXTHOP_INTERFACE_TYPE',
  'FWPM_CONDITION_NEXTHOP_SUB_INTERFACE_INDEX',
  'FWPM_CONDITION_NEXTHOP_TUNNEL_TYPE',
  'FWPM_CONDITION_ORIGINAL_PROFILE_ID',
  'FWPM_CONDITION_CURRENT_PROFILE_ID',
  'FWPM_CONDITION_REAUTHORIZE_REASON',
  'FWPM_CONDITION_ORIGINAL_ICMP_TYPE',
  'FWP_CONDITION_FLAG_IS_IPSEC_SECURED',
  'FWP_CONDITION_FLAG_IS_REAUTHORIZE',
  'FWP_CONDITION_FLAG_IS_RAW_ENDPOINT',
  'FWP_CONDITION_FLAG_IS_AUTH_FW',
];

/** The forward layer's conditions (its discard layer lacks only the fragment-group flag). */
const IPFORWARD_CONDITIONS: readonly ConditionId[] = [
  'FWPM_CONDITION_FLAGS',
  'FWPM_CONDITION_IP_SOURCE_ADDRESS',
  'FWPM_CONDITION_IP_DESTINATION_ADDRESS',
  'FWPM_CONDITION_IP_DESTINATION_ADDRESS_TYPE',
  'FWPM_CONDITION_IP_LOCAL_INTERFACE',
  'FWPM_CONDITION_IP_FORWARD_INTERFACE',
  'FWPM_CONDITION_SOURCE_INTERFACE_INDEX',
  'FWPM_CONDITION_SOURCE_SUB_INTERFACE_INDEX',
  'FWPM_CONDITION_DESTINATION_INTERFACE_INDEX',
  'FWPM_CONDITION_DESTINATION_SUB_INTERFACE_INDEX',
  'FWPM_CONDITION_IP_PHYSICAL_ARRIVAL_INTERFACE',
  'FWPM_CONDITION_IP_PHYSICAL_NEXTHOP_INTERFACE',
  'FWPM_CONDITION_ARRIVAL_INTERFACE_PROFILE_ID',
  'FWPM_CONDITION_NEXTHOP_INTERFACE_PROFILE_ID',
];

const MAC_ETHERNET_CONDITIONS: readonly ConditionId[] = [
  'FWPM_CONDITION_INTERFACE_MAC_ADDRESS',
  'FWPM_CONDITION_MAC_LOCAL_ADDRESS',
  'FWPM_CONDITION_MAC_REMOTE_ADDRESS',
  'FWPM_CONDITION_MAC_LOCAL_ADDRESS_TYPE',
  'FWPM_CONDITION_MAC_REMOTE_ADDRESS_TYPE',
  'FWPM_CONDITION_ETHER_TYPE',
  'FWPM_CONDITION_VLAN_ID',
  'FWPM_CONDITION_INTERFACE',
  'FWPM_CONDITION_INTERFACE_INDEX',
  'FWPM_CONDITION_NDIS_PORT',
  'FWPM_CONDITION_L2_FLAGS',
];

const MAC_NATIVE_CONDITIONS: readonly ConditionId[] = [
  'FWPM_CONDITION_NDIS_MEDIA_TYPE',
  'FWPM_CONDITION_NDIS_PHYSICAL_MEDIA_TYPE',
  'FWPM_CONDITION_INTERFACE',
  'FWPM_CONDITION_INTERFACE_TYPE',
  'FWPM_CONDITION_INTERFACE_INDEX',
  'FWPM_CONDITION_NDIS_PORT',
  'FWPM_CONDITION_L2_FLAGS',
];

const VSWITCH_COMMON: readonly ConditionId[] = [
  'FWPM_CONDITION_VLAN_ID',
  'FWPM_CONDITION_VSWITCH_TENANT_NETWORK_ID',
  'FWPM_CONDITION_VSWITCH_ID',
  'FWPM_CONDITION_VSWITCH_NETWORK_TYPE',
  'FWPM_CONDITION_VSWITCH_SOURCE_INTERFACE_ID',
  'FWPM_CONDITION_VSWITCH_SOURCE_INTERFACE_TYPE',
  'FWPM_CONDITION_VSWITCH_SOURCE_VM_ID',
  'FWPM_CONDITION_VSWITCH_L2_FLAGS',
];

const VSWITCH_DESTINATION: readonly ConditionId[] = [
  'FWPM_CONDITION_VSWITCH_DESTINATION_INTERFACE_ID',
  'FWPM_CONDITION_VSWITCH_DESTINATION_INTERFACE_TYPE',
  'FWPM_CONDITION_VSWITCH_DESTINATION_VM_ID',
];

const VSWITCH_ETHERNET: readonly ConditionId[] = [
  'FWPM_CONDITION_MAC_SOURCE_ADDRESS',
  'FWPM_CONDITION_MAC_SOURCE_ADDRESS_TYPE',
  'FWPM_CONDITION_MAC_DESTINATION_ADDRESS',
  'FWPM_CONDITION_MAC_DESTINATION_ADDRESS_TYPE',
  'FWPM_CONDITION_ETHER_TYPE',
  ...VSWITCH_COMMON,
];

const VSWITCH_TRANSPORT: readonly ConditionId[] = [
  'FWPM_CONDITION_IP_SOURCE_ADDRESS',
  'FWPM_CONDITION_IP_DESTINATION_ADDRESS',
  'FWPM_CONDITION_IP_PROTOCOL',
  'FWPM_CONDITION_IP_SOURCE_PORT',
  'FWPM_CONDITION_IP_DESTINATION_PORT',
  'FWPM_CONDITION_VSWITCH_ICMP_TYPE',
  'FWPM_CONDITION_VSWITCH_ICMP_CODE',
  ...VSWITCH_COMMON,
];

const RPC_COMMON: readonly ConditionId[] = [
  'FWPM_CONDITION_IP_LOCAL_ADDRESS_V4',
  'FWPM_CONDITION_IP_LOCAL_ADDRESS_V6',
  'FWPM_CONDITION_IP_LOCAL_PORT',
  'FWPM_CONDITION_IP_REMOTE_ADDRESS_V4',
  'FWPM_CONDITION_IP_REMOTE_ADDRESS_V6',
  'FWPM_CONDITION_PIPE',
  'FWPM_CONDITION_REMOTE_USER_TOKEN',
  'FWPM_CONDITION_RPC_AUTH_LEVEL',
  'FWPM_CONDITION_RPC_AUTH_TYPE',
  'FWPM_CONDITION_RPC_IF_UUID',
  'FWPM_CONDITION_RPC_IF_VERSION',
  'FWPM_CONDITION_RPC_PROTOCOL',
  'FWPM_CONDITION_SEC_ENCRYPT_ALGORITHM',
  'FWPM_CONDITION_SEC_KEY_SIZE',
];

const RPC_PROXY_COMMON: readonly ConditionId[] = [
  'FWPM_CONDITION_CLIENT_CERT_KEY_LENGTH',
  'FWPM_CONDITION_CLIENT_CERT_OID',
  'FWPM_CONDITION_CLIENT_TOKEN',
  'FWPM_CONDITION_RPC_PROXY_AUTH_TYPE',
  'FWPM_CONDITION_RPC_SERVER_NAME',
  'FWPM_CONDITION_RPC_SERVER_PORT',
];

// ---------------------------------------------------------------------------------------------
// What a callout sees beyond the filter conditions (calloutExtraBasis), below the data layers

/** The whole IP packet; a plain filter there cannot match port, protocol or ICMP type. */
const IP_PACKET_CALLOUT_BASIS: readonly Basis[] = [
  'payload',
  'transport-header',
  'ip-header',
  'volume',
  'port',
  'protocol',
  'icmp-type',
];

/** The whole IP packet, fragments included. */
const FRAGMENTED_IP_PACKET_CALLOUT_BASIS: readonly Basis[] = [
  'payload',
  'transport-header',
  'ip-header',
  'fragments',
  'volume',
  'port',
  'protocol',
  'icmp-type',
];

/** An Ethernet frame: the whole IP packet plus the IP addresses (no IP-address condition here). */
const MAC_CALLOUT_BASIS: readonly Basis[] = [...FRAGMENTED_IP_PACKET_CALLOUT_BASIS, 'address'];

/** A native frame: as Ethernet, plus the MAC fields native filters cannot match. */
const MAC_NATIVE_CALLOUT_BASIS: readonly Basis[] = [
  ...MAC_CALLOUT_BASIS,
  'mac',
  'ethertype',
  'vlan',
];

/** A vSwitch frame: the IP packet plus the IP addresses (the switch Ethernet layers match none). */
const VSWITCH_ETHERNET_CALLOUT_BASIS: readonly Basis[] = [...IP_PACKET_CALLOUT_BASIS, 'address'];

// ---------------------------------------------------------------------------------------------
// Shared action sets: bases that records spread and override, and shared wording

/** The action flags (their words are in layer-notes.ts): records spread a base, override flags. */
type ActionFlags = LayerActions;

/** A callout layer where blocking is a normal decision and a callout can only observe. */
const INSPECT_ACTIONS: ActionFlags = {
  filterBlock: 'allowed',
  calloutBlock: 'allowed',
  callouts: true,
  inspect: true,
  modify: false,
  injection: [],
  redirect: [],
  pend: [],
  defer: false,
  configureIpsec: false,
};

/** A packet layer where a callout clones, modifies and injects, holding packets out of band. */
const CLONE_MODIFY_INJECT_ACTIONS: ActionFlags = {
  ...INSPECT_ACTIONS,
  modify: true,
  pend: ['out-of-band'],
};

/** An ALE authorization layer where a callout can pend with FwpsPendOperation0. */
const PEND_OPERATION_ACTIONS: ActionFlags = { ...INSPECT_ACTIONS, pend: ['pend-operation'] };

/** An ALE redirect layer: the callout rewrites layer data; what a block does is undocumented. */
const REDIRECT_ACTIONS: ActionFlags = {
  ...INSPECT_ACTIONS,
  filterBlock: 'undocumented',
  calloutBlock: 'undocumented',
  modify: true,
  pend: ['pend-classify'],
};

/** No permit/block decision is made here (cleanup, notification and routing-policy points). */
const NOTIFY_ACTIONS: ActionFlags = {
  ...INSPECT_ACTIONS,
  filterBlock: 'not-a-decision-point',
  calloutBlock: 'not-a-decision-point',
};

function userModeActions(
  filterBlock: LayerActions['filterBlock'],
  configureIpsec: boolean,
): LayerActions {
  return {
    ...INSPECT_ACTIONS,
    filterBlock,
    calloutBlock: 'not-a-decision-point',
    callouts: false,
    inspect: false,
    configureIpsec,
  };
}

// ---------------------------------------------------------------------------------------------
// Record families: what every record of a band shares, stated once. A record names its family
// and states everything else itself — always its id, names, what it sees and its sources.

/** Fields a family may hold for all its records (never a record's names, view or sources). */
export type Family = Partial<
  Omit<Layer, 'id' | 'name' | 'fwpm' | 'fwps' | 'discardOf' | 'sees' | 'summary' | 'sourceIds'>
>;

const KERNEL = { mode: 'kernel', internal: false } satisfies Family;

/** The user-mode band: run by BFE, IKE or RPC; no packets, so no payload and no callouts. */
const USER_MODE = {
  tier: 'user-mode',
  rung: null,
  side: 'none',
  mode: 'user',
  internal: false,
  payload: 'no',
  calloutExtraBasis: [],
  carriesFlowHandle: false,
  identity: 'none',
} satisfies Family;

/** ALE: app and user identity are filter conditions; nothing beyond them for a callout. */
const ALE = {
  ...KERNEL,
  tier: 'ale',
  rung: 1,
  calloutExtraBasis: [],
  identity: 'condition',
} satisfies Family;

/** Stream and datagram data: payload with a flow handle; identity comes via the flow context. */
const DATA = {
  ...KERNEL,
  tier: 'data',
  payload: 'yes',
  carriesFlowHandle: true,
  identity: 'flow-context',
} satisfies Family;

/** The transport band (rung 3, Vista+): packets with their payload. */
const TRANSPORT_BAND = {
  ...KERNEL,
  tier: 'transport',
  rung: 3,
  minOs: 'vista',
  payload: 'yes',
} satisfies Family;

/** The ICMP-error pair: no flow (errors never reach ALE), so no flow handle and no identity. */
const ICMP_ERROR = {
  ...TRANSPORT_BAND,
  calloutExtraBasis: ['payload', 'volume'],
  carriesFlowHandle: false,
  identity: 'none',
  ipsec: IPSEC_ICMP_ERROR,
} satisfies Family;

/** The transport pair: packets of a flow, so the flow handle and flow context reach them. */
const TRANSPORT = {
  ...TRANSPORT_BAND,
  carriesFlowHandle: true,
  identity: 'flow-context',
  ipsec: IPSEC_TRANSPORT,
} satisfies Family;

/** Below transport: IPsec payload may be ciphertext; no flow handle, no identity. */
const BELOW_TRANSPORT = {
  ...KERNEL,
  payload: 'ciphertext-if-ipsec',
  carriesFlowHandle: false,
  identity: 'none',
} satisfies Family;

const NETWORK = {
  ...BELOW_TRANSPORT,
  tier: 'network',
  rung: 4,
  minOs: 'vista',
  ipsec: IPSEC_NETWORK,
} satisfies Family;

const MAC_FRAME = {
  ...BELOW_TRANSPORT,
  tier: 'mac',
  rung: 5,
  minOs: 'win8',
  ipsec: IPSEC_L2,
} satisfies Family;

const VSWITCH = {
  ...BELOW_TRANSPORT,
  tier: 'vswitch',
  rung: null,
  minOs: 'win8',
  ipsec: IPSEC_VSWITCH,
} satisfies Family;

/**
 * FWPS run-time layer ids from FWPM layer names: the SDK spells every FWPS_LAYER_* id as its
 * FWPM_LAYER_* name with the prefix changed (fwpsk.h FWPS_BUILTIN_LAYERS, w32-layers/wdk-rtlayers).
 */
export function fwpsNamesOf(fwpm: readonly string[]): readonly string[] {
  return fwpm.map((n) => n.replace(/^FWPM_LAYER_/, 'FWPS_LAYER_'));
}

/** The fields a record states beside its family: every one the family lacks; `fwps` is derived. */
export type OwnFields<F extends Family> = Omit<Layer, keyof F | 'discardOf' | 'fwps'> & {
  readonly fwpm: Layer['fwpm'];
  readonly fwps?: Layer['fwps'];
};

/**
 * A layer record from its family and its own fields: one spread, so every field either holds
 * reaches the record (a new optional `Layer` field cannot be dropped on the way). `own` must state
 * every field the family does not, and may not restate one the family holds; `fwps` defaults to
 * the names derived from `fwpm`.
 */
export function L<F extends Family>(family: F, own: OwnFields<F>): Layer {
  // `own` holds every key `family` lacks (checked where F is concrete), so the merge is a whole
  // Layer; TypeScript cannot see that through the generic `F`.
  return { ...family, fwps: fwpsNamesOf(own.fwpm), ...own } as Partial<Layer> as Layer;
}

// ---------------------------------------------------------------------------------------------
// The layer records, top of the stack first

const BASE_LAYERS: readonly Layer[] = [
  // ---- user-mode band: IKE / IPsec / keying / RPC ----
  L(USER_MODE, {
    id: 'ikeext',
    name: 'IKE/AuthIP main mode',
    fwpm: ['FWPM_LAYER_IKEEXT_V4', 'FWPM_LAYER_IKEEXT_V6'],
    stackOrder: 100,
    minOs: 'vista',
    sees: {
      traffic: ['local', 'forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: [],
      unit: 'policy',
    },
    conditions: [
      'FWPM_CONDITION_IP_LOCAL_ADDRESS',
      'FWPM_CONDITION_IP_REMOTE_ADDRESS',
      'FWPM_CONDITION_IP_LOCAL_INTERFACE',
      'FWPM_CONDITION_CURRENT_PROFILE_ID',
    ],
    actions: userModeActions('not-a-decision-point', true),
    ipsec: IPSEC_CONFIG,
    summary: 'User-mode layer where main-mode (IKE/AuthIP) IPsec policy is looked up.',
    caveats: [],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'w32-cond', 'w32-ipseccfg', 'w32-tunnel'],
  }),
  L(USER_MODE, {
    id: 'ipsec',
    name: 'IPsec quick mode',
    fwpm: ['FWPM_LAYER_IPSEC_V4', 'FWPM_LAYER_IPSEC_V6'],
    stackOrder: 110,
    minOs: 'vista',
    sees: {
      traffic: ['local', 'forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: [],
      unit: 'policy',
    },
    conditions: [
      'FWPM_CONDITION_IP_LOCAL_ADDRESS',
      'FWPM_CONDITION_IP_LOCAL_PORT',
      'FWPM_CONDITION_IP_PROTOCOL',
      'FWPM_CONDITION_IP_REMOTE_ADDRESS',
      'FWPM_CONDITION_IP_REMOTE_PORT',
      'FWPM_CONDITION_IP_LOCAL_INTERFACE',
      'FWPM_CONDITION_CURRENT_PROFILE_ID',
    ],
    actions: userModeActions('not-a-decision-point', true),
    ipsec: IPSEC_CONFIG,
    summary: 'User-mode layer where quick-mode IPsec policy is looked up.',
    caveats: [],
    sourceIds: [
      'w32-layers',
      'wdk-rtlayers',
      'w32-cond',
      'w32-ipseccfg',
      'w32-transportmode',
      'w32-tunnel',
    ],
  }),
  L(USER_MODE, {
    id: 'ipsec-km-demux',
    name: 'IPsec keying-module demux',
    fwpm: ['FWPM_LAYER_IPSEC_KM_DEMUX_V4', 'FWPM_LAYER_IPSEC_KM_DEMUX_V6'],
    stackOrder: 120,
    minOs: 'vista',
    sees: {
      traffic: ['local', 'forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['outbound'],
      moments: [],
      unit: 'policy',
    },
    conditions: ['FWPM_CONDITION_IP_LOCAL_ADDRESS', 'FWPM_CONDITION_IP_REMOTE_ADDRESS'],
    actions: userModeActions('not-a-decision-point', true),
    ipsec: IPSEC_CONFIG,
    summary: 'User-mode layer that picks the keying modules for an outgoing IPsec negotiation.',
    caveats: [],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'w32-cond', 'w32-ipseccfg', 'w32-tunnel'],
  }),
  L(USER_MODE, {
    id: 'km-authorization',
    name: 'Keying-module authorization',
    fwpm: ['FWPM_LAYER_KM_AUTHORIZATION'],
    stackOrder: 130,
    minOs: 'win7',
    sees: {
      traffic: ['local', 'forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: [],
      unit: 'policy',
    },
    conditions: [
      'FWPM_CONDITION_KM_AUTH_NAP_CONTEXT',
      'FWPM_CONDITION_REMOTE_ID',
      'FWPM_CONDITION_AUTHENTICATION_TYPE',
      'FWPM_CONDITION_KM_TYPE',
      'FWPM_CONDITION_KM_MODE',
      'FWPM_CONDITION_DIRECTION',
      'FWPM_CONDITION_IPSEC_POLICY_KEY',
    ],
    actions: userModeActions('allowed', false),
    ipsec: IPSEC_CONFIG,
    summary: 'Authorizes IPsec security-association establishment (Windows 7 and later).',
    caveats: [CAVEATS.kmAuthorizationMode.caveat],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'wdk-offsets', 'w32-cond', 'w32-tunnel'],
  }),
  L(USER_MODE, {
    id: 'rpc-um',
    name: 'RPC (user mode)',
    fwpm: ['FWPM_LAYER_RPC_UM'],
    stackOrder: 140,
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp'],
      directions: ['inbound'],
      moments: [],
      unit: 'connection',
    },
    conditions: [
      ...RPC_COMMON,
      'FWPM_CONDITION_DCOM_APP_ID',
      'FWPM_CONDITION_IMAGE_NAME',
      'FWPM_CONDITION_RPC_IF_FLAG',
      'FWPM_CONDITION_RPC_OPNUM',
    ],
    actions: userModeActions('allowed', false),
    ipsec: IPSEC_USER_MODE,
    summary: 'User-mode layer for allowing or blocking RPC calls by interface and caller.',
    caveats: [],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'w32-cond'],
  }),
  L(USER_MODE, {
    id: 'rpc-epmap',
    name: 'RPC endpoint mapper',
    fwpm: ['FWPM_LAYER_RPC_EPMAP'],
    stackOrder: 150,
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp'],
      directions: ['inbound'],
      moments: [],
      unit: 'connection',
    },
    conditions: RPC_COMMON,
    actions: userModeActions('allowed', false),
    ipsec: IPSEC_USER_MODE,
    summary: 'User-mode layer for RPC endpoint-mapper lookups.',
    caveats: [],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'w32-cond'],
  }),
  L(USER_MODE, {
    id: 'rpc-ep-add',
    name: 'RPC endpoint add',
    fwpm: ['FWPM_LAYER_RPC_EP_ADD'],
    stackOrder: 160,
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp'],
      directions: ['inbound'],
      moments: [],
      unit: 'connection',
    },
    conditions: [
      'FWPM_CONDITION_PROCESS_WITH_RPC_IF_UUID',
      'FWPM_CONDITION_RPC_EP_FLAGS',
      'FWPM_CONDITION_RPC_EP_VALUE',
      'FWPM_CONDITION_RPC_PROTOCOL',
    ],
    actions: userModeActions('allowed', false),
    ipsec: IPSEC_USER_MODE,
    summary: 'User-mode layer for new RPC endpoints being added.',
    caveats: [],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'w32-cond'],
  }),
  L(USER_MODE, {
    id: 'rpc-proxy-conn',
    name: 'RPC proxy connection',
    fwpm: ['FWPM_LAYER_RPC_PROXY_CONN'],
    stackOrder: 170,
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp'],
      directions: ['inbound'],
      moments: [],
      unit: 'connection',
    },
    conditions: RPC_PROXY_COMMON,
    actions: userModeActions('allowed', false),
    ipsec: IPSEC_USER_MODE,
    summary: 'User-mode layer for RpcProxy connection requests.',
    caveats: [],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'w32-cond'],
  }),
  L(USER_MODE, {
    id: 'rpc-proxy-if',
    name: 'RPC proxy interface',
    fwpm: ['FWPM_LAYER_RPC_PROXY_IF'],
    stackOrder: 180,
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp'],
      directions: ['inbound'],
      moments: [],
      unit: 'connection',
    },
    conditions: [
      ...RPC_PROXY_COMMON,
      'FWPM_CONDITION_RPC_IF_UUID',
      'FWPM_CONDITION_RPC_IF_VERSION',
    ],
    actions: userModeActions('allowed', false),
    ipsec: IPSEC_USER_MODE,
    summary: 'User-mode layer for the interface used over RpcProxy connections.',
    caveats: [],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'w32-cond'],
  }),

  // ---- ALE, in socket-lifecycle order ----
  L(ALE, {
    id: 'ale-bind-redirect',
    name: 'ALE bind redirect',
    fwpm: ['FWPM_LAYER_ALE_BIND_REDIRECT_V4', 'FWPM_LAYER_ALE_BIND_REDIRECT_V6'],
    stackOrder: 200,
    side: 'both',
    minOs: 'win7',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp'],
      directions: ['inbound', 'outbound'],
      moments: ['bind'],
      unit: 'socket-operation',
    },
    payload: 'no',
    conditions: [
      'FWPM_CONDITION_ALE_APP_ID',
      'FWPM_CONDITION_ALE_USER_ID',
      'FWPM_CONDITION_ALE_PACKAGE_ID',
      'FWPM_CONDITION_FLAGS',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
      'FWPM_CONDITION_IP_LOCAL_PORT',
      'FWPM_CONDITION_IP_PROTOCOL',
    ],
    carriesFlowHandle: false,
    actions: {
      ...REDIRECT_ACTIONS,
      redirect: ['local-endpoint'],
    },
    ipsec: IPSEC_ALE,
    summary: 'Changes the local address or port of a socket at bind (Windows 7+).',
    caveats: [
      CAVEATS.blockAtNonDecisionLayers.caveat,
      CAVEATS.aleDiscardCoverage.caveat,
      CAVEATS.redirectActionType.caveat,
      CAVEATS.redirectOnlyWindows7Typo.caveat,
      CAVEATS.aleIpsecNotListed.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'w32-alelayers',
      'wdk-offsets',
      'wdk-types',
      'wdk-redir',
      'ddi-pendclassify',
      'wdk-metadata',
      'w32-cond',
      'wdk-w7',
    ],
  }),
  L(ALE, {
    id: 'ale-resource-assignment',
    name: 'ALE resource assignment',
    fwpm: ['FWPM_LAYER_ALE_RESOURCE_ASSIGNMENT_V4', 'FWPM_LAYER_ALE_RESOURCE_ASSIGNMENT_V6'],
    stackOrder: 210,
    side: 'both',
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: ['bind'],
      unit: 'socket-operation',
    },
    payload: 'no',
    conditions: [
      'FWPM_CONDITION_ALE_APP_ID',
      'FWPM_CONDITION_ALE_USER_ID',
      'FWPM_CONDITION_ALE_PACKAGE_ID',
      'FWPM_CONDITION_ALE_PACKAGE_FAMILY_NAME',
      'FWPM_CONDITION_ALE_PROMISCUOUS_MODE',
      'FWPM_CONDITION_ALE_SIO_FIREWALL_SYSTEM_PORT',
      'FWPM_CONDITION_FLAGS',
      'FWPM_CONDITION_INTERFACE_TYPE',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
      'FWPM_CONDITION_IP_LOCAL_INTERFACE',
      'FWPM_CONDITION_IP_LOCAL_PORT',
      'FWPM_CONDITION_IP_PROTOCOL',
      'FWPM_CONDITION_TUNNEL_TYPE',
      'FWPM_CONDITION_LOCAL_INTERFACE_PROFILE_ID',
      'FWP_CONDITION_FLAG_IS_WILDCARD_BIND',
      'FWP_CONDITION_FLAG_IS_RAW_ENDPOINT',
      'FWP_CONDITION_FLAG_IS_RECLASSIFY',
    ],
    carriesFlowHandle: false,
    actions: {
      ...PEND_OPERATION_ACTIONS,
    },
    ipsec: IPSEC_ALE,
    summary: 'Authorizes binds, port assignment, raw sockets and promiscuous mode.',
    caveats: [CAVEATS.aleIpsecNotListed.caveat, CAVEATS.portRangeTypo.caveat],
    sourceIds: [
      'w32-layers',
      'w32-alelayers',
      'wdk-offsets',
      'wdk-metadata',
      'api-filteradd',
      'ddi-pendop',
      'w32-cond',
      'w32-flags',
      'wdk-rtlayers',
    ],
  }),
  L(ALE, {
    id: 'ale-auth-listen',
    name: 'ALE auth listen',
    fwpm: ['FWPM_LAYER_ALE_AUTH_LISTEN_V4', 'FWPM_LAYER_ALE_AUTH_LISTEN_V6'],
    stackOrder: 220,
    side: 'inbound',
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp'],
      directions: ['inbound'],
      moments: ['listen'],
      unit: 'socket-operation',
    },
    payload: 'no',
    conditions: [
      'FWPM_CONDITION_ALE_APP_ID',
      'FWPM_CONDITION_ALE_USER_ID',
      'FWPM_CONDITION_ALE_PACKAGE_ID',
      'FWPM_CONDITION_ALE_PACKAGE_FAMILY_NAME',
      'FWPM_CONDITION_ALE_SIO_FIREWALL_SYSTEM_PORT',
      'FWPM_CONDITION_FLAGS',
      'FWPM_CONDITION_INTERFACE_TYPE',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
      'FWPM_CONDITION_IP_LOCAL_INTERFACE',
      'FWPM_CONDITION_IP_LOCAL_PORT',
      'FWPM_CONDITION_TUNNEL_TYPE',
      'FWPM_CONDITION_LOCAL_INTERFACE_PROFILE_ID',
      'FWP_CONDITION_FLAG_IS_RECLASSIFY',
    ],
    carriesFlowHandle: false,
    actions: {
      ...PEND_OPERATION_ACTIONS,
    },
    ipsec: IPSEC_ALE,
    summary: 'Authorizes TCP listen requests.',
    caveats: [CAVEATS.aleIpsecNotListed.caveat],
    sourceIds: [
      'w32-layers',
      'w32-alelayers',
      'wdk-offsets',
      'wdk-metadata',
      'ddi-pendop',
      'w32-cond',
      'w32-flags',
      'wdk-rtlayers',
    ],
  }),
  L(ALE, {
    id: 'ale-connect-redirect',
    name: 'ALE connect redirect',
    fwpm: ['FWPM_LAYER_ALE_CONNECT_REDIRECT_V4', 'FWPM_LAYER_ALE_CONNECT_REDIRECT_V6'],
    stackOrder: 230,
    side: 'outbound',
    minOs: 'win7',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp'],
      directions: ['outbound'],
      moments: ['connection'],
      unit: 'connection',
    },
    payload: 'no',
    conditions: [
      'FWPM_CONDITION_ALE_APP_ID',
      'FWPM_CONDITION_ALE_USER_ID',
      'FWPM_CONDITION_ALE_PACKAGE_ID',
      'FWPM_CONDITION_ALE_ORIGINAL_APP_ID',
      ...CONNECT_REQUEST_CONDITIONS,
      ...ICMP_ALIAS,
    ],
    carriesFlowHandle: false,
    actions: {
      ...REDIRECT_ACTIONS,
      redirect: ['remote-endpoint', 'local-proxy'],
    },
    ipsec: IPSEC_ALE,
    summary: 'Redirects outgoing connections to another endpoint or a local proxy (Windows 7+).',
    caveats: [
      CAVEATS.blockAtNonDecisionLayers.caveat,
      CAVEATS.aleDiscardCoverage.caveat,
      CAVEATS.redirectActionType.caveat,
      CAVEATS.redirectOnlyWindows7Typo.caveat,
      CAVEATS.connectRedirectNameTypo.caveat,
      CAVEATS.icmpTypeInPortFields.caveat,
      CAVEATS.aleIpsecNotListed.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'w32-alelayers',
      'wdk-offsets',
      'wdk-types',
      'wdk-redir',
      'wdk-proxytrack',
      'wdk-metadata',
      'ddi-pendclassify',
      'w32-cond',
      'wdk-w7',
      'wdk-w8',
    ],
  }),
  L(ALE, {
    id: 'ale-auth-connect',
    name: 'ALE auth connect',
    fwpm: ['FWPM_LAYER_ALE_AUTH_CONNECT_V4', 'FWPM_LAYER_ALE_AUTH_CONNECT_V6'],
    stackOrder: 240,
    side: 'outbound',
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'any-ip'],
      directions: ['outbound'],
      moments: ['connection'],
      unit: 'connection',
    },
    payload: 'first-packet',
    conditions: [
      ...ALE_CONNECTION_COMMON,
      ...REAUTH_AND_NEXTHOP,
      'FWPM_CONDITION_ALE_ORIGINAL_APP_ID',
      'FWPM_CONDITION_IP_DESTINATION_ADDRESS_TYPE',
      'FWPM_CONDITION_SUB_INTERFACE_INDEX',
      'FWPM_CONDITION_INTERFACE_INDEX',
      'FWPM_CONDITION_IP_ARRIVAL_INTERFACE',
      'FWPM_CONDITION_ARRIVAL_INTERFACE_INDEX',
      'FWPM_CONDITION_ARRIVAL_INTERFACE_TYPE',
      'FWPM_CONDITION_ARRIVAL_TUNNEL_TYPE',
      'FWPM_CONDITION_PEER_NAME',
      'FWP_CONDITION_FLAG_IS_NAME_APP_SPECIFIED',
      'FWP_CONDITION_FLAG_IS_HONORING_POLICY_AUTHORIZE',
    ],
    carriesFlowHandle: true,
    actions: {
      ...PEND_OPERATION_ACTIONS,
      injection: ['FwpsInjectTransportSendAsync0', 'FwpsInjectTransportSendAsync1'],
    },
    ipsec: IPSEC_ALE,
    summary: 'Authorizes outgoing connections and the first packet of outgoing non-TCP flows.',
    caveats: [
      CAVEATS.icmpTypeInPortFields.caveat,
      CAVEATS.aleIpsecNotListed.caveat,
      CAVEATS.vistaSp1Features.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'w32-alelayers',
      'w32-alestate',
      'w32-reauth',
      'wdk-offsets',
      'wdk-layerreq',
      'wdk-metadata',
      'wdk-async',
      'ddi-tsend',
      'ddi-pendop',
      'w32-cond',
      'w32-flags',
      'w32-appuser',
      'ddi-fields-connect',
      'wdk-rtlayers',
    ],
  }),
  L(ALE, {
    id: 'outbound-network-connection-policy',
    name: 'Outbound network connection policy',
    fwpm: [
      'FWPM_LAYER_OUTBOUND_NETWORK_CONNECTION_POLICY_V4',
      'FWPM_LAYER_OUTBOUND_NETWORK_CONNECTION_POLICY_V6',
    ],
    stackOrder: 250,
    side: 'outbound',
    minOs: 'win11-22h2',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp'],
      directions: ['outbound'],
      moments: [],
      unit: 'policy',
    },
    payload: 'no',
    conditions: [
      'FWPM_CONDITION_ALE_APP_ID',
      'FWPM_CONDITION_ALE_USER_ID',
      'FWPM_CONDITION_ALE_ORIGINAL_APP_ID',
      'FWPM_CONDITION_ALE_PACKAGE_ID',
      'FWPM_CONDITION_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE',
      ...CONNECT_REQUEST_CONDITIONS,
      'FWPM_CONDITION_COMPARTMENT_ID',
    ],
    carriesFlowHandle: false,
    actions: {
      ...NOTIFY_ACTIONS,
    },
    ipsec: IPSEC_ALE,
    summary:
      'Sets routing policy for outgoing connections (Windows 11 22H2+; sparsely documented).',
    caveats: [CAVEATS.networkConnectionPolicy.caveat, CAVEATS.aleIpsecNotListed.caveat],
    sourceIds: ['w32-layers', 'w32-cond', 'api-connpolicy', 'ddi-fields-netpolicy'],
  }),
  L(ALE, {
    id: 'ale-auth-recv-accept',
    name: 'ALE auth receive/accept',
    fwpm: ['FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V4', 'FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V6'],
    stackOrder: 260,
    side: 'inbound',
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'any-ip'],
      directions: ['inbound'],
      moments: ['connection'],
      unit: 'connection',
    },
    payload: 'first-packet',
    conditions: [
      ...ALE_CONNECTION_COMMON,
      ...REAUTH_AND_NEXTHOP,
      'FWPM_CONDITION_ALE_NAP_CONTEXT',
      'FWPM_CONDITION_ALE_SIO_FIREWALL_SYSTEM_PORT',
      'FWPM_CONDITION_IP_ARRIVAL_INTERFACE',
      'FWPM_CONDITION_ARRIVAL_INTERFACE_INDEX',
      'FWPM_CONDITION_ARRIVAL_INTERFACE_TYPE',
      'FWPM_CONDITION_ARRIVAL_SUB_INTERFACE_INDEX',
      'FWPM_CONDITION_ARRIVAL_TUNNEL_TYPE',
      'FWPM_CONDITION_LOCAL_INTERFACE_INDEX',
      'FWPM_CONDITION_LOCAL_INTERFACE_TYPE',
      'FWPM_CONDITION_LOCAL_TUNNEL_TYPE',
      'FWPM_CONDITION_INTERFACE_INDEX',
      'FWPM_CONDITION_SUB_INTERFACE_INDEX',
    ],
    carriesFlowHandle: true,
    actions: {
      ...PEND_OPERATION_ACTIONS,
      injection: ['FwpsInjectTransportReceiveAsync0'],
    },
    ipsec: IPSEC_RECV_ACCEPT,
    summary: 'Authorizes incoming connections and the first packet of incoming non-TCP flows.',
    caveats: [
      CAVEATS.pendOperationLayers.caveat,
      CAVEATS.icmpTypeInPortFields.caveat,
      CAVEATS.conditionNamingAcrossVersions.caveat,
      CAVEATS.inlineTcpInjectionScope.caveat,
      CAVEATS.aleIpsecNotListed.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'w32-alelayers',
      'w32-alestate',
      'w32-reauth',
      'wdk-offsets',
      'wdk-layerreq',
      'wdk-ipsec',
      'wdk-metadata',
      'wdk-async',
      'ddi-trecv',
      'ddi-compop',
      'api-filteradd',
      'w32-cond',
      'w32-flags',
      'ddi-fields',
      'wdk-rtlayers',
    ],
  }),
  L(ALE, {
    id: 'ale-flow-established',
    name: 'ALE flow established',
    fwpm: ['FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4', 'FWPM_LAYER_ALE_FLOW_ESTABLISHED_V6'],
    stackOrder: 270,
    side: 'both',
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: ['established'],
      unit: 'connection',
    },
    payload: 'first-packet',
    conditions: [
      ...ALE_CONNECTION_COMMON,
      'FWPM_CONDITION_ALE_ORIGINAL_APP_ID',
      'FWPM_CONDITION_DIRECTION',
      'FWPM_CONDITION_IP_DESTINATION_ADDRESS_TYPE',
    ],
    carriesFlowHandle: true,
    actions: {
      ...INSPECT_ACTIONS,
      filterBlock: 'forbidden',
      calloutBlock: 'forbidden',
    },
    ipsec: IPSEC_ALE,
    summary: 'Notifies that a connection or non-TCP flow was authorized; attach flow context here.',
    caveats: [
      CAVEATS.flowEstablishedWording.caveat,
      CAVEATS.icmpTypeInPortFields.caveat,
      CAVEATS.aleIpsecNotListed.caveat,
    ],
    sourceIds: [
      'wdk-pc',
      'w32-layers',
      'w32-alelayers',
      'wdk-layerreq',
      'wdk-offsets',
      'wdk-async',
      'wdk-flowctx',
      'ddi-flowassociate',
      'wdk-metadata',
      'w32-cond',
      'w32-flags',
      'wdk-rtlayers',
    ],
  }),
  L(ALE, {
    id: 'ale-endpoint-closure',
    name: 'ALE endpoint closure',
    fwpm: ['FWPM_LAYER_ALE_ENDPOINT_CLOSURE_V4', 'FWPM_LAYER_ALE_ENDPOINT_CLOSURE_V6'],
    stackOrder: 280,
    side: 'both',
    minOs: 'win7',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp'],
      directions: ['inbound', 'outbound'],
      moments: ['close'],
      unit: 'socket-operation',
    },
    payload: 'no',
    conditions: [
      ...ALE_ENDPOINT_CONDITIONS,
      'FWPM_CONDITION_IP_REMOTE_ADDRESS',
      'FWPM_CONDITION_IP_REMOTE_PORT',
    ],
    carriesFlowHandle: false,
    actions: {
      ...NOTIFY_ACTIONS,
      pend: ['pend-classify'],
    },
    ipsec: IPSEC_ALE,
    summary: 'Reports that an endpoint closed (Windows 7+): cleanup and end-of-flow logging.',
    caveats: [
      CAVEATS.blockAtNonDecisionLayers.caveat,
      CAVEATS.aleDiscardCoverage.caveat,
      CAVEATS.aleIpsecNotListed.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'w32-alelayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-types',
      'wdk-endpoint',
      'ddi-pendclassify',
      'w32-tcpflow',
      'w32-cond',
      'wdk-w7',
    ],
  }),
  L(ALE, {
    id: 'ale-resource-release',
    name: 'ALE resource release',
    fwpm: ['FWPM_LAYER_ALE_RESOURCE_RELEASE_V4', 'FWPM_LAYER_ALE_RESOURCE_RELEASE_V6'],
    stackOrder: 290,
    side: 'both',
    minOs: 'win7',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: ['close'],
      unit: 'socket-operation',
    },
    payload: 'no',
    conditions: ALE_ENDPOINT_CONDITIONS,
    carriesFlowHandle: false,
    actions: {
      ...NOTIFY_ACTIONS,
    },
    ipsec: IPSEC_ALE,
    summary: 'Reports that a bind/port assignment was released (Windows 7+).',
    caveats: [
      CAVEATS.blockAtNonDecisionLayers.caveat,
      CAVEATS.aleDiscardCoverage.caveat,
      CAVEATS.aleIpsecNotListed.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'w32-alelayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-endpoint',
      'w32-cond',
      'wdk-w7',
    ],
  }),
  L(ALE, {
    id: 'name-resolution-cache',
    name: 'Name resolution cache',
    fwpm: ['FWPM_LAYER_NAME_RESOLUTION_CACHE_V4', 'FWPM_LAYER_NAME_RESOLUTION_CACHE_V6'],
    stackOrder: 300,
    side: 'none',
    minOs: 'win7',
    sees: {
      traffic: ['local'],
      protocols: [],
      directions: [],
      moments: [],
      unit: 'none',
    },
    payload: 'no',
    conditions: [
      'FWPM_CONDITION_ALE_APP_ID',
      'FWPM_CONDITION_ALE_USER_ID',
      'FWPM_CONDITION_IP_REMOTE_ADDRESS',
      'FWPM_CONDITION_PEER_NAME',
    ],
    carriesFlowHandle: false,
    actions: {
      ...INSPECT_ACTIONS,
      filterBlock: 'undocumented',
      calloutBlock: 'undocumented',
    },
    ipsec: IPSEC_ALE,
    summary: 'Side layer for querying recently resolved names (Windows 7+).',
    caveats: [CAVEATS.blockAtNonDecisionLayers.caveat],
    sourceIds: ['w32-layers', 'wdk-rtlayers', 'wdk-offsets', 'w32-cond', 'wdk-w7'],
  }),

  // ---- data layers ----
  L(DATA, {
    id: 'stream',
    name: 'Stream',
    fwpm: ['FWPM_LAYER_STREAM_V4', 'FWPM_LAYER_STREAM_V6'],
    rung: 2,
    stackOrder: 400,
    side: 'both',
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['tcp'],
      directions: ['inbound', 'outbound'],
      moments: ['data'],
      unit: 'stream',
    },
    conditions: [
      'FWPM_CONDITION_DIRECTION',
      'FWPM_CONDITION_FLAGS',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE',
      'FWPM_CONDITION_IP_LOCAL_PORT',
      'FWPM_CONDITION_IP_REMOTE_ADDRESS',
      'FWPM_CONDITION_IP_REMOTE_PORT',
      'FWP_CONDITION_FLAG_IS_LOOPBACK',
    ],
    calloutExtraBasis: ['payload', 'volume'],
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsStreamInjectAsync0'],
      defer: true,
    },
    ipsec: IPSEC_STREAM,
    summary: 'TCP payload as an in-order byte stream: inspect, edit, throttle.',
    caveats: [CAVEATS.needMoreDataAction.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-offsets',
      'wdk-inj',
      'wdk-stream',
      'wdk-modstream',
      'wdk-deepstream',
      'wdk-async',
      'wdk-metadata',
      'ddi-streaminj',
      'wdk-ipsec',
      'w32-cond',
      'w32-flags',
    ],
  }),
  L(DATA, {
    id: 'datagram-data',
    name: 'Datagram data',
    fwpm: ['FWPM_LAYER_DATAGRAM_DATA_V4', 'FWPM_LAYER_DATAGRAM_DATA_V6'],
    rung: 2,
    stackOrder: 410,
    side: 'both',
    minOs: 'vista',
    sees: {
      traffic: ['local'],
      protocols: ['udp', 'icmp'],
      directions: ['inbound', 'outbound'],
      moments: ['data'],
      unit: 'packet',
    },
    conditions: [
      'FWPM_CONDITION_DIRECTION',
      ...PACKET_TUPLE_CONDITIONS,
      'FWP_CONDITION_FLAG_IS_RAW_ENDPOINT',
      ...ICMP_ALIAS,
    ],
    calloutExtraBasis: ['payload', 'transport-header', 'volume'],
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: [
        'FwpsInjectTransportSendAsync0',
        'FwpsInjectTransportSendAsync1',
        'FwpsInjectTransportReceiveAsync0',
      ],
    },
    ipsec: IPSEC_DATAGRAM,
    summary: 'Per-datagram payload of UDP and other non-TCP traffic (non-error ICMP included).',
    caveats: [CAVEATS.icmpTypeInPortFields.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-offsets',
      'wdk-inj',
      'wdk-ipsec',
      'wdk-insppts',
      'wdk-metadata',
      'wdk-modex',
      'ddi-trecv',
      'ddi-tsend',
      'ddi-construct',
      'w32-cond',
      'w32-flags',
      'ddi-fields-datagram',
      'w32-bp',
    ],
  }),
  L(DATA, {
    id: 'stream-packet',
    name: 'Stream packet',
    fwpm: ['FWPM_LAYER_STREAM_PACKET_V4', 'FWPM_LAYER_STREAM_PACKET_V6'],
    rung: 3,
    stackOrder: 420,
    side: 'both',
    minOs: 'win7',
    sees: {
      traffic: ['local'],
      protocols: ['tcp'],
      directions: ['inbound', 'outbound'],
      moments: ['data'],
      unit: 'packet',
    },
    conditions: [
      'FWPM_CONDITION_DIRECTION',
      'FWPM_CONDITION_FLAGS',
      'FWPM_CONDITION_INTERFACE_INDEX',
      'FWPM_CONDITION_INTERFACE_TYPE',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS',
      'FWPM_CONDITION_IP_LOCAL_INTERFACE',
      'FWPM_CONDITION_IP_LOCAL_PORT',
      'FWPM_CONDITION_IP_REMOTE_ADDRESS',
      'FWPM_CONDITION_IP_REMOTE_PORT',
      'FWPM_CONDITION_SUB_INTERFACE_INDEX',
      'FWPM_CONDITION_TUNNEL_TYPE',
    ],
    calloutExtraBasis: ['payload', 'transport-header', 'volume'],
    actions: {
      ...INSPECT_ACTIONS,
      filterBlock: 'undocumented',
      calloutBlock: 'undocumented',
    },
    ipsec: IPSEC_STREAM_PACKET,
    summary: 'Per-TCP-segment view including handshake segments (Windows 7+); inspection only.',
    caveats: [CAVEATS.streamPacketCapabilities.caveat, CAVEATS.streamPacketIpsec.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-metadata',
      'w32-cond',
      'smp-injectiondata',
      'ms-issue-2108',
      'wdk-w7',
    ],
  }),

  // ---- transport and ICMP error ----
  L(ICMP_ERROR, {
    id: 'outbound-icmp-error',
    name: 'Outbound ICMP error',
    fwpm: ['FWPM_LAYER_OUTBOUND_ICMP_ERROR_V4', 'FWPM_LAYER_OUTBOUND_ICMP_ERROR_V6'],
    stackOrder: 500,
    side: 'outbound',
    sees: {
      traffic: ['local'],
      protocols: ['icmp-error'],
      directions: ['outbound'],
      moments: ['data'],
      unit: 'packet',
    },
    conditions: [
      'FWPM_CONDITION_FLAGS',
      'FWPM_CONDITION_ICMP_TYPE',
      'FWPM_CONDITION_ICMP_CODE',
      ...IP_INTERFACE_CONDITIONS,
      'FWPM_CONDITION_NEXTHOP_INTERFACE_PROFILE_ID',
      'FWP_CONDITION_FLAG_IS_LOOPBACK',
    ],
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectTransportSendAsync0', 'FwpsInjectTransportSendAsync1'],
    },
    summary: 'ICMP errors being sent; the place to suppress port-unreachable replies.',
    caveats: [CAVEATS.outboundIcmpErrorReceivedTypo.caveat, CAVEATS.icmpErrorIpsec.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-rtlayers',
      'wdk-offsets',
      'ddi-tsend',
      'w32-udpflow',
      'w32-portscan',
      'w32-cond',
      'w32-flags',
      'w32-bp',
      'rfc-4443',
    ],
  }),
  L(ICMP_ERROR, {
    id: 'inbound-icmp-error',
    name: 'Inbound ICMP error',
    fwpm: ['FWPM_LAYER_INBOUND_ICMP_ERROR_V4', 'FWPM_LAYER_INBOUND_ICMP_ERROR_V6'],
    stackOrder: 510,
    side: 'inbound',
    sees: {
      traffic: ['local'],
      protocols: ['icmp-error'],
      directions: ['inbound'],
      moments: ['data'],
      unit: 'packet',
    },
    conditions: [
      'FWPM_CONDITION_ICMP_TYPE',
      'FWPM_CONDITION_ICMP_CODE',
      'FWPM_CONDITION_EMBEDDED_LOCAL_ADDRESS_TYPE',
      'FWPM_CONDITION_EMBEDDED_LOCAL_PORT',
      'FWPM_CONDITION_EMBEDDED_PROTOCOL',
      'FWPM_CONDITION_EMBEDDED_REMOTE_ADDRESS',
      'FWPM_CONDITION_EMBEDDED_REMOTE_PORT',
      'FWPM_CONDITION_FLAGS',
      'FWPM_CONDITION_IP_ARRIVAL_INTERFACE',
      'FWPM_CONDITION_IP_LOCAL_ADDRESS',
      'FWPM_CONDITION_IP_LOCAL_INTERFACE',
      'FWPM_CONDITION_IP_REMOTE_ADDRESS',
      'FWPM_CONDITION_ARRIVAL_INTERFACE_INDEX',
      'FWPM_CONDITION_ARRIVAL_INTERFACE_TYPE',
      'FWPM_CONDITION_ARRIVAL_SUB_INTERFACE_INDEX',
      'FWPM_CONDITION_ARRIVAL_TUNNEL_TYPE',
      'FWPM_CONDITION_ARRIVAL_INTERFACE_PROFILE_ID',
      'FWPM_CONDITION_LOCAL_INTERFACE_INDEX',
      'FWPM_CONDITION_LOCAL_INTERFACE_TYPE',
      'FWPM_CONDITION_LOCAL_TUNNEL_TYPE',
      'FWPM_CONDITION_INTERFACE_INDEX',
      'FWPM_CONDITION_INTERFACE_TYPE',
      'FWPM_CONDITION_SUB_INTERFACE_INDEX',
      'FWPM_CONDITION_TUNNEL_TYPE',
      'FWP_CONDITION_FLAG_IS_LOOPBACK',
    ],
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectTransportReceiveAsync0'],
    },
    summary: 'Received ICMP error messages, matched by type, code and the embedded packet.',
    caveats: [
      CAVEATS.conditionNamingAcrossVersions.caveat,
      CAVEATS.icmpErrorV6MinOs.caveat,
      CAVEATS.icmpErrorIpsec.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-offsets',
      'ddi-trecv',
      'w32-cond',
      'w32-flags',
      'w32-alestate',
      'ddi-fields',
    ],
  }),
  L(TRANSPORT, {
    id: 'outbound-transport',
    name: 'Outbound transport',
    fwpm: ['FWPM_LAYER_OUTBOUND_TRANSPORT_V4', 'FWPM_LAYER_OUTBOUND_TRANSPORT_V6'],
    stackOrder: 520,
    side: 'outbound',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['outbound'],
      moments: ['data'],
      unit: 'packet',
    },
    conditions: [...TRANSPORT_CONDITIONS, 'FWPM_CONDITION_IP_DESTINATION_ADDRESS_TYPE'],
    calloutExtraBasis: ['payload', 'transport-header', 'volume'],
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectTransportSendAsync0', 'FwpsInjectTransportSendAsync1'],
    },
    summary: 'Every outgoing packet at the transport boundary, before IPsec and the IP header.',
    caveats: [CAVEATS.icmpTypeInPortFields.caveat, CAVEATS.transportSendRemarkTypo.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-offsets',
      'wdk-pc',
      'wdk-metadata',
      'ddi-tsend',
      'ddi-tsend1',
      'w32-udpflow',
      'w32-tcpflow',
      'wdk-ipsec',
      'w32-cond',
      'w32-flags',
      'ddi-fields-transport',
    ],
  }),
  L(TRANSPORT, {
    id: 'inbound-transport',
    name: 'Inbound transport',
    fwpm: ['FWPM_LAYER_INBOUND_TRANSPORT_V4', 'FWPM_LAYER_INBOUND_TRANSPORT_V6'],
    stackOrder: 530,
    side: 'inbound',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'any-ip'],
      directions: ['inbound'],
      moments: ['data'],
      unit: 'packet',
    },
    conditions: [...TRANSPORT_CONDITIONS, 'FWP_CONDITION_FLAG_IS_IPSEC_SECURED'],
    calloutExtraBasis: ['payload', 'transport-header', 'ip-header', 'volume'],
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectTransportReceiveAsync0'],
    },
    summary: 'Every incoming packet at the transport boundary, after IPsec and reassembly.',
    caveats: [
      CAVEATS.icmpTypeInPortFields.caveat,
      CAVEATS.garbledIpsecCheck.caveat,
      CAVEATS.vistaSp1Features.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-offsets',
      'wdk-fmt',
      'wdk-pc',
      'wdk-layerreq',
      'wdk-ipsec',
      'wdk-insppts',
      'wdk-metadata',
      'wdk-async',
      'ddi-trecv',
      'w32-tcpflow',
      'w32-cond',
      'w32-flags',
      'ddi-fields-transport',
    ],
  }),

  // ---- network (IP packet) and forward ----
  L(NETWORK, {
    id: 'outbound-ippacket',
    name: 'Outbound IP packet',
    fwpm: ['FWPM_LAYER_OUTBOUND_IPPACKET_V4', 'FWPM_LAYER_OUTBOUND_IPPACKET_V6'],
    stackOrder: 600,
    side: 'outbound',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['outbound'],
      moments: ['data'],
      unit: 'packet',
    },
    conditions: IP_PACKET_CONDITIONS,
    calloutExtraBasis: IP_PACKET_CALLOUT_BASIS,
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectNetworkSendAsync0'],
    },
    summary: 'Every outgoing IP packet with its full header, after IPsec, before fragmentation.',
    caveats: [CAVEATS.flowContextAtIpPacket.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-pc',
      'wdk-ipsec',
      'wdk-insppts',
      'ddi-netinject',
      'w32-cond',
      'w32-flags',
      'wdk-metadata',
      'w32-bp',
    ],
  }),
  L(NETWORK, {
    id: 'inbound-ippacket',
    name: 'Inbound IP packet',
    fwpm: ['FWPM_LAYER_INBOUND_IPPACKET_V4', 'FWPM_LAYER_INBOUND_IPPACKET_V6'],
    stackOrder: 610,
    side: 'inbound',
    sees: {
      traffic: ['local'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['inbound'],
      moments: ['data'],
      unit: 'packet',
    },
    conditions: [
      ...IP_PACKET_CONDITIONS,
      'FWP_CONDITION_FLAG_IS_IPSEC_SECURED',
      'FWP_CONDITION_FLAG_IS_FRAGMENT',
      'FWP_CONDITION_FLAG_IS_REASSEMBLED',
    ],
    calloutExtraBasis: FRAGMENTED_IP_PACKET_CALLOUT_BASIS,
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectNetworkReceiveAsync0'],
    },
    summary: 'Every incoming IP packet, before IPsec and reassembly (fragments seen three ways).',
    caveats: [CAVEATS.flowContextAtIpPacket.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-fmt',
      'wdk-layerreq',
      'wdk-pc',
      'wdk-ipsec',
      'wdk-insppts',
      'ddi-netrecvinject',
      'w32-cond',
      'w32-flags',
      'wdk-metadata',
      'w32-bp',
    ],
  }),
  L(NETWORK, {
    id: 'ipforward',
    name: 'IP forward',
    fwpm: ['FWPM_LAYER_IPFORWARD_V4', 'FWPM_LAYER_IPFORWARD_V6'],
    stackOrder: 620,
    side: 'both',
    sees: {
      traffic: ['forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: [],
      unit: 'packet',
    },
    conditions: [...IPFORWARD_CONDITIONS, 'FWP_CONDITION_FLAG_IS_FRAGMENT_GROUP'],
    calloutExtraBasis: FRAGMENTED_IP_PACKET_CALLOUT_BASIS,
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectForwardAsync0'],
    },
    summary: 'Routed (forwarded) traffic, when IP forwarding is on — the only layer that sees it.',
    caveats: [
      CAVEATS.forwardInjectionWording.caveat,
      CAVEATS.metadataTableGaps.caveat,
      CAVEATS.forwardAndIpsec.caveat,
      CAVEATS.portsAtForward.caveat,
      CAVEATS.flowContextAtIpPacket.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-offsets',
      'wdk-inj',
      'wdk-layerreq',
      'wdk-ipsec',
      'wdk-insppts',
      'wdk-metadata-ids',
      'wdk-vsp1',
      'ddi-fwd',
      'ddi-fields-fwd',
      'w32-cond',
      'w32-flags',
    ],
  }),

  // ---- layer 2 (MAC frame), Windows 8+ ----
  L(MAC_FRAME, {
    id: 'outbound-mac-frame-ethernet',
    name: 'Outbound MAC frame (Ethernet)',
    fwpm: ['FWPM_LAYER_OUTBOUND_MAC_FRAME_ETHERNET'],
    stackOrder: 700,
    side: 'outbound',
    sees: {
      traffic: ['l2', 'local', 'forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip', 'non-ip'],
      directions: ['outbound'],
      moments: ['data'],
      unit: 'frame',
    },
    conditions: MAC_ETHERNET_CONDITIONS,
    calloutExtraBasis: MAC_CALLOUT_BASIS,
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectMacSendAsync0'],
    },
    summary: 'Outgoing Ethernet frames with MAC, EtherType and VLAN conditions (Windows 8+).',
    caveats: [
      CAVEATS.macLayersWindows7.caveat,
      CAVEATS.macUserModeFilters.caveat,
      CAVEATS.macVswitchIpsec.caveat,
      CAVEATS.metadataTableGaps.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-l2',
      'ddi-macsendinject',
      'wdk-injection-handle',
      'ddi-callout2',
      'w32-cond',
      'w32-new',
      'wdk-w8',
    ],
  }),
  L(MAC_FRAME, {
    id: 'inbound-mac-frame-ethernet',
    name: 'Inbound MAC frame (Ethernet)',
    fwpm: ['FWPM_LAYER_INBOUND_MAC_FRAME_ETHERNET'],
    stackOrder: 710,
    side: 'inbound',
    sees: {
      traffic: ['l2', 'local', 'forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip', 'non-ip'],
      directions: ['inbound'],
      moments: ['data'],
      unit: 'frame',
    },
    conditions: MAC_ETHERNET_CONDITIONS,
    calloutExtraBasis: MAC_CALLOUT_BASIS,
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectMacReceiveAsync0'],
    },
    summary: 'Incoming Ethernet frames with MAC, EtherType and VLAN conditions (Windows 8+).',
    caveats: [
      CAVEATS.inboundMacOffset.caveat,
      CAVEATS.macLayersWindows7.caveat,
      CAVEATS.macUserModeFilters.caveat,
      CAVEATS.macVswitchIpsec.caveat,
      CAVEATS.metadataTableGaps.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-l2',
      'wdk-l2-metadata',
      'ddi-macinject',
      'ddi-metadata-values',
      'wdk-injection-handle',
      'w32-cond',
      'w32-new',
      'wdk-w8',
    ],
  }),
  L(MAC_FRAME, {
    id: 'outbound-mac-frame-native',
    name: 'Outbound MAC frame (native)',
    fwpm: ['FWPM_LAYER_OUTBOUND_MAC_FRAME_NATIVE'],
    stackOrder: 720,
    side: 'outbound',
    sees: {
      traffic: ['l2', 'local', 'forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip', 'non-ip'],
      directions: ['outbound'],
      moments: ['data'],
      unit: 'frame',
    },
    conditions: MAC_NATIVE_CONDITIONS,
    calloutExtraBasis: MAC_NATIVE_CALLOUT_BASIS,
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectMacSendAsync0'],
    },
    summary: 'Outgoing frames in native media format, last before the miniport (Windows 8+).',
    caveats: [CAVEATS.macLayersWindows7.caveat, CAVEATS.macVswitchIpsec.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-l2',
      'ddi-macsendinject',
      'wdk-injection-handle',
      'w32-cond',
      'wdk-w8',
    ],
  }),
  L(MAC_FRAME, {
    id: 'inbound-mac-frame-native',
    name: 'Inbound MAC frame (native)',
    fwpm: ['FWPM_LAYER_INBOUND_MAC_FRAME_NATIVE'],
    stackOrder: 730,
    side: 'inbound',
    sees: {
      traffic: ['l2', 'local', 'forwarded'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip', 'non-ip'],
      directions: ['inbound'],
      moments: ['data'],
      unit: 'frame',
    },
    conditions: MAC_NATIVE_CONDITIONS,
    calloutExtraBasis: MAC_NATIVE_CALLOUT_BASIS,
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectMacReceiveAsync0'],
    },
    summary: 'Incoming frames in native media format, first after the miniport (Windows 8+).',
    caveats: [CAVEATS.macLayersWindows7.caveat, CAVEATS.macVswitchIpsec.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-l2',
      'ddi-macinject',
      'wdk-injection-handle',
      'w32-cond',
      'wdk-w8',
    ],
  }),

  // ---- Hyper-V extensible switch (vSwitch), Windows 8+ ----
  L(VSWITCH, {
    id: 'ingress-vswitch-ethernet',
    name: 'vSwitch ingress (Ethernet)',
    fwpm: ['FWPM_LAYER_INGRESS_VSWITCH_ETHERNET'],
    stackOrder: 800,
    side: 'outbound',
    sees: {
      traffic: ['vswitch'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip', 'non-ip'],
      directions: ['inbound', 'outbound'],
      moments: [],
      unit: 'frame',
    },
    conditions: VSWITCH_ETHERNET,
    calloutExtraBasis: VSWITCH_ETHERNET_CALLOUT_BASIS,
    actions: {
      ...CLONE_MODIFY_INJECT_ACTIONS,
      injection: ['FwpsInjectvSwitchEthernetIngressAsync0'],
    },
    summary:
      'Frames entering the Hyper-V switch from their source port (sent by a VM or arriving for one), with source VM, port, MAC and VLAN conditions.',
    caveats: [CAVEATS.vswitchInjection.caveat, CAVEATS.macVswitchIpsec.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-vsw',
      'wdk-vsw-overview',
      'wdk-vsw-flow',
      'wdk-vswenable',
      'ddi-vswinject',
      'ddi-fields-vsw-ingress',
      'w32-cond',
      'w32-new',
      'wdk-w8',
    ],
  }),
  L(VSWITCH, {
    id: 'ingress-vswitch-transport',
    name: 'vSwitch ingress (transport)',
    fwpm: ['FWPM_LAYER_INGRESS_VSWITCH_TRANSPORT_V4', 'FWPM_LAYER_INGRESS_VSWITCH_TRANSPORT_V6'],
    stackOrder: 810,
    side: 'outbound',
    sees: {
      traffic: ['vswitch'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: [],
      unit: 'packet',
    },
    conditions: VSWITCH_TRANSPORT,
    calloutExtraBasis: ['payload', 'transport-header', 'ip-header', 'volume'],
    actions: {
      ...INSPECT_ACTIONS,
    },
    summary:
      'IP traffic entering the Hyper-V switch, with address, protocol, port and VM conditions.',
    caveats: [
      CAVEATS.vswitchInjection.caveat,
      CAVEATS.macVswitchIpsec.caveat,
      CAVEATS.wdkConditionCopyTypos.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-vsw',
      'wdk-vsw-overview',
      'wdk-vsw-flow',
      'w32-cond',
      'w32-condids',
      'wdk-w8',
    ],
  }),
  L(VSWITCH, {
    id: 'egress-vswitch-ethernet',
    name: 'vSwitch egress (Ethernet)',
    fwpm: ['FWPM_LAYER_EGRESS_VSWITCH_ETHERNET'],
    stackOrder: 820,
    side: 'inbound',
    sees: {
      traffic: ['vswitch'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip', 'non-ip'],
      directions: ['inbound', 'outbound'],
      moments: [],
      unit: 'frame',
    },
    conditions: [...VSWITCH_ETHERNET, ...VSWITCH_DESTINATION],
    calloutExtraBasis: VSWITCH_ETHERNET_CALLOUT_BASIS,
    actions: {
      ...INSPECT_ACTIONS,
    },
    summary:
      'Frames leaving the Hyper-V switch toward a VM, with destination VM and port conditions.',
    caveats: [CAVEATS.vswitchInjection.caveat, CAVEATS.macVswitchIpsec.caveat],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-vsw',
      'wdk-vsw-overview',
      'wdk-vsw-flow',
      'ddi-fields-vsw-egress',
      'w32-cond',
      'wdk-w8',
    ],
  }),
  L(VSWITCH, {
    id: 'egress-vswitch-transport',
    name: 'vSwitch egress (transport)',
    fwpm: ['FWPM_LAYER_EGRESS_VSWITCH_TRANSPORT_V4', 'FWPM_LAYER_EGRESS_VSWITCH_TRANSPORT_V6'],
    stackOrder: 830,
    side: 'inbound',
    sees: {
      traffic: ['vswitch'],
      protocols: ['tcp', 'udp', 'icmp', 'icmp-error', 'any-ip'],
      directions: ['inbound', 'outbound'],
      moments: [],
      unit: 'packet',
    },
    conditions: [...VSWITCH_TRANSPORT, ...VSWITCH_DESTINATION],
    calloutExtraBasis: ['payload', 'transport-header', 'ip-header', 'volume'],
    actions: {
      ...INSPECT_ACTIONS,
    },
    summary:
      'IP traffic leaving the Hyper-V switch toward a VM, with address, port and destination-VM conditions.',
    caveats: [
      CAVEATS.vswitchInjection.caveat,
      CAVEATS.macVswitchIpsec.caveat,
      CAVEATS.wdkConditionCopyTypos.caveat,
    ],
    sourceIds: [
      'w32-layers',
      'wdk-mgmtlayers',
      'wdk-rtlayers',
      'wdk-offsets',
      'wdk-vsw',
      'wdk-vsw-overview',
      'wdk-vsw-flow',
      'ddi-fields-vsw-egress',
      'w32-cond',
      'w32-condids',
      'wdk-w8',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Internal (_FAST) layers: shown, never recommended

/** The _FAST layers: Microsoft-internal, no callouts, nothing documented. */
const INTERNAL = {
  tier: 'internal',
  rung: null,
  mode: 'kernel',
  internal: true,
  minOs: null,
  payload: 'no',
  conditions: [],
  calloutExtraBasis: [],
  carriesFlowHandle: false,
  identity: 'none',
  actions: {
    ...INSPECT_ACTIONS,
    filterBlock: 'undocumented',
    calloutBlock: 'undocumented',
    callouts: false,
    inspect: false,
  },
  ipsec: IPSEC_INTERNAL,
  caveats: [CAVEATS.fastLayers.caveat],
} satisfies Family;

interface InternalLayerArgs {
  readonly id: LayerId;
  readonly name: string;
  readonly fwpmName: string;
  readonly side: 'inbound' | 'outbound';
  readonly stackOrder: number;
}

function internalLayer({ id, name, fwpmName, side, stackOrder }: InternalLayerArgs): Layer {
  return L(INTERNAL, {
    id,
    name,
    fwpm: [fwpmName],
    stackOrder,
    side,
    sees: {
      traffic: [],
      protocols: [],
      directions: [],
      moments: [],
      unit: 'none',
    },
    summary: 'Internal layer — do not use.',
    sourceIds: ['w32-layers'],
  });
}

const INTERNAL_LAYERS: readonly Layer[] = [
  internalLayer({
    id: 'outbound-transport-fast',
    name: 'Outbound transport (fast, internal)',
    fwpmName: 'FWPM_LAYER_OUTBOUND_TRANSPORT_FAST',
    side: 'outbound',
    stackOrder: 900,
  }),
  internalLayer({
    id: 'inbound-transport-fast',
    name: 'Inbound transport (fast, internal)',
    fwpmName: 'FWPM_LAYER_INBOUND_TRANSPORT_FAST',
    side: 'inbound',
    stackOrder: 910,
  }),
  internalLayer({
    id: 'outbound-mac-frame-native-fast',
    name: 'Outbound MAC frame native (fast, internal)',
    fwpmName: 'FWPM_LAYER_OUTBOUND_MAC_FRAME_NATIVE_FAST',
    side: 'outbound',
    stackOrder: 920,
  }),
  internalLayer({
    id: 'inbound-mac-frame-native-fast',
    name: 'Inbound MAC frame native (fast, internal)',
    fwpmName: 'FWPM_LAYER_INBOUND_MAC_FRAME_NATIVE_FAST',
    side: 'inbound',
    stackOrder: 930,
  }),
];

// ---------------------------------------------------------------------------------------------
// Discard layers: derived from the layer they mirror, with what differs stated here

interface DiscardSpec {
  readonly of: LayerId;
  /** Stack position just after the mirrored layer. */
  readonly stackOrder: number;
  readonly summary: string;
  /** Set only where a block at the discard layer is documented to change behaviour. */
  readonly blocks?: { readonly sourceIds: readonly SourceId[] };
  readonly conditions?: readonly ConditionId[];
  readonly extraCaveats?: readonly Caveat[];
  readonly extraSourceIds?: readonly SourceId[];
}

const DISCARDS: readonly DiscardSpec[] = [
  {
    of: 'ale-resource-assignment',
    stackOrder: 215,
    summary:
      'Binds, port assignments, raw-socket and promiscuous-mode requests that were denied — for logging by callouts.',
  },
  {
    of: 'ale-auth-listen',
    stackOrder: 225,
    summary: 'Listen requests that were denied — for logging by callouts.',
  },
  {
    of: 'ale-auth-connect',
    stackOrder: 245,
    summary:
      'Outgoing connections and first non-TCP packets that were denied — for logging by callouts.',
  },
  {
    of: 'ale-auth-recv-accept',
    stackOrder: 265,
    summary:
      'Incoming connections and first non-TCP packets that were denied — for logging by callouts.',
  },
  {
    of: 'ale-flow-established',
    stackOrder: 275,
    summary:
      'Established connections and authorized non-TCP flows discarded at the flow-established layer — for logging.',
  },
  {
    of: 'stream',
    stackOrder: 405,
    summary:
      'Discarded stream data (per the Win32 page; the WDK pages say "reserved for future use").',
    extraCaveats: [CAVEATS.streamDiscard.caveat],
  },
  {
    of: 'datagram-data',
    stackOrder: 415,
    summary: 'Datagrams that were discarded.',
  },
  {
    of: 'outbound-icmp-error',
    stackOrder: 505,
    summary: 'Outgoing ICMP error messages that were discarded.',
  },
  {
    of: 'inbound-icmp-error',
    stackOrder: 515,
    summary: 'Received ICMP error messages that were discarded.',
  },
  {
    of: 'outbound-transport',
    stackOrder: 525,
    summary: 'Sent packets discarded at the transport layer.',
  },
  {
    of: 'inbound-transport',
    stackOrder: 535,
    summary:
      'Received packets discarded at the transport layer — including a TCP SYN with no listener, which the stack would answer with a RST.',
    blocks: {
      sourceIds: ['w32-tcpflow', 'w32-portscan', 'w32-builtin'],
    },
  },
  {
    of: 'outbound-ippacket',
    stackOrder: 605,
    summary: 'Sent packets discarded at the network layer.',
  },
  {
    of: 'inbound-ippacket',
    stackOrder: 615,
    summary:
      'Received packets discarded at the network layer — including UDP with no endpoint, which the stack would answer with an ICMP error.',
    conditions: [
      ...IP_PACKET_CONDITIONS,
      'FWP_CONDITION_FLAG_IS_IPSEC_SECURED',
      'FWP_CONDITION_FLAG_IS_FRAGMENT',
    ],
    blocks: {
      sourceIds: ['w32-udpflow', 'w32-bp'],
    },
  },
  {
    of: 'ipforward',
    stackOrder: 625,
    summary: 'Forwarded packets discarded at the forward layer.',
    conditions: IPFORWARD_CONDITIONS,
  },
];

/** FWPM names of a discard layer: `_DISCARD` after the `_V4`/`_V6` part, as the SDK spells them. */
function discardNames(names: readonly string[]): readonly string[] {
  return names.map((n) => `${n}_DISCARD`);
}

function deriveDiscard(base: Layer, spec: DiscardSpec): Layer {
  const blockRule = spec.blocks ? 'allowed' : 'not-a-decision-point';
  return {
    ...base,
    id: `${base.id}-discard` as LayerId,
    name: `${base.name} discard`,
    fwpm: discardNames(base.fwpm),
    fwps: discardNames(base.fwps),
    stackOrder: spec.stackOrder,
    discardOf: base.id,
    sees: {
      ...base.sees,
      moments: ['discard'],
    },
    conditions: spec.conditions ?? base.conditions,
    actions: {
      ...INSPECT_ACTIONS,
      filterBlock: blockRule,
      calloutBlock: blockRule,
    },
    summary: spec.summary,
    caveats: [...base.caveats, ...(spec.extraCaveats ?? [])],
    sourceIds: [
      ...new Set<SourceId>([
        ...base.sourceIds,
        'w32-layers',
        'wdk-rtlayers',
        'w32-alelayers',
        'wdk-types',
        ...(spec.blocks?.sourceIds ?? []),
        ...(spec.extraSourceIds ?? []),
      ]),
    ],
  };
}

function requireBase(id: LayerId): Layer {
  const base = BASE_LAYERS.find((l) => l.id === id);
  if (!base) throw new Error(`discard spec names unknown layer ${id}`);
  return base;
}

/**
 * Every WFP layer family, ordered top to bottom by `stackOrder` (user-mode band, ALE by socket
 * lifecycle, data, transport, network, MAC, vSwitch, internal).
 */
export const LAYERS: readonly Layer[] = [
  ...BASE_LAYERS,
  ...DISCARDS.map((spec) => deriveDiscard(requireBase(spec.of), spec)),
  ...INTERNAL_LAYERS,
].sort((a, b) => a.stackOrder - b.stackOrder);

const BY_ID: ReadonlyMap<string, Layer> = new Map(LAYERS.map((l) => [l.id, l]));

/** The layer id itself when the knowledge base knows it, else null (ids from links and clicks). */
export function knownLayerId(id: string | null): LayerId | null {
  return id === null ? null : (BY_ID.get(id)?.id ?? null);
}

/** The layer with this id, or undefined. Pure. */
export function getLayer(id: string): Layer | undefined {
  return BY_ID.get(id);
}
