/**
 * The packet and stream injection functions and the layers each fits (layers.md §3 summary,
 * rules.md §1.5–§1.7 and §2.3). A layer's `actions.injection` lists the same pairs from the other
 * side. Pure data.
 */
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
    minOs: 'vista',
    tcpOutOfBandOnly: false,
    sourceIds: ['ddi-streaminj', 'wdk-inj', 'wdk-stream', 'wdk-modstream', 'smp-stmedit'],
  },
  {
    id: 'FwpsInjectTransportSendAsync0',
    path: 'transport-send',
    fromLayers: ['outbound-transport', 'datagram-data', 'outbound-icmp-error', 'ale-auth-connect'],
    minOs: 'vista',
    tcpOutOfBandOnly: true,
    sourceIds: ['ddi-tsend', 'wdk-inj', 'wdk-pc', 'wdk-modex'],
  },
  {
    id: 'FwpsInjectTransportSendAsync1',
    path: 'transport-send',
    fromLayers: ['outbound-transport', 'datagram-data', 'outbound-icmp-error', 'ale-auth-connect'],
    minOs: 'win7',
    tcpOutOfBandOnly: true,
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
    minOs: 'vista',
    tcpOutOfBandOnly: true,
    sourceIds: ['ddi-trecv', 'wdk-inj', 'wdk-pc', 'ddi-construct', 'wdk-ipsec'],
  },
  {
    id: 'FwpsInjectNetworkSendAsync0',
    path: 'network-send',
    fromLayers: ['outbound-ippacket'],
    minOs: 'vista',
    tcpOutOfBandOnly: false,
    sourceIds: ['ddi-netinject', 'wdk-inj', 'wdk-pc'],
  },
  {
    id: 'FwpsInjectNetworkReceiveAsync0',
    path: 'network-receive',
    fromLayers: ['inbound-ippacket'],
    minOs: 'vista',
    tcpOutOfBandOnly: false,
    sourceIds: ['ddi-netrecvinject', 'wdk-inj', 'wdk-pc'],
  },
  {
    id: 'FwpsInjectForwardAsync0',
    path: 'forward',
    fromLayers: ['ipforward'],
    minOs: 'vista',
    tcpOutOfBandOnly: false,
    sourceIds: ['ddi-fwd', 'wdk-inj', 'wdk-layerreq', 'wdk-vsp1'],
  },
  {
    id: 'FwpsInjectMacSendAsync0',
    path: 'mac-send',
    fromLayers: ['outbound-mac-frame-ethernet', 'outbound-mac-frame-native'],
    minOs: 'win8',
    tcpOutOfBandOnly: false,
    sourceIds: ['ddi-macsendinject', 'wdk-injection-handle', 'wdk-l2'],
  },
  {
    id: 'FwpsInjectMacReceiveAsync0',
    path: 'mac-receive',
    fromLayers: ['inbound-mac-frame-ethernet', 'inbound-mac-frame-native'],
    minOs: 'win8',
    tcpOutOfBandOnly: false,
    sourceIds: ['ddi-macinject', 'wdk-injection-handle', 'wdk-l2'],
  },
  {
    id: 'FwpsInjectvSwitchEthernetIngressAsync0',
    path: 'vswitch-ingress',
    fromLayers: ['ingress-vswitch-ethernet'],
    minOs: 'win8',
    tcpOutOfBandOnly: false,
    sourceIds: ['ddi-vswinject', 'wdk-vsw', 'wdk-injection-handle'],
  },
];
