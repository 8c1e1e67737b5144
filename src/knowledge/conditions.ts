/**
 * The filter conditions a user-mode filter (FwpmFilterAdd0) can match, with the basis item each
 * lets a filter decide on and the oldest Windows that has it (layers.md §4; Win32 condition,
 * condition-identifier and flag pages). Which condition exists at which layer lives in each
 * layer's `conditions`. What each matches and its note, in words, are in condition-notes.ts (same
 * id; the first paint loads none of that prose, issue 12). Pure data plus one pure derivation,
 * `filterBasisOf`.
 */
import type { Confidence, ConditionId, FilterCondition, Layer, SourceId } from './types';
import { osAtLeast, type Basis, type MinOs } from './vocabulary';

const COND_SOURCES: readonly SourceId[] = ['w32-cond', 'w32-condids'];
const FLAG_SOURCES: readonly SourceId[] = ['w32-flags'];

/** One condition row: its name without the prefix, and optional overrides. */
interface Row {
  readonly name: string;
  readonly basis: Basis | null;
  readonly minOs: MinOs;
  readonly confidence?: Confidence;
  readonly sourceIds?: readonly SourceId[];
}

/** A FWPM_CONDITION_* row. */
function cond({ name, basis, minOs, confidence, sourceIds }: Row): FilterCondition {
  return {
    id: `FWPM_CONDITION_${name}` as ConditionId,
    basis,
    minOs,
    confidence: confidence ?? 'documented',
    sourceIds: sourceIds ?? COND_SOURCES,
  };
}

/** A FWP_CONDITION_FLAG_* flag, matched through FWPM_CONDITION_FLAGS. */
function flag({ name, basis, minOs, confidence, sourceIds }: Row): FilterCondition {
  return {
    id: `FWP_CONDITION_FLAG_${name}` as ConditionId,
    basis,
    minOs,
    confidence: confidence ?? 'documented',
    sourceIds: sourceIds ?? FLAG_SOURCES,
  };
}

