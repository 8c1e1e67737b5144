/**
 * The filter conditions a user-mode filter (FwpmFilterAdd0) can match, with the basis item each
 * lets a filter decide on and the oldest Windows that has it (layers.md §4; Win32 condition,
 * condition-identifier and flag pages). Which condition exists at which layer lives in each
 * layer's `conditions`. Pure data plus one pure derivation, `filterBasisOf`.
 */
import { CAVEATS } from './caveats';
import type { Confidence, ConditionId, FilterCondition, Layer, SourceId } from './types';
import { osAtLeast, type Basis, type MinOs } from './vocabulary';

const COND_SOURCES: readonly SourceId[] = ['w32-cond', 'w32-condids'];
const FLAG_SOURCES: readonly SourceId[] = ['w32-flags'];

interface Extra {
  readonly note?: string;
  readonly confidence?: Confidence;
  readonly sourceIds?: readonly SourceId[];
}

/** A FWPM_CONDITION_* row. */
function cond(
  name: string,
  meaning: string,
  basis: Basis | null,
  minOs: MinOs,
  extra: Extra = {},
): FilterCondition {
  return {
    id: `FWPM_CONDITION_${name}` as ConditionId,
    meaning,
    basis,
    minOs,
    ...(extra.note === undefined ? {} : { note: extra.note }),
    confidence: extra.confidence ?? 'documented',
    sourceIds: extra.sourceIds ?? COND_SOURCES,
  };
}

/** A FWP_CONDITION_FLAG_* flag, matched through FWPM_CONDITION_FLAGS. */
function flag(
  name: string,
  meaning: string,
  basis: Basis | null,
  minOs: MinOs,
  extra: Extra = {},
): FilterCondition {
  return {
    id: `FWP_CONDITION_FLAG_${name}` as ConditionId,
    meaning,
    basis,
    minOs,
    note:
      extra.note ??
      'A flag test: FWPM_CONDITION_FLAGS with FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET.',
    confidence: extra.confidence ?? 'documented',
    sourceIds: extra.sourceIds ?? FLAG_SOURCES,
  };
}

const SP1 = 'Available from Windows Vista SP1 at some layers (see the flag page).';

