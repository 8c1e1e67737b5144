/**
 * The packet and stream injection functions and the layers each fits (layers.md §3 summary,
 * rules.md §1.5–§1.7 and §2.3). A layer's `actions.injection` lists the same pairs from the other
 * side. Pure data.
 */
import { QUOTED_CAVEAT_NOTES } from './caveat-notes-quoted';
import type { InjectionFunction, InjectionPath, SourceId } from './types';

/**
 * The receive path: injection that indicates data up the local stack as if this host had received
 * it — FwpsInjectTransportReceiveAsync0, FwpsInjectNetworkReceiveAsync0 and
 * FwpsInjectMacReceiveAsync0 ("Packet injection functions", wdk-inj; each function's page). Data
 * injected here must carry a correct IP checksum (the functions' notes below), so every receive
 * path counts for the checksum consideration.
 */
export const RECEIVE_PATHS: ReadonlySet<InjectionPath> = new Set<InjectionPath>([
  'transport-receive',
  'network-receive',
  'mac-receive',
]);

/**
 * The IP receive path: the part of the receive path that enters at the transport or network layer
 * (wdk-inj). A receive-injected packet that IPsec protected still carries its AH/ESP header and
 * must be rebuilt first (wdk-ipsec), which is why the layers that classify such packets (ALE
 * receive-accept, datagram data) record a separate receive-injecting IPsec status; the diagram
 * shows that status at those layers for a design that injects into this path.
 */
export const IP_RECEIVE_PATHS: ReadonlySet<InjectionPath> = new Set<InjectionPath>([
  'transport-receive',
  'network-receive',
]);

/**
 * Reinjection that the IPsec rebuild rule (`rebuild-ip-header-before-reinjection`) concerns: a
 * callout that clones a packet it classified and reinjects it with FwpsInjectTransportReceiveAsync0
 * must first strip AH/ESP from the IP header (wdk-ipsec, ddi-construct). The engine gives the
 * callout's own layer its receive-injecting status only for this path.
 */
export const REBUILD_BEFORE_REINJECTION_PATH: InjectionPath = 'transport-receive';

/** Where the receive path and the IP receive path are defined. */
export const RECEIVE_PATH_SOURCES: readonly SourceId[] = ['wdk-inj', 'wdk-ipsec'];

