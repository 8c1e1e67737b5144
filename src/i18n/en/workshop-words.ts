/**
 * English words of the workshop modes (issue 11), loaded with the first mode opened (the catalogue's
 * `workshop.load`): the scenario gallery with its stories (keyed by scenario id,
 * src/knowledge/scenarios.ts), the packet paths (src/knowledge/packet-paths.ts), presentation, the
 * quiz (src/engine/quiz.ts) and the layer comparison (src/engine/compare.ts). Pure.
 */
import type { CompareRowId } from '@/engine/compare';
import type { QuizKind, QuizKindReason } from '@/engine/quiz';
import type { DataStart, StepNote, WorkshopPathId } from '@/knowledge/packet-paths';
import type { ScenarioOrigin, ScenarioPattern } from '@/knowledge/scenarios';
import type { Confidence, Layer } from '@/knowledge/types';
import type { PathDirection } from '@/knowledge/vocabulary';
import { layerName } from './workshop';

const LIST = new Intl.ListFormat('en', { style: 'long', type: 'unit' });
const KIND_PHRASE: Readonly<Record<QuizKind, string>> = {
  filter: 'built-in filters from user mode',
  callout: 'a kernel callout driver',
};

type Verdict = 'user-mode' | 'kernel-callout' | 'other-technology';
type IpsecWord = 'compatible' | 'conditional' | 'incompatible' | 'not-applicable';

/** A scenario's title and story. */
export interface ScenarioWords {
  readonly title: string;
  readonly story: string;
}

