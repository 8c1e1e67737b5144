/**
 * The filter conditions a user-mode filter (FwpmFilterAdd0) can match, with the basis item each
 * lets a filter decide on and the oldest Windows that has it (layers.md §4; Win32 condition,
 * condition-identifier and flag pages). Which condition exists at which layer lives in each
 * layer's `conditions`. Pure data plus one pure derivation, `filterBasisOf`.
 */
import { QUOTED_CAVEAT_NOTES } from './caveat-notes-quoted';
import type { Confidence, ConditionId, FilterCondition, Layer, SourceId } from './types';
import { osAtLeast, type Basis, type MinOs } from './vocabulary';

const COND_SOURCES: readonly SourceId[] = ['w32-cond', 'w32-condids'];
const FLAG_SOURCES: readonly SourceId[] = ['w32-flags'];

/** One condition row: its name without the prefix, what it matches, and optional overrides. */
interface Row {
  readonly name: string;
  readonly meaning: string;
  readonly basis: Basis | null;
  readonly minOs: MinOs;
  readonly note?: string;
  readonly confidence?: Confidence;
  readonly sourceIds?: readonly SourceId[];
}

/** A FWPM_CONDITION_* row. */
function cond({ name, meaning, basis, minOs, note, confidence, sourceIds }: Row): FilterCondition {
  return {
    id: `FWPM_CONDITION_${name}` as ConditionId,
    meaning,
    basis,
    minOs,
    ...(note === undefined ? {} : { note }),
    confidence: confidence ?? 'documented',
    sourceIds: sourceIds ?? COND_SOURCES,
  };
}

/** A FWP_CONDITION_FLAG_* flag, matched through FWPM_CONDITION_FLAGS. */
function flag({ name, meaning, basis, minOs, note, confidence, sourceIds }: Row): FilterCondition {
  return {
    id: `FWP_CONDITION_FLAG_${name}` as ConditionId,
    meaning,
    basis,
    minOs,
    note:
      note ??
      'A flag test: FWPM_CONDITION_FLAGS with FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET.',
    confidence: confidence ?? 'documented',
    sourceIds: sourceIds ?? FLAG_SOURCES,
  };
}

const SP1 = 'Available from Windows Vista SP1 at some layers (see the flag page).';

