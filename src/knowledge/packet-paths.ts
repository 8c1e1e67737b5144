/**
 * The workshop's packet paths (issue 11 §2): flows a trainer steps through on the diagram, each an
 * ordered list of classifies with what the layer sees at that step — the unit one classify is
 * about and whether app identity is there come from the layer record; where the data starts for
 * this packet (W3, per direction and protocol) and how sure the order is are stated per step.
 * Built on the documented traversal orders in stack.ts (layers.md §2b, TCP and UDP packet flows);
 * steps the documents do not order are `inferred`, with a note code saying why. Words: the
 * workshop catalogue (src/i18n/<lang>/workshop.ts). Pure data.
 */
import { getLayer } from './layers';
import type { Confidence, Layer, LayerId, SourceId } from './types';
import type { PathDirection } from './vocabulary';

/** Where NET_BUFFER_DATA.DataOffset points for this packet at this layer, or what layerData is. */
export type DataStart =
  /** layerData is a FWPS_BIND_REQUEST0: no packet. */
  | 'bind-request'
  /** layerData is a FWPS_CONNECT_REQUEST0: no packet. */
  | 'connect-request'
  /** A socket operation or a TCP connect: no packet, no offset. */
  | 'no-packet'
  /** The stream bytes, with no IP or TCP header. */
  | 'stream-bytes'
  | 'transport-header'
  /** The data after the transport header (headers reachable by retreating). */
  | 'after-transport-header'
  | 'icmp-header'
  /** The embedded (inner) IP header of an ICMP error. */
  | 'inner-ip-header'
  | 'ip-header'
  | 'mac-header'
  /** A discard layer: where the stack stopped processing the packet. */
  | 'where-stopped';

/** Why a step is where it is, when the flow needs saying (words in the workshop catalogue). */
export type StepNote =
  | 'syn-ack-out'
  | 'ack-in'
  | 'mac-win8'
  | 'no-endpoint'
  | 'icmp-unreachable-out'
  | 'icmp-error-in'
  | 'forwarding-on'
  | 'loopback-crossing'
  | 'vswitch-order'
  | 'first-packet-only';

export interface PathStep {
  readonly layerId: LayerId;
  /** Direction of the packet (or operation) classified at this step. */
  readonly direction: PathDirection;
  readonly dataStart: DataStart;
  /** `documented` when the docs give this step's place in the flow; `inferred` when we place it. */
  readonly confidence: Confidence;
  readonly note?: StepNote;
  readonly sourceIds: readonly SourceId[];
}

export type WorkshopPathId =
  | 'tcp-connect'
  | 'tcp-accept'
  | 'tcp-send'
  | 'tcp-receive'
  | 'udp-send-first'
  | 'udp-receive-first'
  | 'udp-closed-port'
  | 'icmp-error-in'
  | 'forwarded'
  | 'loopback-connect'
  | 'vswitch-frame';

export interface WorkshopPath {
  readonly id: WorkshopPathId;
  /** The documented traversal orders in PACKET_PATHS (stack.ts) this flow follows, in order. */
  readonly basedOn: readonly string[];
  readonly steps: readonly PathStep[];
}

const TCP = ['w32-tcpflow', 'wdk-offsets'] as const;
const UDP = ['w32-udpflow', 'wdk-offsets'] as const;
const MAC = ['wdk-l2', 'w32-layers', 'wdk-offsets'] as const;

interface StepArgs {
  readonly layerId: LayerId;
  readonly direction: PathDirection;
  readonly dataStart: DataStart;
  readonly sourceIds: readonly SourceId[];
  readonly confidence?: Confidence;
  readonly note?: StepNote;
}

function step({ layerId, direction, dataStart, sourceIds, confidence, note }: StepArgs): PathStep {
  return {
    layerId,
    direction,
    dataStart,
    confidence: confidence ?? 'documented',
    sourceIds,
    ...(note ? { note } : {}),
  };
}