/** Every condition any layer lists, alphabetically by kind. */
export const CONDITIONS: readonly FilterCondition[] = [
  // ---- application, user, package ----
  cond({
    name: 'ALE_APP_ID',
    basis: 'app',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'w32-appuser', 'w32-ale'],
  }),
  cond({
    name: 'ALE_ORIGINAL_APP_ID',
    basis: 'app',
    minOs: 'win8',
    sourceIds: ['w32-cond', 'w32-condids', 'ddi-fields-netpolicy'],
  }),
  cond({
    name: 'ALE_USER_ID',
    basis: 'user',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'w32-appuser'],
  }),
  cond({
    name: 'ALE_PACKAGE_ID',
    basis: 'package',
    minOs: 'win8',
  }),
  cond({
    name: 'ALE_PACKAGE_FAMILY_NAME',
    basis: 'package',
    minOs: 'win10',
    confidence: 'inferred',
  }),
  cond({
    name: 'ALE_SECURITY_ATTRIBUTE_FQBN_VALUE',
    basis: null,
    minOs: 'win11-22h2',
    confidence: 'inferred',
    sourceIds: ['ddi-fields-netpolicy'],
  }),
  cond({
    name: 'ALE_REMOTE_USER_ID',
    basis: 'remote-identity',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'w32-ale'],
  }),
  cond({
    name: 'ALE_REMOTE_MACHINE_ID',
    basis: 'remote-identity',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'w32-ale'],
  }),
  cond({
    name: 'ALE_NAP_CONTEXT',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'ALE_PROMISCUOUS_MODE',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'ALE_SIO_FIREWALL_SYSTEM_PORT',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'PEER_NAME',
    basis: null,
    minOs: 'win7',
  }),

  // ---- addresses ----
  cond({
    name: 'IP_LOCAL_ADDRESS',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_REMOTE_ADDRESS',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_SOURCE_ADDRESS',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_DESTINATION_ADDRESS',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_LOCAL_ADDRESS_V4',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_LOCAL_ADDRESS_V6',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_REMOTE_ADDRESS_V4',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_REMOTE_ADDRESS_V6',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_LOCAL_ADDRESS_TYPE',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'IP_DESTINATION_ADDRESS_TYPE',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'EMBEDDED_REMOTE_ADDRESS',
    basis: 'address',
    minOs: 'vista',
  }),
  cond({
    name: 'EMBEDDED_LOCAL_ADDRESS_TYPE',
    basis: null,
    minOs: 'vista',
  }),

  // ---- ports and protocol ----
  cond({
    name: 'IP_LOCAL_PORT',
    basis: 'port',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_REMOTE_PORT',
    basis: 'port',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_SOURCE_PORT',
    basis: 'port',
    minOs: 'win8',
  }),
  cond({
    name: 'IP_DESTINATION_PORT',
    basis: 'port',
    minOs: 'win8',
  }),
  cond({
    name: 'EMBEDDED_LOCAL_PORT',
    basis: 'port',
    minOs: 'vista',
  }),
  cond({
    name: 'EMBEDDED_REMOTE_PORT',
    basis: 'port',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_PROTOCOL',
    basis: 'protocol',
    minOs: 'vista',
  }),
  cond({
    name: 'EMBEDDED_PROTOCOL',
    basis: 'protocol',
    minOs: 'vista',
  }),

  // ---- ICMP ----
  cond({
    name: 'ICMP_TYPE',
    basis: 'icmp-type',
    minOs: 'vista',
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
    basis: 'icmp-type',
    minOs: 'vista',
    sourceIds: ['w32-cond', 'w32-condids', 'ddi-fields'],
  }),
  cond({
    name: 'ORIGINAL_ICMP_TYPE',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'VSWITCH_ICMP_TYPE',
    basis: 'icmp-type',
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_ICMP_CODE',
    basis: 'icmp-type',
    minOs: 'win8',
  }),

  // ---- interfaces ----
  cond({
    name: 'IP_LOCAL_INTERFACE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_ARRIVAL_INTERFACE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_NEXTHOP_INTERFACE',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'IP_FORWARD_INTERFACE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'IP_PHYSICAL_ARRIVAL_INTERFACE',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'IP_PHYSICAL_NEXTHOP_INTERFACE',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'INTERFACE',
    basis: 'interface',
    minOs: 'win8',
  }),
  cond({
    name: 'INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'INTERFACE_TYPE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'SUB_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'TUNNEL_TYPE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'ARRIVAL_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'ARRIVAL_INTERFACE_TYPE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'ARRIVAL_SUB_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'ARRIVAL_TUNNEL_TYPE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'LOCAL_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'LOCAL_INTERFACE_TYPE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'LOCAL_TUNNEL_TYPE',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'NEXTHOP_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'NEXTHOP_INTERFACE_TYPE',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'NEXTHOP_SUB_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'NEXTHOP_TUNNEL_TYPE',
    basis: 'interface',
    minOs: 'win7',
  }),
  cond({
    name: 'SOURCE_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'SOURCE_SUB_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'DESTINATION_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({
    name: 'DESTINATION_SUB_INTERFACE_INDEX',
    basis: 'interface',
    minOs: 'vista',
  }),
  cond({ name: 'NDIS_PORT', basis: null, minOs: 'win8' }),
  cond({
    name: 'NDIS_MEDIA_TYPE',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'NDIS_PHYSICAL_MEDIA_TYPE',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'COMPARTMENT_ID',
    basis: null,
    minOs: 'win10',
  }),

  // ---- network profile, direction, flags, reauthorization ----
  cond({
    name: 'CURRENT_PROFILE_ID',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'ORIGINAL_PROFILE_ID',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'LOCAL_INTERFACE_PROFILE_ID',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'ARRIVAL_INTERFACE_PROFILE_ID',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'NEXTHOP_INTERFACE_PROFILE_ID',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'DIRECTION',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'FLAGS',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'REAUTHORIZE_REASON',
    basis: null,
    minOs: 'win7',
    sourceIds: ['w32-cond', 'w32-flags', 'w32-reauth'],
  }),

  // ---- layer 2 ----
  cond({
    name: 'MAC_LOCAL_ADDRESS',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_REMOTE_ADDRESS',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_SOURCE_ADDRESS',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_DESTINATION_ADDRESS',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'INTERFACE_MAC_ADDRESS',
    basis: 'mac',
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_LOCAL_ADDRESS_TYPE',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_REMOTE_ADDRESS_TYPE',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_SOURCE_ADDRESS_TYPE',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'MAC_DESTINATION_ADDRESS_TYPE',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'ETHER_TYPE',
    basis: 'ethertype',
    minOs: 'win8',
  }),
  cond({ name: 'VLAN_ID', basis: 'vlan', minOs: 'win8' }),
  cond({
    name: 'L2_FLAGS',
    basis: null,
    minOs: 'win8',
  }),

  // ---- vSwitch ----
  cond({ name: 'VSWITCH_ID', basis: null, minOs: 'win8' }),
  cond({
    name: 'VSWITCH_NETWORK_TYPE',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_TENANT_NETWORK_ID',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_SOURCE_INTERFACE_ID',
    basis: 'interface',
    minOs: 'win8',
    sourceIds: ['w32-cond', 'w32-condids', 'wdk-vsw'],
  }),
  cond({
    name: 'VSWITCH_SOURCE_INTERFACE_TYPE',
    basis: null,
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_SOURCE_VM_ID',
    basis: 'vm',
    minOs: 'win8',
  }),
  cond({
    name: 'VSWITCH_DESTINATION_INTERFACE_ID',
    basis: 'interface',
    minOs: 'win8',
    sourceIds: ['w32-cond', 'ddi-fields-vsw-egress', 'ddi-fields-vsw-ingress'],
  }),
  cond({
    name: 'VSWITCH_DESTINATION_INTERFACE_TYPE',
    basis: null,
    minOs: 'win8',
    sourceIds: ['w32-cond', 'ddi-fields-vsw-egress'],
  }),
  cond({
    name: 'VSWITCH_DESTINATION_VM_ID',
    basis: 'vm',
    minOs: 'win8',
    sourceIds: ['w32-cond', 'ddi-fields-vsw-egress', 'ddi-fields-vsw-ingress'],
  }),
  cond({
    name: 'VSWITCH_L2_FLAGS',
    basis: null,
    minOs: 'win8',
    sourceIds: ['w32-cond', 'wdk-cond'],
  }),

  // ---- keying / IPsec ----
  cond({
    name: 'KM_AUTH_NAP_CONTEXT',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'REMOTE_ID',
    basis: 'remote-identity',
    minOs: 'win7',
  }),
  cond({
    name: 'AUTHENTICATION_TYPE',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'KM_TYPE',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'KM_MODE',
    basis: null,
    minOs: 'win7',
  }),
  cond({
    name: 'IPSEC_POLICY_KEY',
    basis: null,
    minOs: 'win7',
  }),

  // ---- RPC ----
  cond({
    name: 'RPC_IF_UUID',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_IF_VERSION',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_IF_FLAG',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_OPNUM',
    basis: 'rpc-interface',
    minOs: 'win11-22h2',
    confidence: 'inferred',
  }),
  cond({
    name: 'RPC_AUTH_LEVEL',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_AUTH_TYPE',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_PROTOCOL',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_EP_VALUE',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_EP_FLAGS',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'PROCESS_WITH_RPC_IF_UUID',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'DCOM_APP_ID',
    basis: 'rpc-interface',
    minOs: 'vista',
  }),
  cond({
    name: 'IMAGE_NAME',
    basis: null,
    minOs: 'vista',
  }),
  cond({ name: 'PIPE', basis: null, minOs: 'vista' }),
  cond({
    name: 'REMOTE_USER_TOKEN',
    basis: 'remote-identity',
    minOs: 'vista',
  }),
  cond({
    name: 'SEC_ENCRYPT_ALGORITHM',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'SEC_KEY_SIZE',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'CLIENT_TOKEN',
    basis: 'remote-identity',
    minOs: 'vista',
  }),
  cond({
    name: 'CLIENT_CERT_KEY_LENGTH',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'CLIENT_CERT_OID',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_PROXY_AUTH_TYPE',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_SERVER_NAME',
    basis: null,
    minOs: 'vista',
  }),
  cond({
    name: 'RPC_SERVER_PORT',
    basis: null,
    minOs: 'vista',
  }),

  // ---- flags (through FWPM_CONDITION_FLAGS) ----
  flag({
    name: 'IS_LOOPBACK',
    basis: 'loopback',
    minOs: 'vista',
  }),
  flag({
    name: 'IS_IPSEC_SECURED',
    basis: null,
    minOs: 'vista',
    sourceIds: ['w32-flags', 'wdk-ipsec'],
  }),
  flag({
    name: 'IS_REAUTHORIZE',
    basis: null,
    minOs: 'vista',
    sourceIds: ['w32-flags', 'w32-reauth'],
  }),
  flag({
    name: 'IS_WILDCARD_BIND',
    basis: null,
    minOs: 'vista',
  }),
  flag({
    name: 'IS_RAW_ENDPOINT',
    basis: null,
    minOs: 'vista',
  }),
  flag({
    name: 'IS_FRAGMENT',
    basis: 'fragments',
    minOs: 'vista',
    sourceIds: ['w32-flags', 'wdk-layerreq'],
  }),
  flag({
    name: 'IS_FRAGMENT_GROUP',
    basis: 'fragments',
    minOs: 'vista',
  }),
  flag({
    name: 'IS_REASSEMBLED',
    basis: 'fragments',
    minOs: 'vista',
  }),
  flag({
    name: 'IS_NAME_APP_SPECIFIED',
    basis: null,
    minOs: 'win7',
  }),
  flag({
    name: 'IS_AUTH_FW',
    basis: null,
    minOs: 'win7',
  }),
  flag({
    name: 'IS_RECLASSIFY',
    basis: null,
    minOs: 'win7',
  }),
  flag({
    name: 'IS_HONORING_POLICY_AUTHORIZE',
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