/** Every condition any layer lists, alphabetically by kind. */
export const CONDITIONS: readonly FilterCondition[] = [
  // ---- application, user, package ----
  cond(
    'ALE_APP_ID',
    'The application: the normalized device path of its executable (from FwpmGetAppIdFromFileName0).',
    'app',
    'vista',
    { sourceIds: ['w32-cond', 'w32-condids', 'w32-appuser', 'w32-ale'] },
  ),
  cond(
    'ALE_ORIGINAL_APP_ID',
    'The original application of a proxied connection (the same as ALE_APP_ID when not proxied).',
    'app',
    'win8',
    { sourceIds: ['w32-cond', 'w32-condids', 'ddi-fields-netpolicy'] },
  ),
  cond(
    'ALE_USER_ID',
    'The local user: a self-relative security descriptor; the condition is true when its DACL grants FWP_ACTRL_MATCH_FILTER to the user.',
    'user',
    'vista',
    { sourceIds: ['w32-cond', 'w32-condids', 'w32-appuser'] },
  ),
  cond('ALE_PACKAGE_ID', 'The AppContainer package SID of the process.', 'package', 'win8'),
  cond('ALE_PACKAGE_FAMILY_NAME', 'The package family name of the process.', 'package', 'win10', {
    note: CAVEATS.packageFamilyNameVersion.caveat.note,
    confidence: 'inferred',
  }),
  cond(
    'ALE_SECURITY_ATTRIBUTE_FQBN_VALUE',
    'The fully qualified binary name (FQBN) of the application.',
    null,
    'win11-22h2',
    {
      note: 'Listed here only at the outbound network connection policy layer (Windows 11 22H2); its own minimum is not stated.',
      confidence: 'inferred',
      sourceIds: ['ddi-fields-netpolicy'],
    },
  ),
  cond(
    'ALE_REMOTE_USER_ID',
    'The remote user, as authenticated by IPsec.',
    'remote-identity',
    'vista',
    { sourceIds: ['w32-cond', 'w32-condids', 'w32-ale'] },
  ),
  cond(
    'ALE_REMOTE_MACHINE_ID',
    'The remote machine, as authenticated by IPsec.',
    'remote-identity',
    'vista',
    { sourceIds: ['w32-cond', 'w32-condids', 'w32-ale'] },
  ),
  cond('ALE_NAP_CONTEXT', 'The Network Access Protection context (reserved).', null, 'vista'),
  cond(
    'ALE_PROMISCUOUS_MODE',
    'A promiscuous-mode request (SIO_RCVALL and related socket options) — only at resource assignment.',
    null,
    'vista',
  ),
  cond(
    'ALE_SIO_FIREWALL_SYSTEM_PORT',
    'Whether the socket was marked as a firewall system port.',
    null,
    'vista',
    {
      note: 'Listed under "Windows 7 and later" at resource assignment and auth listen, and without a version at receive-accept.',
    },
  ),
  cond('PEER_NAME', 'The name of the peer the application wants to reach.', null, 'win7'),

  // ---- addresses ----
  cond('IP_LOCAL_ADDRESS', 'The local IP address.', 'address', 'vista'),
  cond('IP_REMOTE_ADDRESS', 'The remote IP address.', 'address', 'vista'),
  cond('IP_SOURCE_ADDRESS', 'The source IP address of the packet.', 'address', 'vista'),
  cond('IP_DESTINATION_ADDRESS', 'The destination IP address of the packet.', 'address', 'vista'),
  cond('IP_LOCAL_ADDRESS_V4', 'The local IPv4 address (RPC layers).', 'address', 'vista'),
  cond('IP_LOCAL_ADDRESS_V6', 'The local IPv6 address (RPC layers).', 'address', 'vista'),
  cond('IP_REMOTE_ADDRESS_V4', 'The remote IPv4 address (RPC layers).', 'address', 'vista'),
  cond('IP_REMOTE_ADDRESS_V6', 'The remote IPv6 address (RPC layers).', 'address', 'vista'),
  cond(
    'IP_LOCAL_ADDRESS_TYPE',
    'The local address type (NL_ADDRESS_TYPE: unicast, broadcast, multicast …).',
    null,
    'vista',
  ),
  cond(
    'IP_DESTINATION_ADDRESS_TYPE',
    'The destination address type (NL_ADDRESS_TYPE).',
    null,
    'vista',
  ),
  cond(
    'EMBEDDED_REMOTE_ADDRESS',
    'The remote address of the packet embedded in an ICMP error.',
    'address',
    'vista',
  ),
  cond(
    'EMBEDDED_LOCAL_ADDRESS_TYPE',
    'The local address type of the packet embedded in an ICMP error.',
    null,
    'vista',
  ),

  // ---- ports and protocol ----
  cond(
    'IP_LOCAL_PORT',
    'The local transport port (at ALE, transport and datagram layers it also carries the ICMP type).',
    'port',
    'vista',
  ),
  cond(
    'IP_REMOTE_PORT',
    'The remote transport port (at ALE, transport and datagram layers it also carries the ICMP code).',
    'port',
    'vista',
  ),
  cond('IP_SOURCE_PORT', 'The source port (vSwitch transport layers).', 'port', 'win8'),
  cond('IP_DESTINATION_PORT', 'The destination port (vSwitch transport layers).', 'port', 'win8'),
  cond(
    'EMBEDDED_LOCAL_PORT',
    'The local port of the packet embedded in an ICMP error.',
    'port',
    'vista',
  ),
  cond(
    'EMBEDDED_REMOTE_PORT',
    'The remote port of the packet embedded in an ICMP error.',
    'port',
    'vista',
  ),
  cond(
    'IP_PROTOCOL',
    'The IP protocol number (TCP 6, UDP 17, ICMP 1, ICMPv6 58 …).',
    'protocol',
    'vista',
  ),
  cond(
    'EMBEDDED_PROTOCOL',
    'The IP protocol of the packet embedded in an ICMP error.',
    'protocol',
    'vista',
  ),

  // ---- ICMP ----
  cond(
    'ICMP_TYPE',
    'The ICMP type (ICMPv6 numbers destination-unreachable as 1, not 3).',
    'icmp-type',
    'vista',
    {
      note: `At the ICMP-error layers a documented condition. At the ALE connect/receive-accept/flow-established, transport and datagram-data layers: ${CAVEATS.icmpTypeInPortFields.caveat.note}`,
      sourceIds: [
        'w32-cond',
        'w32-condids',
        'ddi-fields',
        'ddi-fields-transport',
        'ddi-fields-datagram',
        'rfc-4443',
      ],
    },
  ),
  cond('ICMP_CODE', 'The ICMP code.', 'icmp-type', 'vista', {
    note: 'Outside the ICMP-error layers it travels in the remote-port field (see ICMP_TYPE).',
    sourceIds: ['w32-cond', 'w32-condids', 'ddi-fields'],
  }),
  cond(
    'ORIGINAL_ICMP_TYPE',
    'The ICMP type of the original packet behind a receive-accept/connect classify.',
    null,
    'win7',
  ),
  cond('VSWITCH_ICMP_TYPE', 'The ICMP type on the vSwitch transport layers.', 'icmp-type', 'win8'),
  cond('VSWITCH_ICMP_CODE', 'The ICMP code on the vSwitch transport layers.', 'icmp-type', 'win8'),

  // ---- interfaces ----
  cond('IP_LOCAL_INTERFACE', 'The local interface (LUID).', 'interface', 'vista'),
  cond('IP_ARRIVAL_INTERFACE', 'The interface the packet arrived on (LUID).', 'interface', 'vista'),
  cond('IP_NEXTHOP_INTERFACE', 'The next-hop interface (LUID).', 'interface', 'win7'),
  cond('IP_FORWARD_INTERFACE', 'The interface a forwarded packet leaves by.', 'interface', 'vista'),
  cond(
    'IP_PHYSICAL_ARRIVAL_INTERFACE',
    'The physical interface a forwarded packet arrived on.',
    'interface',
    'win7',
  ),
  cond(
    'IP_PHYSICAL_NEXTHOP_INTERFACE',
    'The physical interface a forwarded packet leaves by.',
    'interface',
    'win7',
  ),
  cond('INTERFACE', 'The network interface (MAC layers).', 'interface', 'win8'),
  cond('INTERFACE_INDEX', 'The interface index.', 'interface', 'vista', {
    note: 'At ALE auth connect from Vista SP1; at receive-accept and inbound ICMP error the Vista/7 name of LOCAL_INTERFACE_INDEX.',
  }),
  cond('INTERFACE_TYPE', 'The interface type (IANA ifType).', 'interface', 'vista'),
  cond('SUB_INTERFACE_INDEX', 'The sub-interface index.', 'interface', 'vista'),
  cond('TUNNEL_TYPE', 'The tunnel type of the interface.', 'interface', 'vista'),
  cond('ARRIVAL_INTERFACE_INDEX', 'The arrival interface index.', 'interface', 'vista'),
  cond('ARRIVAL_INTERFACE_TYPE', 'The arrival interface type.', 'interface', 'vista'),
  cond('ARRIVAL_SUB_INTERFACE_INDEX', 'The arrival sub-interface index.', 'interface', 'vista', {
    note: CAVEATS.conditionNamingAcrossVersions.caveat.note,
  }),
  cond('ARRIVAL_TUNNEL_TYPE', 'The arrival interface tunnel type.', 'interface', 'vista'),
  cond('LOCAL_INTERFACE_INDEX', 'The local interface index.', 'interface', 'vista', {
    note: CAVEATS.conditionNamingAcrossVersions.caveat.note,
  }),
  cond('LOCAL_INTERFACE_TYPE', 'The local interface type.', 'interface', 'vista', {
    note: CAVEATS.conditionNamingAcrossVersions.caveat.note,
  }),
  cond('LOCAL_TUNNEL_TYPE', 'The local interface tunnel type.', 'interface', 'vista', {
    note: CAVEATS.conditionNamingAcrossVersions.caveat.note,
  }),
  cond('NEXTHOP_INTERFACE_INDEX', 'The next-hop interface index.', 'interface', 'win7'),
  cond('NEXTHOP_INTERFACE_TYPE', 'The next-hop interface type.', 'interface', 'win7'),
  cond('NEXTHOP_SUB_INTERFACE_INDEX', 'The next-hop sub-interface index.', 'interface', 'win7'),
  cond('NEXTHOP_TUNNEL_TYPE', 'The next-hop tunnel type.', 'interface', 'win7'),
  cond(
    'SOURCE_INTERFACE_INDEX',
    'The interface a forwarded packet came from.',
    'interface',
    'vista',
  ),
  cond(
    'SOURCE_SUB_INTERFACE_INDEX',
    'The sub-interface a forwarded packet came from.',
    'interface',
    'vista',
  ),
  cond(
    'DESTINATION_INTERFACE_INDEX',
    'The interface a forwarded packet goes to.',
    'interface',
    'vista',
  ),
  cond(
    'DESTINATION_SUB_INTERFACE_INDEX',
    'The sub-interface a forwarded packet goes to.',
    'interface',
    'vista',
  ),
  cond('NDIS_PORT', 'The NDIS port number.', null, 'win8'),
  cond('NDIS_MEDIA_TYPE', 'The NDIS media type (native MAC layers).', null, 'win8'),
  cond(
    'NDIS_PHYSICAL_MEDIA_TYPE',
    'The NDIS physical media type (native MAC layers).',
    null,
    'win8',
  ),
  cond('COMPARTMENT_ID', 'The routing compartment of the interface.', null, 'win10'),

  // ---- network profile, direction, flags, reauthorization ----
  cond(
    'CURRENT_PROFILE_ID',
    'The current network profile (domain, private, public).',
    null,
    'win7',
  ),
  cond('ORIGINAL_PROFILE_ID', 'The network profile the flow started in.', null, 'win7'),
  cond('LOCAL_INTERFACE_PROFILE_ID', 'The network profile of the local interface.', null, 'win7'),
  cond(
    'ARRIVAL_INTERFACE_PROFILE_ID',
    'The network profile of the arrival interface.',
    null,
    'win7',
  ),
  cond(
    'NEXTHOP_INTERFACE_PROFILE_ID',
    'The network profile of the next-hop interface.',
    null,
    'win7',
  ),
  cond(
    'DIRECTION',
    'The direction (FWP_DIRECTION_INBOUND/OUTBOUND): of the connection at flow-established and stream, of the packet at datagram-data and stream-packet.',
    null,
    'vista',
  ),
  cond('FLAGS', 'A bit field of FWP_CONDITION_FLAG_* flags.', null, 'vista'),
  cond('REAUTHORIZE_REASON', 'Why a flow is being reauthorized.', null, 'win7', {
    sourceIds: ['w32-cond', 'w32-flags', 'w32-reauth'],
  }),

  // ---- layer 2 ----
  cond('MAC_LOCAL_ADDRESS', 'The local MAC address.', 'mac', 'win8'),
  cond('MAC_REMOTE_ADDRESS', 'The remote MAC address.', 'mac', 'win8'),
  cond('MAC_SOURCE_ADDRESS', 'The source MAC address (vSwitch).', 'mac', 'win8'),
  cond('MAC_DESTINATION_ADDRESS', 'The destination MAC address (vSwitch).', 'mac', 'win8'),
  cond('INTERFACE_MAC_ADDRESS', 'The MAC address of the local interface.', 'mac', 'win8'),
  cond(
    'MAC_LOCAL_ADDRESS_TYPE',
    'The local MAC address type (unicast, multicast, broadcast).',
    null,
    'win8',
  ),
  cond('MAC_REMOTE_ADDRESS_TYPE', 'The remote MAC address type.', null, 'win8'),
  cond('MAC_SOURCE_ADDRESS_TYPE', 'The source MAC address type (vSwitch).', null, 'win8'),
  cond('MAC_DESTINATION_ADDRESS_TYPE', 'The destination MAC address type (vSwitch).', null, 'win8'),
  cond('ETHER_TYPE', 'The EtherType of the frame.', 'ethertype', 'win8'),
  cond('VLAN_ID', 'The VLAN identifier.', 'vlan', 'win8'),
  cond('L2_FLAGS', 'Layer-2 flags (FWP_CONDITION_L2_*).', null, 'win8'),

  // ---- vSwitch ----
  cond('VSWITCH_ID', 'The virtual switch.', null, 'win8'),
  cond('VSWITCH_NETWORK_TYPE', 'The virtual switch network type.', null, 'win8'),
  cond('VSWITCH_TENANT_NETWORK_ID', 'The tenant network.', null, 'win8'),
  cond(
    'VSWITCH_SOURCE_INTERFACE_ID',
    'The switch port/NIC the frame comes from (match on NIC id rather than MAC address).',
    'interface',
    'win8',
    { sourceIds: ['w32-cond', 'w32-condids', 'wdk-vsw'] },
  ),
  cond('VSWITCH_SOURCE_INTERFACE_TYPE', 'The type of the source switch port.', null, 'win8'),
  cond('VSWITCH_SOURCE_VM_ID', 'The virtual machine that sent the frame.', 'vm', 'win8'),
  cond(
    'VSWITCH_DESTINATION_INTERFACE_ID',
    'The switch port/NIC the frame goes to — egress layers only.',
    'interface',
    'win8',
    { sourceIds: ['w32-cond', 'ddi-fields-vsw-egress', 'ddi-fields-vsw-ingress'] },
  ),
  cond(
    'VSWITCH_DESTINATION_INTERFACE_TYPE',
    'The type of the destination switch port — egress layers only.',
    null,
    'win8',
    { sourceIds: ['w32-cond', 'ddi-fields-vsw-egress'] },
  ),
  cond(
    'VSWITCH_DESTINATION_VM_ID',
    'The virtual machine the frame goes to — only at the egress vSwitch layers (the destination is known only once the switch has forwarded the frame).',
    'vm',
    'win8',
    { sourceIds: ['w32-cond', 'ddi-fields-vsw-egress', 'ddi-fields-vsw-ingress'] },
  ),
  cond('VSWITCH_L2_FLAGS', 'vSwitch layer-2 flags.', null, 'win8', {
    note: CAVEATS.wdkConditionCopyTypos.caveat.note,
    sourceIds: ['w32-cond', 'wdk-cond'],
  }),

  // ---- keying / IPsec ----
  cond(
    'KM_AUTH_NAP_CONTEXT',
    'The NAP context of a keying-module authorization (reserved).',
    null,
    'win7',
  ),
  cond('REMOTE_ID', 'The remote identity in an SA negotiation.', 'remote-identity', 'win7'),
  cond('AUTHENTICATION_TYPE', 'The authentication type of the SA negotiation.', null, 'win7'),
  cond('KM_TYPE', 'The keying module (IKE, AuthIP, IKEv2).', null, 'win7'),
  cond('KM_MODE', 'The keying-module mode (main, quick, extended).', null, 'win7'),
  cond('IPSEC_POLICY_KEY', 'The IPsec policy the negotiation uses.', null, 'win7'),

  // ---- RPC ----
  cond('RPC_IF_UUID', 'The RPC interface UUID.', 'rpc-interface', 'vista'),
  cond('RPC_IF_VERSION', 'The RPC interface version.', 'rpc-interface', 'vista'),
  cond('RPC_IF_FLAG', 'The RPC interface flags.', 'rpc-interface', 'vista'),
  cond('RPC_OPNUM', 'The RPC operation number.', 'rpc-interface', 'win11-22h2', {
    note: 'Windows 11, or Windows 10 with the October 2025 cumulative update per the condition page; modelled conservatively as Windows 11 22H2.',
    confidence: 'inferred',
  }),
  cond('RPC_AUTH_LEVEL', 'The RPC authentication level.', 'rpc-interface', 'vista'),
  cond('RPC_AUTH_TYPE', 'The RPC authentication type.', 'rpc-interface', 'vista'),
  cond(
    'RPC_PROTOCOL',
    'The RPC protocol sequence (ncacn_ip_tcp, ncacn_np, ncalrpc …).',
    null,
    'vista',
  ),
  cond('RPC_EP_VALUE', 'The RPC endpoint value being added.', null, 'vista'),
  cond('RPC_EP_FLAGS', 'The flags of the RPC endpoint being added.', null, 'vista'),
  cond(
    'PROCESS_WITH_RPC_IF_UUID',
    'A process that hosts the given RPC interface.',
    'rpc-interface',
    'vista',
  ),
  cond('DCOM_APP_ID', 'The DCOM application id.', 'rpc-interface', 'vista'),
  cond('IMAGE_NAME', 'The image name of the RPC server process.', null, 'vista'),
  cond('PIPE', 'The named pipe of the RPC call.', null, 'vista'),
  cond('REMOTE_USER_TOKEN', 'The token of the remote RPC caller.', 'remote-identity', 'vista'),
  cond('SEC_ENCRYPT_ALGORITHM', 'The encryption algorithm of the RPC connection.', null, 'vista'),
  cond('SEC_KEY_SIZE', 'The key size of the RPC connection.', null, 'vista'),
  cond('CLIENT_TOKEN', 'The token of the RpcProxy client.', 'remote-identity', 'vista'),
  cond(
    'CLIENT_CERT_KEY_LENGTH',
    'The key length of the RpcProxy client certificate.',
    null,
    'vista',
  ),
  cond('CLIENT_CERT_OID', 'The OID of the RpcProxy client certificate.', null, 'vista'),
  cond('RPC_PROXY_AUTH_TYPE', 'The RpcProxy authentication type.', null, 'vista'),
  cond('RPC_SERVER_NAME', 'The RPC server an RpcProxy connection targets.', null, 'vista'),
  cond('RPC_SERVER_PORT', 'The RPC server port an RpcProxy connection targets.', null, 'vista'),

  // ---- flags (through FWPM_CONDITION_FLAGS) ----
  flag('IS_LOOPBACK', 'Loopback traffic.', 'loopback', 'vista', {
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag('IS_IPSEC_SECURED', 'Traffic protected by IPsec.', null, 'vista', {
    sourceIds: ['w32-flags', 'wdk-ipsec'],
  }),
  flag(
    'IS_REAUTHORIZE',
    'A reauthorization (policy change) rather than a new connection.',
    null,
    'vista',
    {
      sourceIds: ['w32-flags', 'w32-reauth'],
    },
  ),
  flag('IS_WILDCARD_BIND', 'The application bound to a wildcard address.', null, 'vista'),
  flag('IS_RAW_ENDPOINT', 'The local endpoint is a raw socket.', null, 'vista', {
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag(
    'IS_FRAGMENT',
    'The NET_BUFFER_LIST is an IP fragment (inbound IP packet layers).',
    'fragments',
    'vista',
    {
      note: 'Match with FWP_MATCH_FLAGS_NONE_SET to skip the per-fragment indications.',
      sourceIds: ['w32-flags', 'wdk-layerreq'],
    },
  ),
  flag(
    'IS_FRAGMENT_GROUP',
    'The NET_BUFFER_LIST is a chain of fragments (forward layer, fragment grouping on).',
    'fragments',
    'vista',
  ),
  flag('IS_REASSEMBLED', 'The packet was reassembled.', 'fragments', 'vista', {
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag(
    'IS_NAME_APP_SPECIFIED',
    'The peer name came from the application (WSASetSocketPeerTargetName), not from caching heuristics.',
    null,
    'win7',
  ),
  flag('IS_AUTH_FW', 'The connection is end-to-end authenticated.', null, 'win7'),
  flag('IS_RECLASSIFY', 'A previous bind or listen is being reclassified.', null, 'win7'),
  flag(
    'IS_HONORING_POLICY_AUTHORIZE',
    'A classify that honours the intent of a redirected Store app (generally allow it).',
    null,
    'win8',
  ),
];

const BY_ID: ReadonlyMap<string, FilterCondition> = new Map(CONDITIONS.map((c) => [c.id, c]));

/** The condition with this id, or undefined. Pure. */
export function getCondition(id: string): FilterCondition | undefined {
  return BY_ID.get(id);
}

/**
 * The basis items a plain user-mode filter can match at `layer`: the basis of each condition the
 * layer lists, keeping only conditions that exist on `os` (every condition when `os` is omitted).
 * Pure.
 */
export function filterBasisOf(layer: Layer, os?: MinOs): ReadonlySet<Basis> {
  const out = new Set<Basis>();
  for (const id of layer.conditions) {
    const c = BY_ID.get(id);
    if (!c || c.basis === null) continue;
    if (os !== undefined && !osAtLeast(os, c.minOs)) continue;
    out.add(c.basis);
  }
  return out;
}