/** The flows of issue 11 §2, in the order the picker shows them. */
export const WORKSHOP_PATHS: readonly WorkshopPath[] = [
  {
    id: 'tcp-connect',
    basedOn: ['tcp-client-connect'],
    steps: [
      step({
        layerId: 'ale-bind-redirect',
        direction: 'outbound',
        dataStart: 'bind-request',
        sourceIds: [...TCP, 'wdk-redir'],
      }),
      step({
        layerId: 'ale-resource-assignment',
        direction: 'outbound',
        dataStart: 'no-packet',
        sourceIds: TCP,
      }),
      step({
        layerId: 'ale-connect-redirect',
        direction: 'outbound',
        dataStart: 'connect-request',
        sourceIds: [...TCP, 'wdk-redir'],
      }),
      step({
        layerId: 'ale-auth-connect',
        direction: 'outbound',
        dataStart: 'no-packet',
        sourceIds: TCP,
      }),
      step({
        layerId: 'outbound-transport',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: TCP,
      }),
      step({
        layerId: 'outbound-ippacket',
        direction: 'outbound',
        dataStart: 'ip-header',
        sourceIds: TCP,
      }),
    ],
  },
  {
    id: 'tcp-accept',
    basedOn: ['tcp-server-accept'],
    steps: [
      step({
        layerId: 'inbound-ippacket',
        direction: 'inbound',
        dataStart: 'transport-header',
        sourceIds: TCP,
      }),
      step({
        layerId: 'inbound-transport',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: TCP,
      }),
      step({
        layerId: 'ale-auth-recv-accept',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: TCP,
      }),
      step({
        layerId: 'outbound-transport',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: TCP,
        note: 'syn-ack-out',
      }),
      step({
        layerId: 'outbound-ippacket',
        direction: 'outbound',
        dataStart: 'ip-header',
        sourceIds: TCP,
        note: 'syn-ack-out',
      }),
      step({
        layerId: 'ale-flow-established',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: [...TCP, 'wdk-layerreq'],
        note: 'ack-in',
      }),
    ],
  },
  {
    id: 'tcp-send',
    basedOn: ['tcp-send-data'],
    steps: [
      step({
        layerId: 'stream',
        direction: 'outbound',
        dataStart: 'stream-bytes',
        sourceIds: [...TCP, 'wdk-stream'],
      }),
      step({
        layerId: 'outbound-transport',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: TCP,
      }),
      step({
        layerId: 'outbound-ippacket',
        direction: 'outbound',
        dataStart: 'ip-header',
        sourceIds: TCP,
      }),
      step({
        layerId: 'outbound-mac-frame-ethernet',
        direction: 'outbound',
        dataStart: 'mac-header',
        sourceIds: MAC,
        note: 'mac-win8',
      }),
      step({
        layerId: 'outbound-mac-frame-native',
        direction: 'outbound',
        dataStart: 'mac-header',
        sourceIds: MAC,
        note: 'mac-win8',
      }),
    ],
  },
  {
    id: 'tcp-receive',
    basedOn: ['tcp-receive-data'],
    steps: [
      step({
        layerId: 'inbound-mac-frame-native',
        direction: 'inbound',
        dataStart: 'mac-header',
        sourceIds: MAC,
        note: 'mac-win8',
      }),
      step({
        layerId: 'inbound-mac-frame-ethernet',
        direction: 'inbound',
        dataStart: 'ip-header',
        sourceIds: MAC,
        note: 'mac-win8',
      }),
      step({
        layerId: 'inbound-ippacket',
        direction: 'inbound',
        dataStart: 'transport-header',
        sourceIds: TCP,
      }),
      step({
        layerId: 'inbound-transport',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: TCP,
      }),
      step({
        layerId: 'stream',
        direction: 'inbound',
        dataStart: 'stream-bytes',
        sourceIds: [...TCP, 'wdk-stream'],
      }),
    ],
  },
  {
    id: 'udp-send-first',
    basedOn: ['udp-send-first'],
    steps: [
      step({
        layerId: 'ale-bind-redirect',
        direction: 'outbound',
        dataStart: 'bind-request',
        sourceIds: [...UDP, 'wdk-redir'],
      }),
      step({
        layerId: 'ale-resource-assignment',
        direction: 'outbound',
        dataStart: 'no-packet',
        sourceIds: UDP,
      }),
      step({
        layerId: 'ale-connect-redirect',
        direction: 'outbound',
        dataStart: 'connect-request',
        sourceIds: [...UDP, 'wdk-redir'],
      }),
      step({
        layerId: 'ale-auth-connect',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: UDP,
        note: 'first-packet-only',
      }),
      step({
        layerId: 'ale-flow-established',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: UDP,
        note: 'first-packet-only',
      }),
      step({
        layerId: 'datagram-data',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: UDP,
      }),
      step({
        layerId: 'outbound-transport',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: UDP,
      }),
      step({
        layerId: 'outbound-ippacket',
        direction: 'outbound',
        dataStart: 'ip-header',
        sourceIds: UDP,
      }),
    ],
  },
  {
    id: 'udp-receive-first',
    basedOn: ['udp-receive-first'],
    steps: [
      step({
        layerId: 'inbound-ippacket',
        direction: 'inbound',
        dataStart: 'transport-header',
        sourceIds: UDP,
      }),
      step({
        layerId: 'inbound-transport',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: UDP,
      }),
      step({
        layerId: 'ale-auth-recv-accept',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: UDP,
        note: 'first-packet-only',
      }),
      step({
        layerId: 'ale-flow-established',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: UDP,
        note: 'first-packet-only',
      }),
      step({
        layerId: 'datagram-data',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: UDP,
      }),
    ],
  },
  {
    id: 'udp-closed-port',
    basedOn: ['udp-no-listener'],
    steps: [
      step({
        layerId: 'inbound-ippacket',
        direction: 'inbound',
        dataStart: 'transport-header',
        sourceIds: UDP,
      }),
      step({
        layerId: 'inbound-ippacket-discard',
        direction: 'inbound',
        dataStart: 'where-stopped',
        sourceIds: [...UDP, 'w32-portscan'],
        note: 'no-endpoint',
      }),
      step({
        layerId: 'outbound-icmp-error',
        direction: 'outbound',
        dataStart: 'icmp-header',
        sourceIds: [...UDP, 'w32-portscan'],
        note: 'icmp-unreachable-out',
      }),
      step({
        layerId: 'outbound-transport',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: UDP,
      }),
      step({
        layerId: 'outbound-ippacket',
        direction: 'outbound',
        dataStart: 'ip-header',
        sourceIds: UDP,
      }),
    ],
  },
  {
    // An ICMP error arriving (say, port unreachable for a datagram this host sent). The receive
    // path's order down to the IP packet layer is documented; that the error is then classified
    // at the inbound ICMP-error layer (and never at ALE) is stated, its place after inbound IP
    // packet is inferred from the layer tiers.
    id: 'icmp-error-in',
    basedOn: [],
    steps: [
      step({
        layerId: 'inbound-mac-frame-native',
        direction: 'inbound',
        dataStart: 'mac-header',
        sourceIds: MAC,
        note: 'mac-win8',
      }),
      step({
        layerId: 'inbound-mac-frame-ethernet',
        direction: 'inbound',
        dataStart: 'ip-header',
        sourceIds: MAC,
        note: 'mac-win8',
      }),
      step({
        layerId: 'inbound-ippacket',
        direction: 'inbound',
        dataStart: 'transport-header',
        sourceIds: ['w32-tcpflow', 'wdk-offsets'],
      }),
      step({
        layerId: 'inbound-icmp-error',
        direction: 'inbound',
        dataStart: 'inner-ip-header',
        sourceIds: ['w32-alestate', 'w32-layers', 'wdk-offsets'],
        confidence: 'inferred',
        note: 'icmp-error-in',
      }),
    ],
  },
  {
    id: 'forwarded',
    basedOn: ['forward'],
    steps: [
      step({
        layerId: 'inbound-mac-frame-native',
        direction: 'inbound',
        dataStart: 'mac-header',
        sourceIds: MAC,
        confidence: 'inferred',
        note: 'mac-win8',
      }),
      step({
        layerId: 'inbound-mac-frame-ethernet',
        direction: 'inbound',
        dataStart: 'ip-header',
        sourceIds: MAC,
        confidence: 'inferred',
        note: 'mac-win8',
      }),
      step({
        layerId: 'ipforward',
        direction: 'outbound',
        dataStart: 'ip-header',
        sourceIds: ['w32-layers', 'wdk-layerreq', 'wdk-offsets'],
        note: 'forwarding-on',
      }),
      step({
        layerId: 'outbound-mac-frame-ethernet',
        direction: 'outbound',
        dataStart: 'mac-header',
        sourceIds: MAC,
        confidence: 'inferred',
        note: 'mac-win8',
      }),
      step({
        layerId: 'outbound-mac-frame-native',
        direction: 'outbound',
        dataStart: 'mac-header',
        sourceIds: MAC,
        confidence: 'inferred',
        note: 'mac-win8',
      }),
    ],
  },
  {
    // A TCP connection to 127.0.0.1: the client's send path hands the SYN to the server's receive
    // path. Each layer below documents the IS_LOOPBACK flag; the hand-over between the two paths
    // is not drawn in any document, so those steps are inferred.
    id: 'loopback-connect',
    basedOn: ['tcp-client-connect', 'tcp-server-accept'],
    steps: [
      step({
        layerId: 'ale-auth-connect',
        direction: 'outbound',
        dataStart: 'no-packet',
        sourceIds: ['w32-tcpflow', 'w32-flags'],
      }),
      step({
        layerId: 'outbound-transport',
        direction: 'outbound',
        dataStart: 'transport-header',
        sourceIds: ['w32-tcpflow', 'w32-flags'],
      }),
      step({
        layerId: 'outbound-ippacket',
        direction: 'outbound',
        dataStart: 'ip-header',
        sourceIds: ['w32-tcpflow', 'w32-flags'],
      }),
      step({
        layerId: 'inbound-ippacket',
        direction: 'inbound',
        dataStart: 'transport-header',
        sourceIds: ['w32-tcpflow', 'w32-flags'],
        confidence: 'inferred',
        note: 'loopback-crossing',
      }),
      step({
        layerId: 'inbound-transport',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: ['w32-tcpflow', 'w32-flags'],
        confidence: 'inferred',
      }),
      step({
        layerId: 'ale-auth-recv-accept',
        direction: 'inbound',
        dataStart: 'after-transport-header',
        sourceIds: ['w32-tcpflow', 'w32-flags'],
        confidence: 'inferred',
      }),
    ],
  },
  {
    id: 'vswitch-frame',
    basedOn: ['vswitch'],
    steps: [
      step({
        layerId: 'ingress-vswitch-ethernet',
        direction: 'outbound',
        dataStart: 'mac-header',
        sourceIds: ['wdk-vsw', 'wdk-vsw-flow', 'wdk-offsets'],
      }),
      step({
        layerId: 'ingress-vswitch-transport',
        direction: 'outbound',
        dataStart: 'ip-header',
        sourceIds: ['wdk-vsw', 'wdk-offsets'],
        confidence: 'inferred',
        note: 'vswitch-order',
      }),
      step({
        layerId: 'egress-vswitch-ethernet',
        direction: 'inbound',
        dataStart: 'mac-header',
        sourceIds: ['wdk-vsw', 'wdk-vsw-flow', 'wdk-offsets'],
      }),
      step({
        layerId: 'egress-vswitch-transport',
        direction: 'inbound',
        dataStart: 'ip-header',
        sourceIds: ['wdk-vsw', 'wdk-offsets'],
        confidence: 'inferred',
        note: 'vswitch-order',
      }),
    ],
  },
];

export function getWorkshopPath(id: string): WorkshopPath | undefined {
  return WORKSHOP_PATHS.find((p) => p.id === id);
}

/** What a layer sees at a step, from its record: the unit one classify is about and app identity. */
export interface StepView extends PathStep {
  readonly number: number;
  readonly unit: Layer['sees']['unit'];
  readonly identity: Layer['identity'];
}

/** The steps of a path with their numbers (1-based) and the layer facts the workshop shows. */
export function pathSteps(path: WorkshopPath): readonly StepView[] {
  return path.steps.map((s, i) => {
    const layer = getLayer(s.layerId);
    return {
      ...s,
      number: i + 1,
      unit: layer?.sees.unit ?? 'none',
      identity: layer?.identity ?? 'none',
    };
  });
}
