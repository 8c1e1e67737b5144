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

function step(
  layerId: LayerId,
  direction: PathDirection,
  dataStart: DataStart,
  sourceIds: readonly SourceId[],
  extra: { confidence?: Confidence; note?: StepNote } = {},
): PathStep {
  return {
    layerId,
    direction,
    dataStart,
    confidence: extra.confidence ?? 'documented',
    sourceIds,
    ...(extra.note ? { note: extra.note } : {}),
  };
}

/** The flows of issue 11 §2, in the order the picker shows them. */
export const WORKSHOP_PATHS: readonly WorkshopPath[] = [
  {
    id: 'tcp-connect',
    basedOn: ['tcp-client-connect'],
    steps: [
      step('ale-bind-redirect', 'outbound', 'bind-request', [...TCP, 'wdk-redir']),
      step('ale-resource-assignment', 'outbound', 'no-packet', TCP),
      step('ale-connect-redirect', 'outbound', 'connect-request', [...TCP, 'wdk-redir']),
      step('ale-auth-connect', 'outbound', 'no-packet', TCP),
      step('outbound-transport', 'outbound', 'transport-header', TCP),
      step('outbound-ippacket', 'outbound', 'ip-header', TCP),
    ],
  },
  {
    id: 'tcp-accept',
    basedOn: ['tcp-server-accept'],
    steps: [
      step('inbound-ippacket', 'inbound', 'transport-header', TCP),
      step('inbound-transport', 'inbound', 'after-transport-header', TCP),
      step('ale-auth-recv-accept', 'inbound', 'after-transport-header', TCP),
      step('outbound-transport', 'outbound', 'transport-header', TCP, { note: 'syn-ack-out' }),
      step('outbound-ippacket', 'outbound', 'ip-header', TCP, { note: 'syn-ack-out' }),
      step('ale-flow-established', 'inbound', 'after-transport-header', [...TCP, 'wdk-layerreq'], {
        note: 'ack-in',
      }),
    ],
  },
  {
    id: 'tcp-send',
    basedOn: ['tcp-send-data'],
    steps: [
      step('stream', 'outbound', 'stream-bytes', [...TCP, 'wdk-stream']),
      step('outbound-transport', 'outbound', 'transport-header', TCP),
      step('outbound-ippacket', 'outbound', 'ip-header', TCP),
      step('outbound-mac-frame-ethernet', 'outbound', 'mac-header', MAC, { note: 'mac-win8' }),
      step('outbound-mac-frame-native', 'outbound', 'mac-header', MAC, { note: 'mac-win8' }),
    ],
  },
  {
    id: 'tcp-receive',
    basedOn: ['tcp-receive-data'],
    steps: [
      step('inbound-mac-frame-native', 'inbound', 'mac-header', MAC, { note: 'mac-win8' }),
      step('inbound-mac-frame-ethernet', 'inbound', 'ip-header', MAC, { note: 'mac-win8' }),
      step('inbound-ippacket', 'inbound', 'transport-header', TCP),
      step('inbound-transport', 'inbound', 'after-transport-header', TCP),
      step('stream', 'inbound', 'stream-bytes', [...TCP, 'wdk-stream']),
    ],
  },
  {
    id: 'udp-send-first',
    basedOn: ['udp-send-first'],
    steps: [
      step('ale-bind-redirect', 'outbound', 'bind-request', [...UDP, 'wdk-redir']),
      step('ale-resource-assignment', 'outbound', 'no-packet', UDP),
      step('ale-connect-redirect', 'outbound', 'connect-request', [...UDP, 'wdk-redir']),
      step('ale-auth-connect', 'outbound', 'transport-header', UDP, { note: 'first-packet-only' }),
      step('ale-flow-established', 'outbound', 'transport-header', UDP, {
        note: 'first-packet-only',
      }),
      step('datagram-data', 'outbound', 'transport-header', UDP),
      step('outbound-transport', 'outbound', 'transport-header', UDP),
      step('outbound-ippacket', 'outbound', 'ip-header', UDP),
    ],
  },
  {
    id: 'udp-receive-first',
    basedOn: ['udp-receive-first'],
    steps: [
      step('inbound-ippacket', 'inbound', 'transport-header', UDP),
      step('inbound-transport', 'inbound', 'after-transport-header', UDP),
      step('ale-auth-recv-accept', 'inbound', 'after-transport-header', UDP, {
        note: 'first-packet-only',
      }),
      step('ale-flow-established', 'inbound', 'after-transport-header', UDP, {
        note: 'first-packet-only',
      }),
      step('datagram-data', 'inbound', 'after-transport-header', UDP),
    ],
  },
  {
    id: 'udp-closed-port',
    basedOn: ['udp-no-listener'],
    steps: [
      step('inbound-ippacket', 'inbound', 'transport-header', UDP),
      step('inbound-ippacket-discard', 'inbound', 'where-stopped', [...UDP, 'w32-portscan'], {
        note: 'no-endpoint',
      }),
      step('outbound-icmp-error', 'outbound', 'icmp-header', [...UDP, 'w32-portscan'], {
        note: 'icmp-unreachable-out',
      }),
      step('outbound-transport', 'outbound', 'transport-header', UDP),
      step('outbound-ippacket', 'outbound', 'ip-header', UDP),
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
      step('inbound-mac-frame-native', 'inbound', 'mac-header', MAC, { note: 'mac-win8' }),
      step('inbound-mac-frame-ethernet', 'inbound', 'ip-header', MAC, { note: 'mac-win8' }),
      step('inbound-ippacket', 'inbound', 'transport-header', ['w32-tcpflow', 'wdk-offsets']),
      step(
        'inbound-icmp-error',
        'inbound',
        'inner-ip-header',
        ['w32-alestate', 'w32-layers', 'wdk-offsets'],
        { confidence: 'inferred', note: 'icmp-error-in' },
      ),
    ],
  },
  {
    id: 'forwarded',
    basedOn: ['forward'],
    steps: [
      step('inbound-mac-frame-native', 'inbound', 'mac-header', MAC, {
        confidence: 'inferred',
        note: 'mac-win8',
      }),
      step('inbound-mac-frame-ethernet', 'inbound', 'ip-header', MAC, {
        confidence: 'inferred',
        note: 'mac-win8',
      }),
      step('ipforward', 'outbound', 'ip-header', ['w32-layers', 'wdk-layerreq', 'wdk-offsets'], {
        note: 'forwarding-on',
      }),
      step('outbound-mac-frame-ethernet', 'outbound', 'mac-header', MAC, {
        confidence: 'inferred',
        note: 'mac-win8',
      }),
      step('outbound-mac-frame-native', 'outbound', 'mac-header', MAC, {
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
      step('ale-auth-connect', 'outbound', 'no-packet', ['w32-tcpflow', 'w32-flags']),
      step('outbound-transport', 'outbound', 'transport-header', ['w32-tcpflow', 'w32-flags']),
      step('outbound-ippacket', 'outbound', 'ip-header', ['w32-tcpflow', 'w32-flags']),
      step('inbound-ippacket', 'inbound', 'transport-header', ['w32-tcpflow', 'w32-flags'], {
        confidence: 'inferred',
        note: 'loopback-crossing',
      }),
      step('inbound-transport', 'inbound', 'after-transport-header', ['w32-tcpflow', 'w32-flags'], {
        confidence: 'inferred',
      }),
      step(
        'ale-auth-recv-accept',
        'inbound',
        'after-transport-header',
        ['w32-tcpflow', 'w32-flags'],
        {
          confidence: 'inferred',
        },
      ),
    ],
  },
  {
    id: 'vswitch-frame',
    basedOn: ['vswitch'],
    steps: [
      step('ingress-vswitch-ethernet', 'outbound', 'mac-header', [
        'wdk-vsw',
        'wdk-vsw-flow',
        'wdk-offsets',
      ]),
      step('ingress-vswitch-transport', 'outbound', 'ip-header', ['wdk-vsw', 'wdk-offsets'], {
        confidence: 'inferred',
        note: 'vswitch-order',
      }),
      step('egress-vswitch-ethernet', 'inbound', 'mac-header', [
        'wdk-vsw',
        'wdk-vsw-flow',
        'wdk-offsets',
      ]),
      step('egress-vswitch-transport', 'inbound', 'ip-header', ['wdk-vsw', 'wdk-offsets'], {
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