/** Every injection function of fwpsk.h that the knowledge base uses. */
export const INJECTION_FUNCTIONS: readonly InjectionFunction[] = [
  {
    id: 'FwpsStreamInjectAsync0',
    path: 'stream',
    fromLayers: ['stream'],
    bufferStartsWith: 'Stream bytes only: an NBL chain with no IP or TCP header.',
    minOs: 'vista',
    tcpOutOfBandOnly: false,
    notes:
      'Only at the stream layer (layerId must be FWPS_LAYER_STREAM_V4/V6). It may be called from inside classifyFn, so the DPC rule for TCP does not apply. Injected data is not indicated to the same callout again, but lower-weight sublayers see it.',
    sourceIds: ['ddi-streaminj', 'wdk-inj', 'wdk-stream', 'wdk-modstream', 'smp-stmedit'],
  },
  {
    id: 'FwpsInjectTransportSendAsync0',
    path: 'transport-send',
    fromLayers: ['outbound-transport', 'datagram-data', 'outbound-icmp-error', 'ale-auth-connect'],
    bufferStartsWith:
      'The transport header (raw-socket datagrams and header-include sends: the IP header, retreated and restored).',
    minOs: 'vista',
    tcpOutOfBandOnly: true,
    notes: `Send path before the IP header is formed, so under IPsec the data is not yet encrypted or signed. Endpoint handle and FWPS_TRANSPORT_SEND_PARAMS come from the layer. TCP only out of band: queue a DPC. Raw sends take one NET_BUFFER per NBL. ${QUOTED_CAVEAT_NOTES.transportSendRemarkTypo}`,
    sourceIds: ['ddi-tsend', 'wdk-inj', 'wdk-pc', 'wdk-modex'],
  },
  {
    id: 'FwpsInjectTransportSendAsync1',
    path: 'transport-send',
    fromLayers: ['outbound-transport', 'datagram-data', 'outbound-icmp-error', 'ale-auth-connect'],
    bufferStartsWith: 'As FwpsInjectTransportSendAsync0.',
    minOs: 'win7',
    tcpOutOfBandOnly: true,
    notes:
      'The Windows 7 version of transport send injection (FWPS_TRANSPORT_SEND_PARAMS1). TCP only out of band.',
    sourceIds: ['ddi-tsend1', 'wdk-inj'],
  },
  {
    id: 'FwpsInjectTransportReceiveAsync0',
    path: 'transport-receive',
    fromLayers: [
      'inbound-transport',
      'datagram-data',
      'inbound-icmp-error',
      'ale-auth-recv-accept',
    ],
    bufferStartsWith: 'The IP header (retreat the clone by the IP and transport header sizes).',
    minOs: 'vista',
    tcpOutOfBandOnly: true,
    notes:
      'Receive path. Not for inbound transport packets flagged ALE_CLASSIFY_REQUIRED. Recompute the IP checksum first (FwpsConstructIpHeaderForTransportPacket0, which also strips AH/ESP). The reinjected packet, and any packet built locally, bypasses IPsec verification. TCP only out of band. Cross-layer use is allowed: capture routed traffic at IP forward, rewrite it to a local address and inject it here.',
    sourceIds: ['ddi-trecv', 'wdk-inj', 'wdk-pc', 'ddi-construct', 'wdk-ipsec'],
  },
  {
    id: 'FwpsInjectNetworkSendAsync0',
    path: 'network-send',
    fromLayers: ['outbound-ippacket'],
    bufferStartsWith: 'The IP header; the MDL holding it must be pointer-aligned.',
    minOs: 'vista',
    tcpOutOfBandOnly: false,
    notes:
      'Send path at the network layer (after IPsec). Rebuild the IP header of a received packet before sending it out: its MDL may not be aligned.',
    sourceIds: ['ddi-netinject', 'wdk-inj', 'wdk-pc'],
  },
  {
    id: 'FwpsInjectNetworkReceiveAsync0',
    path: 'network-receive',
    fromLayers: ['inbound-ippacket'],
    bufferStartsWith: 'The IP header.',
    minOs: 'vista',
    tcpOutOfBandOnly: false,
    notes:
      'Receive path at the network layer. Recompute the IP checksum before injecting: reassembled packets can carry a stale one.',
    sourceIds: ['ddi-netrecvinject', 'wdk-inj', 'wdk-pc'],
  },
  {
    id: 'FwpsInjectForwardAsync0',
    path: 'forward',
    fromLayers: ['ipforward'],
    bufferStartsWith: 'The IP header; a fragment group must be reassembled into one NBL first.',
    minOs: 'vista',
    tcpOutOfBandOnly: false,
    notes: `Forwarding path. ${QUOTED_CAVEAT_NOTES.forwardInjectionWording}`,
    sourceIds: ['ddi-fwd', 'wdk-inj', 'wdk-layerreq', 'wdk-vsp1'],
  },
  {
    id: 'FwpsInjectMacSendAsync0',
    path: 'mac-send',
    fromLayers: ['outbound-mac-frame-ethernet', 'outbound-mac-frame-native'],
    bufferStartsWith: 'The MAC header.',
    minOs: 'win8',
    tcpOutOfBandOnly: false,
    notes:
      'Needs an injection handle created with FWPS_INJECTION_TYPE_L2 and AF_UNSPEC. Inject only at a layer where the callout has a filter, otherwise behaviour is undefined.',
    sourceIds: ['ddi-macsendinject', 'wdk-injection-handle', 'wdk-l2'],
  },
  {
    id: 'FwpsInjectMacReceiveAsync0',
    path: 'mac-receive',
    fromLayers: ['inbound-mac-frame-ethernet', 'inbound-mac-frame-native'],
    bufferStartsWith:
      'The Ethernet header at the inbound Ethernet layer, the MAC header at the inbound native layer.',
    minOs: 'win8',
    tcpOutOfBandOnly: false,
    notes: `Needs an L2 injection handle. Recompute IP checksums before injecting into the receive path. ${QUOTED_CAVEAT_NOTES.inboundMacOffset}`,
    sourceIds: ['ddi-macinject', 'wdk-injection-handle', 'wdk-l2'],
  },
  {
    id: 'FwpsInjectvSwitchEthernetIngressAsync0',
    path: 'vswitch-ingress',
    fromLayers: ['ingress-vswitch-ethernet'],
    bufferStartsWith: 'The Ethernet header.',
    minOs: 'win8',
    tcpOutOfBandOnly: false,
    notes: `Reinjects an absorbed frame, or one built with FwpsAllocateNetBufferAndNetBufferList0, into the vSwitch ingress path (L2 injection handle). ${QUOTED_CAVEAT_NOTES.vswitchInjection}`,
    sourceIds: ['ddi-vswinject', 'wdk-vsw', 'wdk-injection-handle'],
  },
];
