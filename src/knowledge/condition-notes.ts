/**
 * The words of every filter condition (conditions.ts, same id) that only the layer details and the
 * result's folded build plan show: what it matches, and a note where the documentation needs one.
 * The facts these words state, with their sources, are the records in conditions.ts (`basis`,
 * `minOs`, `confidence`, `sourceIds`); the records the engine reads carry no prose, so the first
 * paint loads none of it (issue 12). Pure data.
 */
import { QUOTED_CAVEAT_NOTES } from './caveat-notes-quoted';
import type { ConditionId } from './types';

export interface ConditionNote {
  /** What it matches, in plain words. */
  readonly meaning: string;
  readonly note?: string;
}

const SP1 = 'Available from Windows Vista SP1 at some layers (see the flag page).';

/** A FWPM_CONDITION_* condition's words. */
function cond(name: string, words: ConditionNote): readonly [ConditionId, ConditionNote] {
  return [`FWPM_CONDITION_${name}` as ConditionId, words];
}

/** A FWP_CONDITION_FLAG_* flag's words: a flag test unless its note says more. */
function flag(
  name: string,
  { meaning, note }: ConditionNote,
): readonly [ConditionId, ConditionNote] {
  return [
    `FWP_CONDITION_FLAG_${name}` as ConditionId,
    {
      meaning,
      note:
        note ??
        'A flag test: FWPM_CONDITION_FLAGS with FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET.',
    },
  ];
}

