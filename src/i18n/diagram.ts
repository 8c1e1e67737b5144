/**
 * UI text of the stack diagram and the layer-details sheet (owner: ui-diagram). Plain strings and
 * small functions, ready for a second language. No WFP facts here: those come from the knowledge
 * base and the recommendation; this only names the shapes the UI draws.
 */
import type {
  BlockRule,
  Confidence,
  IpsecStatus,
  Layer,
  PendMechanism,
  Side,
  Tier,
} from '@/knowledge/types';
import type { MinOs } from '@/knowledge/vocabulary';
import type { LayerState } from '@/engine/types';

export const diagramText = {
  title: 'Windows network stack',
  regionLabel: 'Windows network stack diagram',
  regionHelp:
    'Tab moves through the layers from the top of the stack; arrow keys move to the neighbouring layer; Enter opens its details.',
  controlsLabel: 'Diagram zoom controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Whole stack',
  fitRecommended: 'Recommended layer',
  /** Shown only on keyboard focus: lets a keyboard user skip the 56 layer buttons. */
  skipToResult: 'Skip the layers: go to the recommendation',
  legendLabel: 'Legend',
  /** A layer of the design under review (issue 10): a mark beside the node, not colour alone. */
  proposedMark: '◆ proposed',
  proposedLabel: 'In the design under review.',
  legend: {
    discard: 'discard layer, under its layer',
    arrows: 'packet direction (outbound down, inbound up)',
  },

  bands: {
    'user-mode': {
      title: 'User mode',
      detail: 'IKE, IPsec and RPC layers · run in BFE, no callouts',
    },
    ale: { title: 'ALE', detail: 'socket operations and the first packet of a flow' },
    data: { title: 'Stream & datagram', detail: 'the data of a flow' },
    transport: { title: 'Transport & ICMP error', detail: 'per packet' },
    network: { title: 'IP packet & forward', detail: 'per packet, with the IP header' },
    mac: { title: 'MAC frame', detail: 'layer 2, per frame' },
    vswitch: { title: 'Hyper-V extensible switch', detail: 'a separate data path' },
    internal: { title: 'Internal layers', detail: 'do not use' },
  } satisfies Record<Tier, { title: string; detail: string }>,

  columns: {
    outbound: '↓ Outbound (send)',
    inbound: 'Inbound (receive) ↑',
  } satisfies Record<Extract<Side, 'outbound' | 'inbound'>, string>,

  states: {
    recommended: 'Recommended',
    companion: 'Companion',
    workable: 'Workable',
    excluded: 'Excluded',
    idle: 'Not evaluated',
  } satisfies Record<LayerState, string>,

  /** Glyph before a discard pill's label (and the recommended node's state), per state. */
  stateMark: {
    recommended: '★ ',
    companion: '◆ ',
    workable: '⊘ ',
    excluded: '⊘ ',
    idle: '⊘ ',
  } satisfies Record<LayerState, string>,

  ipsec: {
    compatible: { icon: '✓', tiny: 'ok', short: 'IPsec ok', long: 'IPsec compatible' },
    conditional: { icon: '◐', tiny: 'cond.', short: 'IPsec cond.', long: 'IPsec conditional' },
    incompatible: { icon: '✕', tiny: 'no', short: 'IPsec no', long: 'IPsec incompatible' },
    'not-applicable': { icon: '–', tiny: 'n/a', short: 'IPsec n/a', long: 'IPsec not applicable' },
  } satisfies Record<IpsecStatus, { icon: string; tiny: string; short: string; long: string }>,

  minOs: {
    vista: 'Vista+',
    win7: 'Win 7+',
    win8: 'Win 8+',
    win10: 'Win 10+',
    'win11-22h2': 'Win 11 22H2+',
  } satisfies Record<MinOs, string>,
  minOsUnknown: 'OS not stated',

  discardChip: 'discard',
  internalChip: 'internal',

  /** Accessible name of a node: everything a sighted user reads off it. */
  nodeLabel: (p: {
    name: string;
    state: LayerState;
    ipsec: IpsecStatus;
    minOs: string;
    role?: string;
    reason?: string;
  }) =>
    [
      p.name,
      diagramText.states[p.state],
      p.role,
      diagramText.ipsec[p.ipsec].long,
      p.minOs,
      p.reason !== undefined ? `Why excluded: ${p.reason}` : undefined,
    ]
      .filter((part) => part !== undefined && part !== '')
      .join('. '),
  excludedBecause: 'Excluded:',
} as const;