const stories: Readonly<Record<string, ScenarioWords>> = {
  'block-app-outbound': {
    title: 'Block one app from connecting out',
    story:
      'A security team wants a game launcher never to open an outbound TCP connection. The decision depends only on which program connects, and it is known in advance.',
  },
  'rdp-from-admin-subnet': {
    title: 'Remote Desktop only from the admin subnet',
    story:
      'Servers must accept Remote Desktop (TCP 3389) only from the administrators’ subnet. Address and port are fixed rules, checked when the connection is accepted.',
  },
  'dlp-outbound-http': {
    title: 'Data-loss prevention on outbound HTTP',
    story:
      'A DLP product reads the bodies of outbound HTTP requests and logs those that carry card numbers. It must see the TCP payload in order, and its own code decides.',
  },
  'tcp-find-replace': {
    title: 'Find and replace in a TCP stream',
    story:
      'A test harness replaces one string with another in every TCP stream, both ways — the Microsoft stmedit sample does exactly this.',
  },
  'transparent-proxy': {
    title: 'Transparent proxy for one app',
    story:
      'A web filter hands every outbound TCP connection of the browser to a proxy running on this host, without the browser knowing.',
  },
  'prompt-outbound': {
    title: 'Ask the user before connecting',
    story:
      'A personal firewall asks the user, in a pop-up, whether a program may open a new outbound connection. The answer comes seconds later from a user-mode service.',
  },
  'telemetry-established': {
    title: 'Connection telemetry with the process',
    story:
      'An endpoint agent records every established TCP connection with its process, addresses and ports, computed by its own code.',
  },
  'router-block-network': {
    title: 'Router: drop a hostile network',
    story:
      'A Windows host routes between two networks and must drop everything routed from one hostile address range. The rule is fixed.',
  },
  'stealth-udp': {
    title: 'Stealth: no port-unreachable for UDP',
    story:
      'A hardened server must not answer probes of closed UDP ports with ICMP port-unreachable, so a scanner learns nothing.',
  },
  'rewrite-inbound-udp': {
    title: 'Rewrite a field in inbound UDP',
    story:
      'A game-server shim rewrites a field inside inbound UDP payloads before the application reads them.',
  },
  'inject-tcp-segments': {
    title: 'Inject crafted TCP segments',
    story:
      'A protocol test tool injects crafted outbound TCP segments with chosen flags and sequence numbers.',
  },
  'rewrite-outbound-ttl': {
    title: 'Rewrite the TTL of outbound packets',
    story:
      'A network lab tool sets the TTL of every outbound IP packet to a fixed value. It needs the IP header, which exists only low in the send path.',
  },
  'ethertype-win7': {
    title: 'Filter by EtherType on Windows 7',
    story:
      'An industrial product must drop frames of one EtherType on Windows 7 machines. WFP’s layer-2 layers arrived in Windows 8.',
  },
  'dlp-verdict-from-service': {
    title: 'A scanning service decides on TCP content',
    story:
      'A DLP agent sends outbound TCP content to a user-mode scanning service and lets the data go only after the service says it is clean.',
  },
  'split-tunnel-app': {
    title: 'Split tunnel per app',
    story:
      'A VPN client sends one program’s traffic around the tunnel by binding its sockets to the physical adapter’s address — Mozilla VPN did this with a bind-redirect callout.',
  },
  'stealth-tcp': {
    title: 'Stealth: no RST for closed TCP ports',
    story:
      'A server must stay silent when a scanner sends a SYN to a closed TCP port: no RST goes back.',
  },
  'ethertype-win10': {
    title: 'Filter by EtherType on Windows 10',
    story:
      'The same EtherType rule as on Windows 7, now for Windows 10 machines only, where the MAC-frame layers exist.',
  },
  'vm-port-block': {
    title: 'Block a port into one VM',
    story:
      'On a Hyper-V host, block inbound TCP to one port of one virtual machine, with a fixed rule on the virtual switch.',
  },
  'vm-payload-inspect': {
    title: 'Inspect VM traffic on the switch',
    story:
      'A monitoring product inspects the payload of all traffic crossing the Hyper-V virtual switch, in its own code.',
  },
  'shape-inbound-tcp': {
    title: 'Slow down inbound downloads',
    story:
      'A bandwidth manager slows inbound TCP downloads on this host, deciding in code how much to let through.',
  },
  'nat-forwarded': {
    title: 'NAT for routed traffic',
    story:
      'A home-router product rewrites addresses and ports of traffic it routes between two networks, in its own code.',
  },
  'monitor-app-tcp': {
    title: 'Watch one app’s TCP data',
    story:
      'A diagnostics tool records the TCP data of one application, both ways — the Microsoft msnmntr sample tags the flow with the app and reads the stream.',
  },
  'appcontainer-block': {
    title: 'Block a Store app',
    story:
      'An enterprise policy blocks outbound connections of one packaged (AppContainer) app, identified by its package.',
  },
  'audit-connections': {
    title: 'Log connections without a driver',
    story:
      'An operations team wants a log of every TCP connection with the program, addresses and ports, and cannot ship a driver. Fixed rules, connection-level facts.',
  },
  'discard-log': {
    title: 'Why was it dropped?',
    story:
      'A support tool records inbound traffic the stack or a filter dropped, with the addresses, to explain failures to the user.',
  },
};

