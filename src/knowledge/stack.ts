/**
 * The documented traversal orders of the Windows network stack as data (layers.md §2): which
 * layers a connection or packet passes, in order. The diagram draws its edges from these paths;
 * workshops can step through them. IPv4 and IPv6 follow the same order. Pure data.
 */
import type { Confidence, LayerId, SourceId } from './types';
import type { PathDirection, Traffic } from './vocabulary';

/** One documented walk through the stack. */
export interface PacketPath {
  readonly id: string;
  readonly title: string;
  readonly traffic: Traffic;
  /** The direction of the packets walked (a connection setup can mix both). */
  readonly directions: readonly PathDirection[];
  /** Layer ids in the order they classify. */
  readonly steps: readonly LayerId[];
  /** What the docs leave out about this walk, if anything. */
  readonly note?: string;
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

/** Every documented traversal order, local paths first. */
export const PACKET_PATHS: readonly PacketPath[] = [
  {
    id: 'tcp-server-listen',
    title: 'TCP server: bind and listen',
    traffic: 'local',
    directions: ['inbound'],
    steps: ['ale-bind-redirect', 'ale-resource-assignment', 'ale-auth-listen'],
    confidence: 'documented',
    sourceIds: ['w32-tcpflow', 'w32-alelayers'],
  },
  {
    id: 'tcp-client-connect',
    title: 'TCP client: bind, connect and send the SYN',
    traffic: 'local',
    directions: ['outbound'],
    steps: [
      'ale-bind-redirect',
      'ale-resource-assignment',
      'ale-connect-redirect',
      'ale-auth-connect',
      'outbound-transport',
      'outbound-ippacket',
    ],
    confidence: 'documented',
    sourceIds: ['w32-tcpflow'],
  },
  {
    id: 'tcp-server-accept',
    title: 'TCP server receives the SYN',
    traffic: 'local',
    directions: ['inbound'],
    steps: ['inbound-ippacket', 'inbound-transport', 'ale-auth-recv-accept'],
    note: 'The SYN-ACK then goes out through outbound transport and outbound IP packet.',
    confidence: 'documented',
    sourceIds: ['w32-tcpflow'],
  },
  {
    id: 'tcp-established',
    title: 'TCP handshake completes (SYN-ACK at the client, ACK at the server)',
    traffic: 'local',
    directions: ['inbound'],
    steps: ['inbound-ippacket', 'inbound-transport', 'ale-flow-established'],
    confidence: 'documented',
    sourceIds: ['w32-tcpflow', 'wdk-layerreq'],
  },
  {
    id: 'tcp-send-data',
    title: 'TCP data sent',
    traffic: 'local',
    directions: ['outbound'],
    steps: [
      'stream',
      'outbound-transport',
      'outbound-ippacket',
      'outbound-mac-frame-ethernet',
      'outbound-mac-frame-native',
    ],
    note: 'The packet-flow page ends at outbound IP packet; the MAC layers (Windows 8+) see every frame the host sends, Ethernet before native.',
    confidence: 'documented',
    sourceIds: ['w32-tcpflow', 'wdk-l2', 'w32-layers', 'wdk-mgmtlayers'],
  },
  {
    id: 'tcp-receive-data',
    title: 'TCP data received',
    traffic: 'local',
    directions: ['inbound'],
    steps: [
      'inbound-mac-frame-native',
      'inbound-mac-frame-ethernet',
      'inbound-ippacket',
      'inbound-transport',
      'stream',
    ],
    note: 'The packet-flow page starts at inbound IP packet; the MAC layers (Windows 8+) see every frame the host receives, native first.',
    confidence: 'documented',
    sourceIds: ['w32-tcpflow', 'wdk-l2', 'w32-layers'],
  },
  {
    id: 'tcp-syn-no-listener',
    title: 'TCP SYN with no listener',
    traffic: 'local',
    directions: ['inbound'],
    steps: ['inbound-ippacket', 'inbound-transport-discard'],
    note: 'The RST then goes out through outbound transport and outbound IP packet; blocking at the discard layer suppresses it.',
    confidence: 'documented',
    sourceIds: ['w32-tcpflow', 'w32-portscan'],
  },
  {
    id: 'udp-send-first',
    title: 'UDP: first packet sent',
    traffic: 'local',
    directions: ['outbound'],
    steps: [
      'ale-bind-redirect',
      'ale-resource-assignment',
      'ale-connect-redirect',
      'ale-auth-connect',
      'ale-flow-established',
      'datagram-data',
      'outbound-transport',
      'outbound-ippacket',
    ],
    confidence: 'documented',
    sourceIds: ['w32-udpflow'],
  },
  {
    id: 'udp-receive-first',
    title: 'UDP: first packet received',
    traffic: 'local',
    directions: ['inbound'],
    steps: [
      'inbound-ippacket',
      'inbound-transport',
      'ale-auth-recv-accept',
      'ale-flow-established',
      'datagram-data',
    ],
    confidence: 'documented',
    sourceIds: ['w32-udpflow'],
  },
  {
    id: 'udp-no-listener',
    title: 'UDP with no listener: the port-unreachable reply',
    traffic: 'local',
    directions: ['inbound', 'outbound'],
    steps: [
      'inbound-ippacket',
      'inbound-ippacket-discard',
      'outbound-icmp-error',
      'outbound-transport',
      'outbound-ippacket',
    ],
    confidence: 'documented',
    sourceIds: ['w32-udpflow', 'w32-portscan'],
  },
  {
    id: 'forward',
    title: 'A packet routed through this host',
    traffic: 'forwarded',
    directions: ['inbound', 'outbound'],
    steps: [
      'inbound-mac-frame-native',
      'inbound-mac-frame-ethernet',
      'ipforward',
      'outbound-mac-frame-ethernet',
      'outbound-mac-frame-native',
    ],
    note: 'The forward layer is the only IP-level classify documented for routed traffic (IP forwarding must be on). That the MAC layers see routed frames follows from their seeing every frame the adapters send and receive.',
    confidence: 'inferred',
    sourceIds: ['w32-layers', 'wdk-layerreq', 'wdk-l2'],
  },
  {
    id: 'vswitch',
    title: 'A frame crossing the Hyper-V extensible switch',
    traffic: 'vswitch',
    directions: ['inbound', 'outbound'],
    steps: [
      'ingress-vswitch-ethernet',
      'ingress-vswitch-transport',
      'egress-vswitch-ethernet',
      'egress-vswitch-transport',
    ],
    note: 'Ingress comes before egress (the switch forwards in between). The order of the Ethernet and transport layers within each side is not documented; transport is drawn after Ethernet because it classifies after the MAC header is parsed.',
    confidence: 'inferred',
    sourceIds: ['wdk-vsw-overview', 'wdk-vsw', 'wdk-offsets'],
  },
];
