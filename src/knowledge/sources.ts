/**
 * The citation table. Every fact in the knowledge base points here by id (`sourceIds`). Ids are
 * the `rules.md` §8 keys lower-cased, plus the pages only `layers.md` §0 names. URLs follow the
 * public Microsoft Learn paths of the documentation repositories that were read. Pure data.
 */
import type { Source, SourceId } from './types';

const WDK = 'https://learn.microsoft.com/windows-hardware/drivers/network/';
const DDI = 'https://learn.microsoft.com/windows-hardware/drivers/ddi/fwpsk/';
const W32 = 'https://learn.microsoft.com/windows/win32/fwp/';
const API = 'https://learn.microsoft.com/windows/win32/api/';
const FIREWALL =
  'https://learn.microsoft.com/windows/security/operating-system-security/network-security/windows-firewall/';
const SAMPLES = 'https://github.com/microsoft/Windows-driver-samples/tree/main/network/trans/';

function wdk(id: SourceId, page: string, title: string): Source {
  return { id, title, url: WDK + page, kind: 'learn' };
}
function ddi(id: SourceId, page: string, title: string): Source {
  return { id, title, url: DDI + page, kind: 'learn' };
}
function w32(id: SourceId, page: string, title: string): Source {
  return { id, title, url: W32 + page, kind: 'learn' };
}