export const CONDITION_NOTES: Readonly<Record<ConditionId, ConditionNote>> = Object.fromEntries([
  cond('ALE_APP_ID', {
    meaning:
      'The application: the normalized device path of its executable (from FwpmGetAppIdFromFileName0).',
  }),
  cond('ALE_ORIGINAL_APP_ID', {
    meaning:
      'The original application of a proxied connection (the same as ALE_APP_ID when not proxied).',
  }),
  cond('ALE_USER_ID', {
    meaning:
      'The local user: a self-relative security descriptor; the condition is true when its DACL grants FWP_ACTRL_MATCH_FILTER to the user.',
  }),
  cond('ALE_PACKAGE_ID', {
    meaning: 'The AppContainer package SID of the process.',
  }),
  cond('ALE_PACKAGE_FAMILY_NAME', {
    meaning: 'The package family name of the process.',
    note: QUOTED_CAVEAT_NOTES.packageFamilyNameVersion,
  }),
  cond('ALE_SECURITY_ATTRIBUTE_FQBN_VALUE', {
    meaning: 'The fully qualified binary name (FQBN) of the application.',
    note: 'Listed here only at the outbound network connection policy layer (Windows 11 22H2); its own minimum is not stated.',
  }),
  cond('ALE_REMOTE_USER_ID', {
    meaning: 'The remote user, as authenticated by IPsec.',
  }),
  cond('ALE_REMOTE_MACHINE_ID', {
    meaning: 'The remote machine, as authenticated by IPsec.',
  }),
  cond('ALE_NAP_CONTEXT', {
    meaning: 'The Network Access Protection context (reserved).',
  }),
  cond('ALE_PROMISCUOUS_MODE', {
    meaning:
      'A promiscuous-mode request (SIO_RCVALL and related socket options) — only at resource assignment.',
  }),
  cond('ALE_SIO_FIREWALL_SYSTEM_PORT', {
    meaning: 'Whether the socket was marked as a firewall system port.',
    note: 'Listed under "Windows 7 and later" at resource assignment and auth listen, and without a version at receive-accept.',
  }),
  cond('PEER_NAME', {
    meaning: 'The name of the peer the application wants to reach.',
  }),
  cond('IP_LOCAL_ADDRESS', {
    meaning: 'The local IP address.',
  }),
  cond('IP_REMOTE_ADDRESS', {
    meaning: 'The remote IP address.',
  }),
  cond('IP_SOURCE_ADDRESS', {
    meaning: 'The source IP address of the packet.',
  }),
  cond('IP_DESTINATION_ADDRESS', {
    meaning: 'The destination IP address of the packet.',
  }),
  cond('IP_LOCAL_ADDRESS_V4', {
    meaning: 'The local IPv4 address (RPC layers).',
  }),
  cond('IP_LOCAL_ADDRESS_V6', {
    meaning: 'The local IPv6 address (RPC layers).',
  }),
  cond('IP_REMOTE_ADDRESS_V4', {
    meaning: 'The remote IPv4 address (RPC layers).',
  }),
  cond('IP_REMOTE_ADDRESS_V6', {
    meaning: 'The remote IPv6 address (RPC layers).',
  }),
  cond('IP_LOCAL_ADDRESS_TYPE', {
    meaning: 'The local address type (NL_ADDRESS_TYPE: unicast, broadcast, multicast …).',
  }),
  cond('IP_DESTINATION_ADDRESS_TYPE', {
    meaning: 'The destination address type (NL_ADDRESS_TYPE).',
  }),
  cond('EMBEDDED_REMOTE_ADDRESS', {
    meaning: 'The remote address of the packet embedded in an ICMP error.',
  }),
  cond('EMBEDDED_LOCAL_ADDRESS_TYPE', {
    meaning: 'The local address type of the packet embedded in an ICMP error.',
  }),
  cond('IP_LOCAL_PORT', {
    meaning:
      'The local transport port (at ALE, transport and datagram layers it also carries the ICMP type).',
  }),
  cond('IP_REMOTE_PORT', {
    meaning:
      'The remote transport port (at ALE, transport and datagram layers it also carries the ICMP code).',
  }),
  cond('IP_SOURCE_PORT', {
    meaning: 'The source port (vSwitch transport layers).',
  }),
  cond('IP_DESTINATION_PORT', {
    meaning: 'The destination port (vSwitch transport layers).',
  }),
  cond('EMBEDDED_LOCAL_PORT', {
    meaning: 'The local port of the packet embedded in an ICMP error.',
  }),
  cond('EMBEDDED_REMOTE_PORT', {
    meaning: 'The remote port of the packet embedded in an ICMP error.',
  }),
  cond('IP_PROTOCOL', {
    meaning: 'The IP protocol number (TCP 6, UDP 17, ICMP 1, ICMPv6 58 …).',
  }),
  cond('EMBEDDED_PROTOCOL', {
    meaning: 'The IP protocol of the packet embedded in an ICMP error.',
  }),
  cond('ICMP_TYPE', {
    meaning: 'The ICMP type (ICMPv6 numbers destination-unreachable as 1, not 3).',
    note: `At the ICMP-error layers a documented condition. At the ALE connect/receive-accept/flow-established, transport and datagram-data layers: ${QUOTED_CAVEAT_NOTES.icmpTypeInPortFields}`,
  }),
  cond('ICMP_CODE', {
    meaning: 'The ICMP code.',
    note: 'Outside the ICMP-error layers it travels in the remote-port field (see ICMP_TYPE).',
  }),
  cond('ORIGINAL_ICMP_TYPE', {
    meaning: 'The ICMP type of the original packet behind a receive-accept/connect classify.',
  }),
  cond('VSWITCH_ICMP_TYPE', {
    meaning: 'The ICMP type on the vSwitch transport layers.',
  }),
  cond('VSWITCH_ICMP_CODE', {
    meaning: 'The ICMP code on the vSwitch transport layers.',
  }),
  cond('IP_LOCAL_INTERFACE', {
    meaning: 'The local interface (LUID).',
  }),
  cond('IP_ARRIVAL_INTERFACE', {
    meaning: 'The interface the packet arrived on (LUID).',
  }),
  cond('IP_NEXTHOP_INTERFACE', {
    meaning: 'The next-hop interface (LUID).',
  }),
  cond('IP_FORWARD_INTERFACE', {
    meaning: 'The interface a forwarded packet leaves by.',
  }),
  cond('IP_PHYSICAL_ARRIVAL_INTERFACE', {
    meaning: 'The physical interface a forwarded packet arrived on.',
  }),
  cond('IP_PHYSICAL_NEXTHOP_INTERFACE', {
    meaning: 'The physical interface a forwarded packet leaves by.',
  }),
  cond('INTERFACE', {
    meaning: 'The network interface (MAC layers).',
  }),
  cond('INTERFACE_INDEX', {
    meaning: 'The interface index.',
    note: 'At ALE auth connect from Vista SP1; at receive-accept and inbound ICMP error the Vista/7 name of LOCAL_INTERFACE_INDEX.',
  }),
  cond('INTERFACE_TYPE', {
    meaning: 'The interface type (IANA ifType).',
  }),
  cond('SUB_INTERFACE_INDEX', {
    meaning: 'The sub-interface index.',
  }),
  cond('TUNNEL_TYPE', {
    meaning: 'The tunnel type of the interface.',
  }),
  cond('ARRIVAL_INTERFACE_INDEX', {
    meaning: 'The arrival interface index.',
  }),
  cond('ARRIVAL_INTERFACE_TYPE', {
    meaning: 'The arrival interface type.',
  }),
  cond('ARRIVAL_SUB_INTERFACE_INDEX', {
    meaning: 'The arrival sub-interface index.',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  }),
  cond('ARRIVAL_TUNNEL_TYPE', {
    meaning: 'The arrival interface tunnel type.',
  }),
  cond('LOCAL_INTERFACE_INDEX', {
    meaning: 'The local interface index.',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  }),
  cond('LOCAL_INTERFACE_TYPE', {
    meaning: 'The local interface type.',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  }),
  cond('LOCAL_TUNNEL_TYPE', {
    meaning: 'The local interface tunnel type.',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  }),
  cond('NEXTHOP_INTERFACE_INDEX', {
    meaning: 'The next-hop interface index.',
  }),
  cond('NEXTHOP_INTERFACE_TYPE', {
    meaning: 'The next-hop interface type.',
  }),
  cond('NEXTHOP_SUB_INTERFACE_INDEX', {
    meaning: 'The next-hop sub-interface index.',
  }),
  cond('NEXTHOP_TUNNEL_TYPE', {
    meaning: 'The next-hop tunnel type.',
  }),
  cond('SOURCE_INTERFACE_INDEX', {
    meaning: 'The interface a forwarded packet came from.',
  }),
  cond('SOURCE_SUB_INTERFACE_INDEX', {
    meaning: 'The sub-interface a forwarded packet came from.',
  }),
  cond('DESTINATION_INTERFACE_INDEX', {
    meaning: 'The interface a forwarded packet goes to.',
  }),
  cond('DESTINATION_SUB_INTERFACE_INDEX', {
    meaning: 'The sub-interface a forwarded packet goes to.',
  }),
  cond('NDIS_PORT', { meaning: 'The NDIS port number.' }),
  cond('NDIS_MEDIA_TYPE', {
    meaning: 'The NDIS media type (native MAC layers).',
  }),
  cond('NDIS_PHYSICAL_MEDIA_TYPE', {
    meaning: 'The NDIS physical media type (native MAC layers).',
  }),
  cond('COMPARTMENT_ID', {
    meaning: 'The routing compartment of the interface.',
  }),
  cond('CURRENT_PROFILE_ID', {
    meaning: 'The current network profile (domain, private, public).',
  }),
  cond('ORIGINAL_PROFILE_ID', {
    meaning: 'The network profile the flow started in.',
  }),
  cond('LOCAL_INTERFACE_PROFILE_ID', {
    meaning: 'The network profile of the local interface.',
  }),
  cond('ARRIVAL_INTERFACE_PROFILE_ID', {
    meaning: 'The network profile of the arrival interface.',
  }),
  cond('NEXTHOP_INTERFACE_PROFILE_ID', {
    meaning: 'The network profile of the next-hop interface.',
  }),
  cond('DIRECTION', {
    meaning:
      'The direction (FWP_DIRECTION_INBOUND/OUTBOUND): of the connection at flow-established and stream, of the packet at datagram-data and stream-packet.',
  }),
  cond('FLAGS', {
    meaning: 'A bit field of FWP_CONDITION_FLAG_* flags.',
  }),
  cond('REAUTHORIZE_REASON', {
    meaning: 'Why a flow is being reauthorized.',
  }),
  cond('MAC_LOCAL_ADDRESS', {
    meaning: 'The local MAC address.',
  }),
  cond('MAC_REMOTE_ADDRESS', {
    meaning: 'The remote MAC address.',
  }),
  cond('MAC_SOURCE_ADDRESS', {
    meaning: 'The source MAC address (vSwitch).',
  }),
  cond('MAC_DESTINATION_ADDRESS', {
    meaning: 'The destination MAC address (vSwitch).',
  }),
  cond('INTERFACE_MAC_ADDRESS', {
    meaning: 'The MAC address of the local interface.',
  }),
  cond('MAC_LOCAL_ADDRESS_TYPE', {
    meaning: 'The local MAC address type (unicast, multicast, broadcast).',
  }),
  cond('MAC_REMOTE_ADDRESS_TYPE', {
    meaning: 'The remote MAC address type.',
  }),
  cond('MAC_SOURCE_ADDRESS_TYPE', {
    meaning: 'The source MAC address type (vSwitch).',
  }),
  cond('MAC_DESTINATION_ADDRESS_TYPE', {
    meaning: 'The destination MAC address type (vSwitch).',
  }),
  cond('ETHER_TYPE', {
    meaning: 'The EtherType of the frame.',
  }),
  cond('VLAN_ID', { meaning: 'The VLAN identifier.' }),
  cond('L2_FLAGS', {
    meaning: 'Layer-2 flags (FWP_CONDITION_L2_*).',
  }),
  cond('VSWITCH_ID', { meaning: 'The virtual switch.' }),
  cond('VSWITCH_NETWORK_TYPE', {
    meaning: 'The virtual switch network type.',
  }),
  cond('VSWITCH_TENANT_NETWORK_ID', {
    meaning: 'The tenant network.',
  }),
  cond('VSWITCH_SOURCE_INTERFACE_ID', {
    meaning: 'The switch port/NIC the frame comes from (match on NIC id rather than MAC address).',
  }),
  cond('VSWITCH_SOURCE_INTERFACE_TYPE', {
    meaning: 'The type of the source switch port.',
  }),
  cond('VSWITCH_SOURCE_VM_ID', {
    meaning: 'The virtual machine that sent the frame.',
  }),
  cond('VSWITCH_DESTINATION_INTERFACE_ID', {
    meaning: 'The switch port/NIC the frame goes to — egress layers only.',
  }),
  cond('VSWITCH_DESTINATION_INTERFACE_TYPE', {
    meaning: 'The type of the destination switch port — egress layers only.',
  }),
  cond('VSWITCH_DESTINATION_VM_ID', {
    meaning:
      'The virtual machine the frame goes to — only at the egress vSwitch layers (the destination is known only once the switch has forwarded the frame).',
  }),
  cond('VSWITCH_L2_FLAGS', {
    meaning: 'vSwitch layer-2 flags.',
    note: QUOTED_CAVEAT_NOTES.wdkConditionCopyTypos,
  }),
  cond('KM_AUTH_NAP_CONTEXT', {
    meaning: 'The NAP context of a keying-module authorization (reserved).',
  }),
  cond('REMOTE_ID', {
    meaning: 'The remote identity in an SA negotiation.',
  }),
  cond('AUTHENTICATION_TYPE', {
    meaning: 'The authentication type of the SA negotiation.',
  }),
  cond('KM_TYPE', {
    meaning: 'The keying module (IKE, AuthIP, IKEv2).',
  }),
  cond('KM_MODE', {
    meaning: 'The keying-module mode (main, quick, extended).',
  }),
  cond('IPSEC_POLICY_KEY', {
    meaning: 'The IPsec policy the negotiation uses.',
  }),
  cond('RPC_IF_UUID', {
    meaning: 'The RPC interface UUID.',
  }),
  cond('RPC_IF_VERSION', {
    meaning: 'The RPC interface version.',
  }),
  cond('RPC_IF_FLAG', {
    meaning: 'The RPC interface flags.',
  }),
  cond('RPC_OPNUM', {
    meaning: 'The RPC operation number.',
    note: 'Windows 11, or Windows 10 with the October 2025 cumulative update per the condition page; modelled conservatively as Windows 11 22H2.',
  }),
  cond('RPC_AUTH_LEVEL', {
    meaning: 'The RPC authentication level.',
  }),
  cond('RPC_AUTH_TYPE', {
    meaning: 'The RPC authentication type.',
  }),
  cond('RPC_PROTOCOL', {
    meaning: 'The RPC protocol sequence (ncacn_ip_tcp, ncacn_np, ncalrpc …).',
  }),
  cond('RPC_EP_VALUE', {
    meaning: 'The RPC endpoint value being added.',
  }),
  cond('RPC_EP_FLAGS', {
    meaning: 'The flags of the RPC endpoint being added.',
  }),
  cond('PROCESS_WITH_RPC_IF_UUID', {
    meaning: 'A process that hosts the given RPC interface.',
  }),
  cond('DCOM_APP_ID', {
    meaning: 'The DCOM application id.',
  }),
  cond('IMAGE_NAME', {
    meaning: 'The image name of the RPC server process.',
  }),
  cond('PIPE', { meaning: 'The named pipe of the RPC call.' }),
  cond('REMOTE_USER_TOKEN', {
    meaning: 'The token of the remote RPC caller.',
  }),
  cond('SEC_ENCRYPT_ALGORITHM', {
    meaning: 'The encryption algorithm of the RPC connection.',
  }),
  cond('SEC_KEY_SIZE', {
    meaning: 'The key size of the RPC connection.',
  }),
  cond('CLIENT_TOKEN', {
    meaning: 'The token of the RpcProxy client.',
  }),
  cond('CLIENT_CERT_KEY_LENGTH', {
    meaning: 'The key length of the RpcProxy client certificate.',
  }),
  cond('CLIENT_CERT_OID', {
    meaning: 'The OID of the RpcProxy client certificate.',
  }),
  cond('RPC_PROXY_AUTH_TYPE', {
    meaning: 'The RpcProxy authentication type.',
  }),
  cond('RPC_SERVER_NAME', {
    meaning: 'The RPC server an RpcProxy connection targets.',
  }),
  cond('RPC_SERVER_PORT', {
    meaning: 'The RPC server port an RpcProxy connection targets.',
  }),
  flag('IS_LOOPBACK', {
    meaning: 'Loopback traffic.',
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag('IS_IPSEC_SECURED', {
    meaning: 'Traffic protected by IPsec.',
  }),
  flag('IS_REAUTHORIZE', {
    meaning: 'A reauthorization (policy change) rather than a new connection.',
  }),
  flag('IS_WILDCARD_BIND', {
    meaning: 'The application bound to a wildcard address.',
  }),
  flag('IS_RAW_ENDPOINT', {
    meaning: 'The local endpoint is a raw socket.',
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag('IS_FRAGMENT', {
    meaning: 'The NET_BUFFER_LIST is an IP fragment (inbound IP packet layers).',
    note: 'Match with FWP_MATCH_FLAGS_NONE_SET to skip the per-fragment indications.',
  }),
  flag('IS_FRAGMENT_GROUP', {
    meaning: 'The NET_BUFFER_LIST is a chain of fragments (forward layer, fragment grouping on).',
  }),
  flag('IS_REASSEMBLED', {
    meaning: 'The packet was reassembled.',
    note: `A flag test through FWPM_CONDITION_FLAGS. ${SP1}`,
  }),
  flag('IS_NAME_APP_SPECIFIED', {
    meaning:
      'The peer name came from the application (WSASetSocketPeerTargetName), not from caching heuristics.',
  }),
  flag('IS_AUTH_FW', {
    meaning: 'The connection is end-to-end authenticated.',
  }),
  flag('IS_RECLASSIFY', {
    meaning: 'A previous bind or listen is being reclassified.',
  }),
  flag('IS_HONORING_POLICY_AUTHORIZE', {
    meaning: 'A classify that honours the intent of a redirected Store app (generally allow it).',
  }),
]) as Record<ConditionId, ConditionNote>;