/** Every condition any layer lists, alphabetically by kind. */
export const CONDITIONS: readonly FilterCondition[] = [
  // ---- application, user, package ----
  cond({
    name: 'ALE_APP_ID',
    meaning:
      'The application: the normalized device path of its executable (from FwpmGetAppIdFromFileName0).',
    basis: 'app',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'w32-appuser', 'w32-ale'],
  }),
  cond({
    name: 'ALE_ORIGINAL_APP_ID',
    meaning:
      'The original application of a proxied connection (the same as ALE_APP_ID when not proxied).',
    basis: 'app',
    minOs: 'win8',
    sourceIds: ['w32-cond', 'w32-condids', 'ddi-fields-netpolicy'],
  }),
  cond({
    name: 'ALE_USER_ID',
    meaning:
      'The local user: a self-relative security descriptor; the condition is true when its DACL grants FWP_ACTRL_MATCH_FILTER to the user.',
    basis: 'user',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'w32-appuser'],
  }),
  cond({
    name: 'ALE_PACKAGE_ID',
    meaning: 'The AppContainer package SID of the process.',
    basis: 'package',
    minOs: 'win8',
  }),
  cond({
    name: 'ALE_PACKAGE_FAMILY_NAME',
    meaning: 'The package family name of the process.',
    basis: 'package',
    minOs: 'win10',
    note: QUOTED_CAVEAT_NOTES.packageFamilyNameVersion,
    confidence: 'inferred',
  }),
  cond({
    name: 'ALE_SECURITY_ATTRIBUTE_FQBN_VALUE',
    meaning: 'The fully qualified binary name (FQBN) of the application.',
    basis: null,
    minOs: 'win11-22h2',
    note: 'Listed here only at the outbound network connection policy layer (Windows 11 22H2); its own minimum is not stated.',
    confidence: 'inferred',
    sourceIds: ['ddi-fields-netpolicy'],
  }),
  cond({
    name: 'ALE_REMOTE_USER_ID',
    meaning: 'The remote user, as authenticated by IPsec.',
    basis: 'remote-identity',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'w32-ale'],
  }),
  cond({
    name: 'ALE_REMOTE_MACHINE_ID',
    meaning: 'The remote machine, as authenticated by IPsec.',
    basis: 'remote-identity',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'w32-ale'],
  }),
  cond({
    name: 'ALE_NAP_CONTEXT',
    meaning: 'The Network Access Protection context (reserved).',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'ALE_PROMISCUOUS_MODE',
    meaning:
      'A promiscuous-mode request (SIO_RCVALL and related socket options) — only at resource assignment.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'ALE_SIO_FIREWALL_SYSTEM_PORT',
    meaning: 'Whether the socket was marked as a firewall system port.',
    basis: null,
    minOs: 'vista',
    note: 'Listed under "Windows 7 and later" at resource assignment and auth listen, and without a version at receive-accept.',
  }),
  cond({
    name: 'PEER_NAME',
    meaning: 'The name of the peer the application wants to reach.',
    basis: null,
    minOs: 'win7',
  }),

  // ---- addresses ----
  cond({
    name: 'IP_LOCAL_ADDRESS',
    meaning: 'The local IP address.',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_REMOTE_ADDRESS',
    meaning: 'The remote IP address.',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_SOURCE_ADDRESS',
    meaning: 'The source IP address of the packet.',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_DESTINATION_ADDRESS',
    meaning: 'The destination IP address of the packet.',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_LOCAL_ADDRESS_V4',
    meaning: 'The local IPv4 address (RPC layers).',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_LOCAL_ADDRESS_V6',
    meaning: 'The local IPv6 address (RPC layers).',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_REMOTE_ADDRESS_V4',
    meaning: 'The remote IPv4 address (RPC layers).',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_REMOTE_ADDRESS_V6',
    meaning: 'The remote IPv6 address (RPC layers).',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_LOCAL_ADDRESS_TYPE',
    meaning: 'The local address type (NL_ADDRESS_TYPE: unicast, broadcast, multicast …).',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'IP_DESTINATION_ADDRESS_TYPE',
    meaning: 'The destination address type (NL_ADDRESS_TYPE).',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'EMBEDDED_REMOTE_ADDRESS',
    meaning: 'The remote address of the packet embedded in an ICMP error.',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'EMBEDDED_LOCAL_ADDRESS_TYPE',
    meaning: 'The local address type of the packet embedded in an ICMP error.',
    basis: null,
    minOs: 'vista',
  }),

  // ---- ports and protocol ----
  cond({
    name: 'IP_LOCAL_PORT',
    meaning:
      'The local transport port (at ALE, transport and datagram layers it also carries the ICMP type).',
    basis: 'port',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_REMOTE_PORT',
    meaning:
      'The remote transport port (at ALE, transport and datagram layers it also carries the ICMP code).',
    basis: 'port',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_SOURCE_PORT',
    meaning: 'The source port (vSwitch transport layers).',
    basis: 'port',
    minOs: 'win8',
  }),
  cond({
    name: 'IP_DESTINATION_PORT',
    meaning: 'The destination port (vSwitch transport layers).',
    basis: 'port',
    minOs: 'win8',
  }),
  cond({
    name: 'EMBEDDED_LOCAL_PORT',
    meaning: 'The local port of the packet embedded in an ICMP error.',
    basis: 'port',
    minOs: 'vista',
  }),
  cond({
    name: 'EMBEDDED_REMOTE_PORT',
    meaning: 'The remote port of the packet embedded in an ICMP error.',
    basis: 'port',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_PROTOCOL',
    meaning: 'The IP protocol number (TCP 6, UDP 17, ICMP 1, ICMPv6 58 …).',
    basis: 'protocol',
    minOs: 'vista',
  }),
  cond({
    name: 'EMBEDDED_PROTOCOL',
    meaning: 'The IP protocol of the packet embedded in an ICMP error.',
    basis: 'protocol',
    minOs: 'vista',
  }),

  // ---- ICMP ----
  cond({
    name: 'ICMP_TYPE',
    meaning: 'The ICMP type (ICMPv6 numbers destination-unreachable as 1, not 3).',
    basis: 'icmp-type',
    minOs: 'vista',
    note: `At the ICMP-error layers a documented condition. At the ALE connect/receive-accept/flow-established, transport and datagram-data layers: ${QUOTED_CAVEAT_NOTES.icmpTypeInPortFields}`,
    sourceIds: [
      'w32-cond',
      'w32-condids',
      'ddi-fields',
      'ddi-fields-transport',
      'ddi-fields-datagram',
      'rfc-4443',
    ],
  }),
  cond({
    name: 'ICMP_CODE',
    meaning: 'The ICMP code.',
    basis: 'icmp-type',
    minOs: 'vista',
    note: 'Outside the ICMP-error layers it travels in the remote-port field (see ICMP_TYPE).',
    sourceIds: ['w32-cond', 'w32-condids', 'ddi-fields'],
  }),
  cond({
    name: 'ORIGINAL_ICMP_TYPE',
    meaning: 'The ICMP type of the original packet behind a receive-accept/connect classify.',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'VSWITCH_ICMP_TYPE',
    meaning: 'The ICMP type on the vSwitch transport layers.',
    basis: 'icmp-type',
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_ICMP_CODE',
    meaning: 'The ICMP code on the vSwitch transport layers.',
    basis: 'icmp-type',
    minOs: 'win8',
  }),

  // ---- interfaces ----
  cond({
    name: 'IP_LOCAL_INTERFACE',
    meaning: 'The local interface (LUID).',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_ARRIVAL_INTERFACE',
    meaning: 'The interface the packet arrived on (LUID).',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_NEXTHOP_INTERFACE',
    meaning: 'The next-hop interface (LUID).',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'IP_FORWARD_INTERFACE',
    meaning: 'The interface a forwarded packet leaves by.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_PHYSICAL_ARRIVAL_INTERFACE',
    meaning: 'The physical interface a forwarded packet arrived on.',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'IP_PHYSICAL_NEXTHOP_INTERFACE',
    meaning: 'The physical interface a forwarded packet leaves by.',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'INTERFACE',
    meaning: 'The network interface (MAC layers).',
    basis: 'interface',
    minOs: 'win8',
  }),
  cond({
    name: 'INTERFACE_INDEX',
    meaning: 'The interface index.',
    basis: 'interface',
    minOs: 'vista',
    note: 'At ALE auth connect from Vista SP1; at receive-accept and inbound ICMP error the Vista/7 name of LOCAL_INTERFACE_INDEX.',
  }),
  cond({
    name: 'INTERFACE_TYPE',
    meaning: 'The interface type (IANA ifType).',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'SUB_INTERFACE_INDEX',
    meaning: 'The sub-interface index.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'TUNNEL_TYPE',
    meaning: 'The tunnel type of the interface.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'ARRIVAL_INTERFACE_INDEX',
    meaning: 'The arrival interface index.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'ARRIVAL_INTERFACE_TYPE',
    meaning: 'The arrival interface type.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'ARRIVAL_SUB_INTERFACE_INDEX',
    meaning: 'The arrival sub-interface index.',
    basis: 'interface',
    minOs: 'vista',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  }),
  cond({
    name: 'ARRIVAL_TUNNEL_TYPE',
    meaning: 'The arrival interface tunnel type.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'LOCAL_INTERFACE_INDEX',
    meaning: 'The local interface index.',
    basis: 'interface',
    minOs: 'vista',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  }),
  cond({
    name: 'LOCAL_INTERFACE_TYPE',
    meaning: 'The local interface type.',
    basis: 'interface',
    minOs: 'vista',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  }),
  cond({
    name: 'LOCAL_TUNNEL_TYPE',
    meaning: 'The local interface tunnel type.',
    basis: 'interface',
    minOs: 'vista',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  }),
  cond({
    name: 'NEXTHOP_INTERFACE_INDEX',
    meaning: 'The next-hop interface index.',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'NEXTHOP_INTERFACE_TYPE',
    meaning: 'The next-hop interface type.',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'NEXTHOP_SUB_INTERFACE_INDEX',
    meaning: 'The next-hop sub-interface index.',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'NEXTHOP_TUNNEL_TYPE',
    meaning: 'The next-hop tunnel type.',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'SOURCE_INTERFACE_INDEX',
    meaning: 'The interface a forwarded packet came from.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'SOURCE_SUB_INTERFACE_INDEX',
    meaning: 'The sub-interface a forwarded packet came from.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'DESTINATION_INTERFACE_INDEX',
    meaning: 'The interface a forwarded packet goes to.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'DESTINATION_SUB_INTERFACE_INDEX',
    meaning: 'The sub-interface a forwarded packet goes to.',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({ name: 'NDIS_PORT', meaning: 'The NDIS port number.', basis: null, minOs: 'win8' }),
  cond({
    name: 'NDIS_MEDIA_TYPE',
    meaning: 'The NDIS media type (native MAC layers).',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'NDIS_PHYSICAL_MEDIA_TYPE',
    meaning: 'The NDIS physical media type (native MAC layers).',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'COMPARTMENT_ID',
    meaning: 'The routing compartment of the interface.',
    basis: null,
    minOs: 'win10',
  }),

  // ---- network profile, direction, flags, reauthorization ----
  cond({
    name: 'CURRENT_PROFILE_ID',
    meaning: 'The current network profile (domain, private, public).',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'ORIGINAL_PROFILE_ID',
    meaning: 'The network profile the flow started in.',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'LOCAL_INTERFACE_PROFILE_ID',
    meaning: 'The network profile of the local interface.',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'ARRIVAL_INTERFACE_PROFILE_ID',
    meaning: 'The network profile of the arrival interface.',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'NEXTHOP_INTERFACE_PROFILE_ID',
    meaning: 'The network profile of the next-hop interface.',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'DIRECTION',
    meaning:
      'The direction (FWP_DIRECTION_INBOUND/OUTBOUND): of the connection at flow-established and stream, of the packet at datagram-data and stream-packet.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'FLAGS',
    meaning: 'A bit field of FWP_CONDITION_FLAG_* flags.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'REAUTHORIZE_REASON',
    meaning: 'Why a flow is being reauthorized.',
    basis: null,
    minOs: 'win7',
    sourceIds: ['w32-cond', 'w32-flags', 'w32-reauth'],
  }),

  // ---- layer 2 ----
  cond({
    name: 'MAC_LOCAL_ADDRESS',
    meaning: 'The local MAC address.',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_REMOTE_ADDRESS',
    meaning: 'The remote MAC address.',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_SOURCE_ADDRESS',
    meaning: 'The source MAC address (vSwitch).',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_DESTINATION_ADDRESS',
    meaning: 'The destination MAC address (vSwitch).',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'INTERFACE_MAC_ADDRESS',
    meaning: 'The MAC address of the local interface.',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_LOCAL_ADDRESS_TYPE',
    meaning: 'The local MAC address type (unicast, multicast, broadcast).',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_REMOTE_ADDRESS_TYPE',
    meaning: 'The remote MAC address type.',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_SOURCE_ADDRESS_TYPE',
    meaning: 'The source MAC address type (vSwitch).',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_DESTINATION_ADDRESS_TYPE',
    meaning: 'The destination MAC address type (vSwitch).',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'ETHER_TYPE',
    meaning: 'The EtherType of the frame.',
    basis: 'ethertype',
    minOs: 'win8',
  }),
  cond({ name: 'VLAN_ID', meaning: 'The VLAN identifier.', basis: 'vlan', minOs: 'win8' }),
  cond({
    name: 'L2_FLAGS',
    meaning: 'Layer-2 flags (FWP_CONDITION_L2_*).',
    basis: null,
    minOs: 'win8',
  }),

  // ---- vSwitch ----
  cond({ name: 'VSWITCH_ID', meaning: 'The virtual switch.', basis: null, minOs: 'win8' }),
  cond({
    name: 'VSWITCH_NETWORK_TYPE',
    meaning: 'The virtual switch network type.',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_TENANT_NETWORK_ID',
    meaning: 'The tenant network.',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_SOURCE_INTERFACE_ID',
    meaning: 'The switch port/NIC the frame comes from (match on NIC id rather than MAC address).',
    basis: 'interface',
    minOs: 'win8',
    sourceIds: ['w32-cond', 'w32-condids', 'wdk-vsw'],
  }),
  cond({
    name: 'VSWITCH_SOURCE_INTERFACE_TYPE',
    meaning: 'The type of the source switch port.',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_SOURCE_VM_ID',
    meaning: 'The virtual machine that sent the frame.',
    basis: 'vm',
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_DESTINATION_INTERFACE_ID',
    meaning: 'The switch port/NIC the frame goes to — egress layers only.',
    basis: 'interface',
    minOs: 'win8',
    sourceIds: ['w32-cond', 'ddi-fields-vsw-egress', 'ddi-fields-vsw-ingress'],
  }),
  cond({
    name: 'VSWITCH_DESTINATION_INTERFACE_TYPE',
    meaning: 'The type of the destination switch port — egress layers only.',
    basis: null,
    minOs: 'win8',
    sourceIds: ['w32-cond', 'ddi-fields-vsw-egress'],
  }),
  cond({
    name: 'VSWITCH_DESTINATION_VM_ID',
    meaning:
      'The virtual machine the frame goes to — only at the egress vSwitch layers (the destination is known only once the switch has forwarded the frame).',
    basis: 'vm',
    minOs: 'win8',
    sourceIds: ['w32-cond', 'ddi-fields-vsw-egress', 'ddi-fields-vsw-ingress'],
  }),
  cond({
    name: 'VSWITCH_L2_FLAGS',
    meaning: 'vSwitch layer-2 flags.',
    basis: null,
    minOs: 'win8',
    note: QUOTED_CAVEAT_NOTES.wdkConditionCopyTypos,
    sourceIds: ['w32-cond', 'wdk-cond'],
  }),

  // ---- keying / IPsec ----
  cond({
    name: 'KM_AUTH_NAP_CONTEXT',
    meaning: 'The NAP context of a keying-module authorization (reserved).',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'REMOTE_ID',
    meaning: 'The remote identity in an SA negotiation.',
    basis: 'remote-identity',
    minOs: 'win7',
  }),
  cond({
    name: 'AUTHENTICATION_TYPE',
    meaning: 'The authentication type of the SA negotiation.',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'KM_TYPE',
    meaning: 'The keying module (IKE, AuthIP, IKEv2).',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'KM_MODE',
    meaning: 'The keying-module mode (main, quick, extended).',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'IPSEC_POLICY_KEY',
    meaning: 'The IPsec policy the negotiation uses.',
    basis: null,
    minOs: 'win7',
  }),

  // ---- RPC ----
  cond({
    name: 'RPC_IF_UUID',
    meaning: 'The RPC interface UUID.',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_IF_VERSION',
    meaning: 'The RPC interface version.',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_IF_FLAG',
    meaning: 'The RPC interface flags.',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_OPNUM',
    meaning: 'The RPC operation number.',
    basis: 'rpc-interface',
    minOs: 'win11-22h2',
    note: 'Windows 11, or Windows 10 with the October 2025 cumulative update per the condition page; modelled conservatively as Windows 11 22H2.',
    confidence: 'inferred',
  }),
  cond({
    name: 'RPC_AUTH_LEVEL',
    meaning: 'The RPC authentication level.',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_AUTH_TYPE',
    meaning: 'The RPC authentication type.',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_PROTOCOL',
    meaning: 'The RPC protocol sequence (ncacn_ip_tcp, ncacn_np, ncalrpc …).',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_EP_VALUE',
    meaning: 'The RPC endpoint value being added.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_EP_FLAGS',
    meaning: 'The flags of the RPC endpoint being added.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'PROCESS_WITH_RPC_IF_UUID',
    meaning: 'A process that hosts the given RPC interface.',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'DCOM_APP_ID',
    meaning: 'The DCOM application id.',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'IMAGE_NAME',
    meaning: 'The image name of the RPC server process.',
    basis: null,
    minOs: 'vista',
  }),
  cond({ name: 'PIPE', meaning: 'The named pipe of the RPC call.', basis: null, minOs: 'vista' }),
  cond({
    name: 'REMOTE_USER_TOKEN',
    meaning: 'The token of the remote RPC caller.',
    basis: 'remote-identity',
    minOs: 'vista',
  }),
  cond({
    name: 'SEC_ENCRYPT_ALGORITHM',
    meaning: 'The encryption algorithm of the RPC connection.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'SEC_KEY_SIZE',
    meaning: 'The key size of the RPC connection.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'CLIENT_TOKEN',
    meaning: 'The token of the RpcProxy client.',
    basis: 'remote-identity',
    minOs: 'vista',
  }),
  cond({
    name: 'CLIENT_CERT_KEY_LENGTH',
    meaning: 'The key length of the RpcProxy client certificate.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'CLIENT_CERT_OID',
    meaning: 'The OID of the RpcProxy client certificate.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_PROXY_AUTH_TYPE',
    meaning: 'The RpcProxy authentication type.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_SERVER_NAME',
    meaning: 'The RPC server an RpcProxy connection targets.',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_SERVER_PORT',
    meaning: 'The RPC server port an RpcProxy connection targets.',
    basis: null,
    minOs: 'vista',
  }),

  // ---- flags (through FWPM_CONDITION_FLAGS) ----
  flag({
    name: 'IS_LOOPBACK',
    meaning: 'Loopback traffic.',
    basis: 'loopback',
    minOs: 'vista',
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag({
    name: 'IS_IPSEC_SECURED',
    meaning: 'Traffic protected by IPsec.',
    basis: null,
    minOs: 'vista',
    sourceIds: ['w32-flags', 'wdk-ipsec'],
  }),
  flag({
    name: 'IS_REAUTHORIZE',
    meaning: 'A reauthorization (policy change) rather than a new connection.',
    basis: null,
    minOs: 'vista',
    sourceIds: ['w32-flags', 'w32-reauth'],
  }),
  flag({
    name: 'IS_WILDCARD_BIND',
    meaning: 'The application bound to a wildcard address.',
    basis: null,
    minOs: 'vista',
  }),
  flag({
    name: 'IS_RAW_ENDPOINT',
    meaning: 'The local endpoint is a raw socket.',
    basis: null,
    minOs: 'vista',
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag({
    name: 'IS_FRAGMENT',
    meaning: 'The NET_BUFFER_LIST is an IP fragment (inbound IP packet layers).',
    basis: 'fragments',
    minOs: 'vista',
    note: 'Match with FWP_MATCH_FLAGS_NONE_SET to skip the per-fragment indications.',
    sourceIds: ['w32-flags', 'wdk-layerreq'],
  }),
  flag({
    name: 'IS_FRAGMENT_GROUP',
    meaning: 'The NET_BUFFER_LIST is a chain of fragments (forward layer, fragment grouping on).',
    basis: 'fragments',
    minOs: 'vista',
  }),
  flag({
    name: 'IS_REASSEMBLED',
    meaning: 'The packet was reassembled.',
    basis: 'fragments',
    minOs: 'vista',
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag({
    name: 'IS_NAME_APP_SPECIFIED',
    meaning:
      'The peer name came from the application (WSASetSocketPeerTargetName), not from caching heuristics.',
    basis: null,
    minOs: 'win7',
  }),
  flag({
    name: 'IS_AUTH_FW',
    meaning: 'The connection is end-to-end authenticated.',
    basis: null,
    minOs: 'win7',
  }),
  flag({
    name: 'IS_RECLASSIFY',
    meaning: 'A previous bind or listen is being reclassified.',
    basis: null,
    minOs: 'win7',
  }),
  flag({
    name: 'IS_HONORING_POLICY_AUTHORIZE',
    meaning: 'A classify that honours the intent of a redirected Store app (generally allow it).',
    basis: null,
    minOs: 'win8',
  }),
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