/** Every cited source, in the order of the knowledge files' source indexes. */
export const SOURCES: readonly Source[] = [
  // WDK design guide
  wdk(
    'wdk-pc',
    'callout-driver-programming-considerations',
    'Callout driver programming considerations',
  ),
  wdk(
    'wdk-ipsec',
    'developing-ipsec-compatible-callout-drivers',
    'Developing IPsec-compatible callout drivers',
  ),
  wdk('wdk-types', 'types-of-callouts', 'Types of callouts'),
  wdk('wdk-inj', 'packet-injection-functions', 'Packet injection functions'),
  wdk(
    'wdk-layerreq',
    'wfp-layer-requirements-and-restrictions',
    'WFP layer requirements and restrictions',
  ),
  wdk('wdk-insppts', 'packet-inspection-points', 'Packet inspection points'),
  wdk('wdk-fmt', 'packet-indication-format', 'Packet indication format'),
  wdk('wdk-deep', 'using-a-callout-for-deep-inspection', 'Using a callout for deep inspection'),
  wdk(
    'wdk-deepstream',
    'using-a-callout-for-deep-inspection-of-stream-data',
    'Using a callout for deep inspection of stream data',
  ),
  wdk('wdk-stream', 'stream-inspection', 'Stream inspection'),
  wdk('wdk-modstream', 'modifying-stream-data', 'Modifying stream data'),
  wdk(
    'wdk-async',
    'processing-classify-callouts-asynchronously',
    'Processing classify callouts asynchronously',
  ),
  wdk('wdk-redir', 'using-bind-or-connect-redirection', 'Using bind or connect redirection'),
  wdk('wdk-proxytrack', 'using-proxied-connections-tracking', 'Using proxied connections tracking'),
  wdk('wdk-endpoint', 'ale-endpoint-lifetime-management', 'ALE endpoint lifetime management'),
  wdk('wdk-tag', 'using-packet-tagging', 'Using packet tagging'),
  wdk('wdk-l2', 'using-layer-2-filtering', 'Using layer 2 filtering'),
  wdk('wdk-vsw', 'using-virtual-switch-filtering', 'Using virtual switch filtering'),
  wdk(
    'wdk-vsw-flow',
    'packet-flow-through-the-extensible-switch-data-path',
    'Packet flow through the extensible switch data path',
  ),
  wdk(
    'wdk-port',
    'porting-packet-processing-drivers-and-apps-to-wfp',
    'Porting packet-processing drivers and apps to WFP',
  ),
  wdk(
    'wdk-intro',
    'introduction-to-windows-filtering-platform-callout-drivers',
    'Introduction to Windows Filtering Platform callout drivers',
  ),
  wdk(
    'wdk-roadmap',
    'roadmap-for-developing-wfp-callout-drivers',
    'Roadmap for developing WFP callout drivers',
  ),
  wdk('wdk-modex', 'packet-modification-examples', 'Packet modification examples'),
  wdk('wdk-log', 'data-logging', 'Data logging'),
  wdk(
    'wdk-flowctx',
    'associating-context-with-a-data-flow',
    'Associating context with a data flow',
  ),
  wdk('wdk-procflowdel', 'processing-flow-delete-callouts', 'Processing flow delete callouts'),
  wdk('wdk-notify', 'processing-notify-callouts', 'Processing notify callouts'),
  wdk('wdk-unload', 'unloading-a-callout-driver', 'Unloading a callout driver'),
  wdk(
    'wdk-sig',
    'digital-signatures-for-callout-drivers',
    'Digital signatures for callout drivers',
  ),
  wdk(
    'wdk-mgmtlayers',
    'management-filtering-layer-identifiers',
    'Management filtering layer identifiers (WDK)',
  ),
  wdk(
    'wdk-rtlayers',
    'run-time-filtering-layer-identifiers',
    'Run-time filtering layer identifiers',
  ),
  wdk('wdk-offsets', 'data-offset-positions', 'Data offset positions'),
  wdk(
    'wdk-cond',
    'filtering-conditions-available-at-each-filtering-layer',
    'Filtering conditions available at each filtering layer (WDK copy)',
  ),
  wdk(
    'wdk-vsp1',
    'wfp-changes-for-windows-vista-sp1-and-windows-server-2008',
    'WFP changes for Windows Vista SP1 and Windows Server 2008',
  ),
  wdk('wdk-w7', 'wfp-changes-for-windows-7', 'WFP changes for Windows 7'),
  wdk('wdk-w8', 'wfp-changes-for-windows-8', 'WFP changes for Windows 8'),
  wdk('wdk-filtext', 'filtering-extensions', 'Hyper-V extensible switch filtering extensions'),
  wdk(
    'wdk-vswenable',
    'enabling-hyper-v-extensibility-switch-extensions',
    'Enabling Hyper-V extensible switch extensions',
  ),
  wdk(
    'wdk-vswstart',
    'getting-started-writing-a-hyper-v-extensible-switch-extension',
    'Getting started writing a Hyper-V extensible switch extension',
  ),
  wdk('wdk-lwf', 'introduction-to-ndis-filter-drivers', 'Introduction to NDIS filter drivers'),
  wdk(
    'wdk-metadata',
    'metadata-fields-at-each-filtering-layer',
    'Metadata fields at each filtering layer',
  ),
  wdk('wdk-metadata-ids', 'metadata-field-identifiers', 'Metadata field identifiers'),
  wdk('wdk-l2-metadata', 'metadata-field-l2-identifiers', 'Metadata field L2 identifiers'),
  wdk(
    'wdk-vsw-overview',
    'overview-of-the-hyper-v-extensible-switch',
    'Overview of the Hyper-V extensible switch',
  ),
  // WDK DDI reference (fwpsk.h)
  ddi(
    'ddi-trecv',
    'nf-fwpsk-fwpsinjecttransportreceiveasync0',
    'FwpsInjectTransportReceiveAsync0 function',
  ),
  ddi(
    'ddi-tsend',
    'nf-fwpsk-fwpsinjecttransportsendasync0',
    'FwpsInjectTransportSendAsync0 function',
  ),
  ddi(
    'ddi-tsend1',
    'nf-fwpsk-fwpsinjecttransportsendasync1',
    'FwpsInjectTransportSendAsync1 function',
  ),
  ddi('ddi-fwd', 'nf-fwpsk-fwpsinjectforwardasync0', 'FwpsInjectForwardAsync0 function'),
  ddi('ddi-streaminj', 'nf-fwpsk-fwpsstreaminjectasync0', 'FwpsStreamInjectAsync0 function'),
  ddi('ddi-pendop', 'nf-fwpsk-fwpspendoperation0', 'FwpsPendOperation0 function'),
  ddi('ddi-pendclassify', 'nf-fwpsk-fwpspendclassify0', 'FwpsPendClassify0 function'),
  ddi('ddi-compop', 'nf-fwpsk-fwpscompleteoperation0', 'FwpsCompleteOperation0 function'),
  ddi(
    'ddi-classify',
    'nc-fwpsk-fwps_callout_classify_fn2',
    'FWPS_CALLOUT_CLASSIFY_FN2 callback (classifyFn2)',
  ),
  ddi('ddi-callout2', 'ns-fwpsk-fwps_callout2_', 'FWPS_CALLOUT2 structure'),
  ddi(
    'ddi-construct',
    'nf-fwpsk-fwpsconstructipheaderfortransportpacket0',
    'FwpsConstructIpHeaderForTransportPacket0 function',
  ),
  ddi(
    'ddi-ipsecinfo',
    'ns-fwpsk-fwps_packet_list_inbound_ipsec_information0_',
    'FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0 structure',
  ),
  ddi(
    'ddi-fields-fwd',
    'ne-fwpsk-fwps_fields_ipforward_v4_',
    'FWPS_FIELDS_IPFORWARD_V4 enumeration',
  ),
  ddi(
    'ddi-fields',
    'ne-fwpsk-fwps_fields_ale_auth_recv_accept_v4_',
    'FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V4 enumeration (ICMP type/code in the port fields)',
  ),
  ddi(
    'ddi-fields-transport',
    'ne-fwpsk-fwps_fields_inbound_transport_v4_',
    'FWPS_FIELDS_INBOUND_TRANSPORT_V4 enumeration',
  ),
  ddi(
    'ddi-fields-datagram',
    'ne-fwpsk-fwps_fields_datagram_data_v4_',
    'FWPS_FIELDS_DATAGRAM_DATA_V4 enumeration',
  ),
  ddi(
    'ddi-fields-connect',
    'ne-fwpsk-fwps_fields_ale_auth_connect_v4_',
    'FWPS_FIELDS_ALE_AUTH_CONNECT_V4 enumeration',
  ),
  ddi(
    'ddi-fields-vsw-ingress',
    'ne-fwpsk-fwps_fields_ingress_vswitch_ethernet_',
    'FWPS_FIELDS_INGRESS_VSWITCH_ETHERNET enumeration',
  ),
  ddi(
    'ddi-fields-vsw-egress',
    'ne-fwpsk-fwps_fields_egress_vswitch_ethernet_',
    'FWPS_FIELDS_EGRESS_VSWITCH_ETHERNET enumeration',
  ),
  ddi(
    'ddi-fields-mac',
    'ne-fwpsk-fwps_fields_inbound_mac_frame_ethernet_',
    'FWPS_FIELDS_INBOUND_MAC_FRAME_ETHERNET enumeration',
  ),
  ddi(
    'ddi-fields-netpolicy',
    'ne-fwpsk-fwps_fields_outbound_network_policy_v4',
    'FWPS_FIELDS_OUTBOUND_NETWORK_POLICY_V4 enumeration',
  ),
  ddi(
    'wdk-injection-handle',
    'nf-fwpsk-fwpsinjectionhandlecreate0',
    'FwpsInjectionHandleCreate0 function',
  ),
  ddi(
    'ddi-netinject',
    'nf-fwpsk-fwpsinjectnetworksendasync0',
    'FwpsInjectNetworkSendAsync0 function',
  ),
  ddi(
    'ddi-netrecvinject',
    'nf-fwpsk-fwpsinjectnetworkreceiveasync0',
    'FwpsInjectNetworkReceiveAsync0 function',
  ),
  ddi(
    'ddi-macinject',
    'nf-fwpsk-fwpsinjectmacreceiveasync0',
    'FwpsInjectMacReceiveAsync0 function',
  ),
  ddi('ddi-macsendinject', 'nf-fwpsk-fwpsinjectmacsendasync0', 'FwpsInjectMacSendAsync0 function'),
  ddi(
    'ddi-vswinject',
    'nf-fwpsk-fwpsinjectvswitchethernetingressasync0',
    'FwpsInjectvSwitchEthernetIngressAsync0 function',
  ),
  ddi(
    'ddi-metadata-values',
    'ns-fwpsk-fwps_incoming_metadata_values0_',
    'FWPS_INCOMING_METADATA_VALUES0 structure',
  ),
  ddi(
    'ddi-flowassociate',
    'nf-fwpsk-fwpsflowassociatecontext0',
    'FwpsFlowAssociateContext0 function',
  ),
  // Win32 WFP documentation
  w32('w32-about', 'about-windows-filtering-platform', 'About Windows Filtering Platform'),
  w32('w32-arch', 'windows-filtering-platform-architecture-overview', 'WFP architecture overview'),
  w32('w32-op', 'basic-operation', 'WFP operation'),
  w32('w32-arb', 'filter-arbitration', 'Filter arbitration'),
  w32('w32-ale', 'application-layer-enforcement--ale-', 'Application Layer Enforcement (ALE)'),
  w32('w32-alelayers', 'ale-layers', 'ALE layers'),
  w32('w32-alestate', 'ale-stateful-filtering', 'ALE stateful filtering'),
  w32('w32-reauth', 'ale-re-authorization', 'ALE re-authorization'),
  w32('w32-tcpflow', 'tcp-packet-flows', 'TCP packet flows'),
  w32('w32-udpflow', 'udp-packet-flows', 'UDP packet flows'),
  w32('w32-bp', 'best-practices', 'Best practices'),
  w32(
    'w32-appuser',
    'permitting-and-blocking-applications-and-users',
    'Permitting and blocking applications and users',
  ),
  w32(
    'w32-layers',
    'management-filtering-layer-identifiers-',
    'Filtering layer identifiers (Fwpmu.h)',
  ),
  w32(
    'w32-cond',
    'filtering-conditions-available-at-each-filtering-layer',
    'Filtering conditions available at each filtering layer',
  ),
  w32('w32-condids', 'filtering-condition-identifiers-', 'Filtering condition identifiers'),
  w32('w32-flags', 'filtering-condition-flags-', 'Filtering condition flags'),
  w32(
    'w32-sublayers',
    'management-filtering-sublayer-identifiers',
    'Filtering sublayer identifiers',
  ),
  w32('w32-weight', 'filter-weight-assignment', 'Filter weight assignment'),
  w32('w32-audit', 'auditing-and-logging', 'Auditing and logging'),
  w32('w32-log', 'logging', 'Logging'),
  w32('w32-portscan', 'preventing-port-scanning', 'Preventing port scanning'),
  w32('w32-builtin', 'built-in-callout-identifiers', 'Built-in callout identifiers'),
  w32('w32-ipseccfg', 'ipsec-configuration', 'IPsec configuration'),
  w32('w32-transportmode', 'regular-transport-mode', 'Regular transport mode'),
  w32('w32-tunnel', 'tunnel-mode', 'Tunnel mode'),
  w32('w32-obj', 'object-management', 'Object management'),
  w32('w32-acl', 'access-control', 'Access control'),
  w32(
    'w32-new',
    'what-s-new-in-windows-filtering-platform',
    "What's new in Windows Filtering Platform",
  ),
  w32('w32-multicast', 'ale-multicast-broadcast-traffic', 'ALE multicast and broadcast traffic'),
  {
    id: 'ws-ipopts',
    title: 'IPPROTO_IP socket options (IP_TTL and others)',
    url: 'https://learn.microsoft.com/windows/win32/winsock/ipproto-ip-socket-options',
    kind: 'learn',
  },
  // Win32 API reference
  {
    id: 'api-filteradd',
    title: 'FwpmFilterAdd0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmfilteradd0`,
    kind: 'learn',
  },
  {
    id: 'api-filter0',
    title: 'FWPM_FILTER0 structure',
    url: `${API}fwpmtypes/ns-fwpmtypes-fwpm_filter0`,
    kind: 'learn',
  },
  {
    id: 'api-action0',
    title: 'FWPM_ACTION0 structure',
    url: `${API}fwpmtypes/ns-fwpmtypes-fwpm_action0`,
    kind: 'learn',
  },
  {
    id: 'api-connpolicy',
    title: 'FwpmConnectionPolicyAdd0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmconnectionpolicyadd0`,
    kind: 'learn',
  },
  {
    id: 'ddi-connpolicy',
    title: 'FWPS_CONNECTION_POLICY0 structure (minimum client Windows 11, version 24H2)',
    url: `${DDI}ns-fwpsk-fwps_connection_policy0`,
    kind: 'learn',
  },
  // IT-pro, PowerShell and Windows Server docs
  {
    id: 'ps-netnat',
    title: 'New-NetNat (NetNat)',
    url: 'https://learn.microsoft.com/powershell/module/netnat/new-netnat',
    kind: 'learn',
  },
  { id: 'fw-overview', title: 'Windows Firewall overview', url: FIREWALL, kind: 'learn' },
  {
    id: 'fw-cli',
    title: 'Configure Windows Firewall with the command line',
    url: `${FIREWALL}configure-with-command-line`,
    kind: 'learn',
  },
  {
    id: 'fw-origin',
    title: 'Windows Firewall filter origin audit',
    url: `${FIREWALL}filter-origin-documentation`,
    kind: 'learn',
  },
  { id: 'fw-hyperv', title: 'Hyper-V firewall', url: `${FIREWALL}hyper-v-firewall`, kind: 'learn' },
  {
    id: 'ps-newrule',
    title: 'New-NetFirewallRule (NetSecurity)',
    url: 'https://learn.microsoft.com/powershell/module/netsecurity/new-netfirewallrule',
    kind: 'learn',
  },
  {
    id: 'qos-top',
    title: 'Policy-based Quality of Service (QoS)',
    url: 'https://learn.microsoft.com/windows-server/networking/technologies/qos/qos-policy-top',
    kind: 'learn',
  },
  {
    id: 'qos-works',
    title: 'How Policy-based QoS works',
    url: 'https://learn.microsoft.com/windows-server/networking/technologies/qos/qos-policy-works',
    kind: 'learn',
  },
  // Microsoft samples
  {
    id: 'smp-inspect',
    title: 'Windows-driver-samples: inspect (transport inspection sample)',
    url: `${SAMPLES}inspect`,
    kind: 'sample',
  },
  {
    id: 'smp-ddproxy',
    title: 'Windows-driver-samples: ddproxy (datagram-data proxy sample)',
    url: `${SAMPLES}ddproxy`,
    kind: 'sample',
  },
  {
    id: 'smp-stmedit',
    title: 'Windows-driver-samples: stmedit (stream edit sample)',
    url: `${SAMPLES}stmedit`,
    kind: 'sample',
  },
  {
    id: 'smp-msnmntr',
    title: 'Windows-driver-samples: msnmntr (flow monitor sample)',
    url: `${SAMPLES}msnmntr`,
    kind: 'sample',
  },
  {
    id: 'smp-wfpsampler',
    title: 'Windows-driver-samples: WFPSampler',
    url: `${SAMPLES}WFPSampler`,
    kind: 'sample',
  },
  {
    id: 'smp-injectiondata',
    title: 'WFPSampler HelperFunctions_InjectionData.cpp (injection handles per layer)',
    url: 'https://github.com/microsoft/Windows-driver-samples/blob/main/network/trans/WFPSampler/syslib/HelperFunctions_InjectionData.cpp',
    kind: 'sample',
  },
  // Third party, issues, RFCs
  {
    id: 'wd-doc',
    title: 'WinDivert 2.2 documentation (third party)',
    url: 'https://github.com/basil00/WinDivert/blob/master/doc/windivert.html',
    kind: 'third-party',
  },
  {
    id: 'ms-issue-2108',
    title: 'windows-driver-docs issue 2108: compatibility of FWPM_LAYER_STREAM_PACKET_V* layers',
    url: 'https://github.com/MicrosoftDocs/windows-driver-docs/issues/2108',
    kind: 'issue',
  },
  {
    id: 'ms-issue-1218',
    title:
      'windows-driver-docs issue 1218: flow context at the IP packet layers (community report)',
    url: 'https://github.com/MicrosoftDocs/windows-driver-docs/issues/1218',
    kind: 'issue',
  },
  {
    id: 'rfc-4302',
    title: 'RFC 4302: IP Authentication Header (§3.3.3.1 mutable fields)',
    url: 'https://www.rfc-editor.org/rfc/rfc4302',
    kind: 'rfc',
  },
  {
    id: 'rfc-4303',
    title: 'RFC 4303: IP Encapsulating Security Payload (§3.1 what ESP covers)',
    url: 'https://www.rfc-editor.org/rfc/rfc4303',
    kind: 'rfc',
  },
  {
    id: 'rfc-4443',
    title: 'RFC 4443: ICMPv6 (§2.1 message types)',
    url: 'https://www.rfc-editor.org/rfc/rfc4443',
    kind: 'rfc',
  },
];

const BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id, or undefined. Pure. */
export function getSource(id: string): Source | undefined {
  return BY_ID.get(id);
}