export const detailsText = {
  close: 'Close',
  closeLabel: (name: string) => `Close the details of ${name}`,
  kicker: 'Layer details',
  identifiers: 'Identifiers',
  sees: 'What it sees',
  unit: 'Classified per',
  dataStarts: 'Where the data starts',
  payload: 'Payload for a callout',
  identity: 'App and user identity',
  conditions: 'Filter conditions',
  conditionsIntro: (n: number) =>
    n === 1
      ? 'One condition a user-mode filter can match here.'
      : `${n} conditions a user-mode filter can match here.`,
  conditionsEmpty: 'No user-mode filter conditions at this layer.',
  fromOs: (os: string) => `from ${os}`,
  injection: 'Injection',
  bufferStarts: 'Buffer starts with',
  tcpOutOfBand: 'TCP only out of band (queue a DPC)',
  pend: 'Holding the decision (pend)',
  blocking: 'Blocking',
  filterBlock: 'Plain filter BLOCK',
  calloutBlock: 'Callout BLOCK',
  minOs: 'Minimum Windows',
  ipsec: 'IPsec',
  ipsecThisDesign: 'For this design',
  ipsecForFilter: 'User-mode filter here',
  ipsecForCallout: 'Kernel callout here',
  ipsecForReceiveInjection: 'Callout that receive-injects',
  ipsecConditions: 'Rules a conditional callout must follow',
  calloutVsFilter: 'Callout or filter',
  calloutsAllowed:
    'Kernel callouts can be registered here; plain filters can be added from user mode.',
  calloutsNotAllowed: 'No kernel callouts run here.',
  userModeLayer:
    'A user-mode layer: it runs in the filter engine (BFE), IKE or RPC, not in the kernel packet path.',
  internalLayer: 'A Microsoft-internal layer: shown for completeness, never recommended.',
  thisDesign: 'In this design',
  noDesign: 'Answer the questions to see how this layer fits your design.',
  recommendedBecause: (verdict: string) => `The highest workable layer for this task (${verdict}).`,
  workable: 'Workable too, but it ranks below the recommended layer.',
  reasonCode: 'reason code',
  sources: 'Sources',
  sourcesCount: (n: number) => `Sources (${n})`,
  caveats: 'Caveats and open questions',
  caveatsEmpty: 'No open questions recorded for this layer.',
  confidenceLabel: 'Confidence:',
  confidence: {
    documented: 'documented',
    sample: 'sample only',
    inferred: 'inferred',
  } satisfies Record<Confidence, string>,
  caveatKind: {
    gap: 'gap in the docs',
    conflict: 'sources disagree',
    'doc-typo': 'doc typo',
  } satisfies Record<'gap' | 'conflict' | 'doc-typo', string>,
  verdict: {
    'user-mode': 'user-mode filters',
    'kernel-callout': 'a kernel callout',
    'other-technology': 'another technology',
  } as Record<string, string>,
  unitWords: {
    'socket-operation': 'socket operation',
    connection: 'connection',
    stream: 'stream of data',
    packet: 'packet',
    frame: 'frame',
    policy: 'policy lookup',
    none: 'not applicable',
  } satisfies Record<Layer['sees']['unit'], string>,
  payloadWords: {
    yes: 'yes',
    no: 'no',
    'first-packet': 'the first packet only',
    'ciphertext-if-ipsec': 'yes, but still encrypted when IPsec protects it',
  } satisfies Record<Layer['payload'], string>,
  identityWords: {
    condition: 'a filter condition here',
    'flow-context': 'only through a flow context set at ALE flow established',
    none: 'not available here',
  } satisfies Record<Layer['identity'], string>,
  blockWords: {
    allowed: 'allowed',
    forbidden: 'must not be used',
    'not-a-decision-point': 'not a decision point',
    undocumented: 'not documented',
  } satisfies Record<BlockRule, string>,
  pendWords: {
    'pend-operation': 'FwpsPendOperation0 / FwpsCompleteOperation0',
    'pend-classify': 'FwpsPendClassify0 / FwpsCompleteClassify0',
    'out-of-band': 'absorb, clone and reinject later',
  } satisfies Record<PendMechanism, string>,
  unknownLayer: (id: string) => `There is no layer with the id “${id}”.`,
};