export const workshopWords = {
  locale: 'en',
  layerName,

  verdicts: {
    'user-mode': 'Built-in filters from user mode',
    'kernel-callout': 'A kernel callout driver',
    'other-technology': 'Another technology (outside WFP)',
  } satisfies Record<Verdict, string>,
  ipsec: {
    compatible: 'IPsec compatible',
    conditional: 'IPsec conditional',
    incompatible: 'IPsec incompatible',
    'not-applicable': 'IPsec not applicable',
  } satisfies Record<IpsecWord, string>,

  gallery: {
    title: 'Scenario gallery',
    intro: (count: number) =>
      `${count} worked scenarios. Load one to see the answered questionnaire, the diagram and the result; Back in the browser returns to what you had.`,
    load: 'Load',
    loadLabel: (title: string) => `Load scenario: ${title}`,
    loaded: 'Loaded',
    expected: 'Expected outcome',
    noLayer: 'no WFP layer',
    origin: {
      public: 'Public worked scenario',
      wfpsampler: 'WFPSampler scenario family',
      peer: 'Real-product pattern',
      sample: 'Microsoft sample',
    } satisfies Record<ScenarioOrigin, string>,
    pattern: {
      'per-app-firewall': 'Per-app firewall',
      'admin-access': 'Admin access rule',
      'dlp-stream': 'DLP stream inspection',
      'stream-edit': 'Stream editing',
      'transparent-proxy': 'Transparent proxy',
      'interactive-prompt': 'Interactive prompt',
      'connection-telemetry': 'Connection telemetry',
      'router-filtering': 'Router filtering',
      stealth: 'Stealth mode',
      'packet-modification': 'Packet modification',
      'packet-injection': 'Packet injection',
      'l2-filtering': 'Layer-2 filtering',
      'split-tunnel': 'Split tunnel',
      'vm-traffic': 'VM traffic',
      'traffic-shaping': 'Traffic shaping',
      nat: 'NAT',
      'app-data-monitor': 'App data monitor',
      'app-container': 'AppContainer rule',
      'drop-diagnostics': 'Drop diagnostics',
    } satisfies Record<ScenarioPattern, string>,
    wfpSampler: (name: string) => `WFPSampler: ${name}`,
    sources: 'Sources',
    stories,
  },

  paths: {
    title: 'Packet paths',
    intro:
      'Pick a flow: the diagram numbers the layers it passes, in the documented order. Step with the arrow keys or play it.',
    pickLabel: 'Flows',
    titles: {
      'tcp-connect': 'TCP connect (client)',
      'tcp-accept': 'TCP accept (server)',
      'tcp-send': 'TCP data sent',
      'tcp-receive': 'TCP data received',
      'udp-send-first': 'First UDP datagram out',
      'udp-receive-first': 'First UDP datagram in',
      'udp-closed-port': 'UDP to a closed port',
      'icmp-error-in': 'An ICMP error arrives',
      forwarded: 'A packet routed through this host',
      'loopback-connect': 'A loopback connection',
      'vswitch-frame': 'A frame through the Hyper-V switch',
    } satisfies Record<WorkshopPathId, string>,
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    stepLabel: (n: number, total: number, inferred: boolean) =>
      inferred ? `Step ${n} of ${total} (inferred)` : `Step ${n} of ${total}`,
    previous: 'Previous step',
    next: 'Next step',
    play: 'Play',
    pause: 'Pause',
    restart: 'From the start',
    keys: '← → step · Space play/pause · Home first step',
    unitLabel: 'Classifies',
    dataLabel: 'Data starts at',
    identityLabel: 'App identity',
    directionLabel: 'Direction',
    confidenceLabel: 'Order',
    units: {
      'socket-operation': 'a socket operation (bind, listen)',
      connection: 'a connection (its first packet or the connect request)',
      stream: 'a TCP stream: in-order bytes',
      packet: 'one packet',
      frame: 'one frame',
      policy: 'a routing policy',
      none: 'nothing (a notification)',
    } satisfies Record<Layer['sees']['unit'], string>,
    dataStarts: {
      'bind-request': 'no packet: layerData is a FWPS_BIND_REQUEST0',
      'connect-request': 'no packet: layerData is a FWPS_CONNECT_REQUEST0',
      'no-packet': 'no packet: nothing to offset',
      'stream-bytes': 'the stream bytes, with no IP or TCP header',
      'transport-header': 'the transport header',
      'after-transport-header':
        'the data after the transport header (retreat to reach the headers)',
      'icmp-header': 'the ICMP header',
      'inner-ip-header': 'the embedded (inner) IP header',
      'ip-header': 'the IP header',
      'mac-header': 'the MAC (Ethernet) header',
      'where-stopped': 'where the stack stopped processing the packet',
    } satisfies Record<DataStart, string>,
    identity: {
      condition: 'yes — app and user are filter conditions here',
      'flow-context': 'only through a flow context a callout set at ALE flow established',
      none: 'no — no app or user at this layer',
    } satisfies Record<Layer['identity'], string>,
    directions: { inbound: 'inbound', outbound: 'outbound' } satisfies Record<
      PathDirection,
      string
    >,
    confidence: {
      documented: 'documented',
      sample: 'shown in a Microsoft sample',
      inferred: 'inferred — no document orders this step; the app places it',
    } satisfies Record<Confidence, string>,
    inferredMark: 'inferred',
    notes: {
      'syn-ack-out': 'The server’s SYN-ACK goes back out through the send path.',
      'ack-in':
        'When the client’s ACK arrives (through inbound IP packet and inbound transport again) the flow is established.',
      'mac-win8':
        'The MAC-frame layers (Windows 8 and later) see every frame the adapters send or receive.',
      'no-endpoint':
        'No socket listens on the port: the datagram ends at the discard layer. Blocking here suppresses the ICMP error.',
      'icmp-unreachable-out':
        'The stack answers with ICMP port unreachable; block type 3 here and a scanner learns nothing.',
      'icmp-error-in':
        'ICMP errors never reach the ALE layers; they are classified at the ICMP-error layers. Their place after inbound IP packet is inferred.',
      'forwarding-on':
        'Only when IP forwarding is on. The forward layer is the one IP-level classify documented for routed packets.',
      'loopback-crossing':
        'The client’s send path hands the SYN to the server’s receive path; no adapter, so no MAC-frame layer. Every layer here documents the IS_LOOPBACK flag; the order of the crossing is inferred.',
      'vswitch-order':
        'Ingress comes before egress; the order of the Ethernet and transport layers within each side is not documented.',
      'first-packet-only':
        'Only the first datagram of a new flow is authorized here; later ones skip ALE.',
    } satisfies Record<StepNote, string>,
    sources: 'Sources',
  },

  present: {
    title: 'Presentation',
    leave: 'Leave presentation',
    keys: '← → previous / next · Esc leave',
    noResult: 'Answer the questionnaire or load a scenario to show a recommendation.',
    verdictLine: (layer: string, verdict: string) => `${layer} — ${verdict}`,
    noLayerVerdict: (verdict: string) => verdict,
    scenarioOf: (n: number, total: number) => `Scenario ${n} of ${total}`,
  },

  quiz: {
    title: 'Quiz',
    intro:
      'Read the task. Pick the layer you believe is right — on the diagram or from the list — and say whether built-in filters are enough or it needs a callout.',
    questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
    score: (right: number, answered: number) => `Score: ${right} of ${answered}`,
    layerLabel: 'Your layer',
    choose: 'Choose a layer…',
    kindLabel: 'What does it need?',
    kinds: {
      filter: 'Built-in filters from user mode',
      callout: 'A kernel callout driver',
    } satisfies Record<QuizKind, string>,
    commit: 'Check my answer',
    needPick: 'Pick a layer and say filter or callout first.',
    right: 'Right!',
    wrong: 'Not quite.',
    yourPick: (layer: string, kind: QuizKind) => `You picked ${layer} with ${KIND_PHRASE[kind]}.`,
    layerRight: 'That is the highest layer that can do this task.',
    companion:
      'That layer is in the design as a companion, but the work the task asks for is decided at the recommended layer.',
    lowerWorkable:
      'That layer could do it, but a higher layer can too: filter at the highest layer that can do the job.',
    excluded: (reason: string) => `That layer cannot do it: ${reason}`,
    kindReasons: {
      'filter-suffices':
        'Built-in filters configured from user mode are enough here: no driver is needed.',
      'needs-callout':
        'Built-in filtering cannot do this: it needs a kernel callout at that layer.',
    } satisfies Record<QuizKindReason, string>,
    answer: (layer: string, kind: QuizKind) =>
      `The engine recommends ${layer} with ${KIND_PHRASE[kind]}.`,
    compareWithAnswer: 'Compare your layer with the answer',
    markPicked: 'Your pick',
    markAnswer: 'The answer',
    markPickedAnswer: 'Your pick, the answer',
    next: 'Next question',
    finish: 'See my score',
    done: (right: number, total: number) => `Round complete: ${right} of ${total} right.`,
    again: 'New round',
  },

  compare: {
    title: 'Compare layers',
    intro:
      'Choose two or three layers. Rows where they differ are marked; in lists, what not every layer has is underlined.',
    slot: (n: number) => `Layer ${n}`,
    none: '—',
    addThird: 'Add a third layer',
    removeThird: 'Remove the third layer',
    differs: 'differs',
    capability: 'Capability',
    errors: {
      'too-few': 'Choose at least two layers.',
      'too-many': 'Compare at most three layers.',
      duplicate: 'Choose different layers.',
      'unknown-layer': 'One of the layers is not in the knowledge base.',
    },
    rows: {
      tier: 'Stack tier',
      unit: 'One classify is about',
      directions: 'Directions',
      traffic: 'Traffic it sees',
      payload: 'Payload visible',
      conditions: 'Filter conditions',
      'filter-block': 'Block with a plain filter',
      'callout-block': 'Block from a callout',
      injection: 'Injection',
      pend: 'Pend (hold the decision)',
      'flow-handle': 'Flow context reaches it',
      identity: 'App and user identity',
      'ipsec-filter': 'IPsec, plain filters',
      'ipsec-callout': 'IPsec, callout',
      'min-os': 'Minimum Windows',
      caveats: 'Caveats in the docs',
    } satisfies Record<CompareRowId, string>,
    /** Words for the codes a row holds (what is not here is an API identifier shown as is). */
    codes: {
      'user-mode': 'user-mode layers',
      ale: 'ALE',
      data: 'stream / datagram data',
      transport: 'transport and ICMP error',
      network: 'IP packet and forward',
      mac: 'MAC frame',
      vswitch: 'Hyper-V switch',
      internal: 'internal (do not use)',
      'socket-operation': 'a socket operation',
      connection: 'a connection',
      stream: 'a TCP stream',
      packet: 'a packet',
      frame: 'a frame',
      policy: 'a routing policy',
      none: 'nothing',
      inbound: 'inbound',
      outbound: 'outbound',
      local: 'this host',
      forwarded: 'routed',
      l2: 'layer-2 frames',
      yes: 'yes',
      no: 'no',
      'first-packet': 'first packet only',
      'ciphertext-if-ipsec': 'yes (ciphertext under IPsec)',
      allowed: 'allowed',
      forbidden: 'forbidden',
      'not-a-decision-point': 'not a decision point',
      undocumented: 'undocumented',
      'no-callouts': 'no callouts here',
      'pend-operation': 'FwpsPendOperation0',
      'pend-classify': 'FwpsPendClassify0',
      'out-of-band': 'out of band (absorb, reinject)',
      condition: 'filter conditions',
      'flow-context': 'via flow context',
      compatible: 'compatible',
      conditional: 'conditional',
      incompatible: 'incompatible',
      'not-applicable': 'not applicable',
      vista: 'Windows Vista',
      win7: 'Windows 7',
      win8: 'Windows 8',
      win10: 'Windows 10',
      'win11-22h2': 'Windows 11 22H2',
      unknown: 'not documented',
    } as Readonly<Record<string, string>>,
    caveats: (gaps: number, conflicts: number, typos: number) => {
      const parts = [
        gaps > 0 ? `${gaps} gap${gaps === 1 ? '' : 's'}` : '',
        conflicts > 0 ? `${conflicts} conflict${conflicts === 1 ? '' : 's'}` : '',
        typos > 0 ? `${typos} doc typo${typos === 1 ? '' : 's'}` : '',
      ].filter((part) => part !== '');
      return parts.length === 0 ? 'none' : LIST.format(parts);
    },
  },
};

export type WorkshopWords = typeof workshopWords;
