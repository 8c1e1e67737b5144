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
import type { DiagramState } from '@/engine/candidates';

export const diagramText = {
  title: 'Windows network stack',
  regionLabel: 'Windows network stack diagram',
  regionHelp:
    'The layers are one Tab stop: arrow keys move to the neighbouring layer, Home and End to the first and last, Enter opens its details, Escape or Tab leaves the diagram.',
  /** Shown while a layer has keyboard focus: how to move and how to get out. */
  keyboardHint: '←↑↓→ move · Home/End · Enter details · Esc leaves',
  leaveDiagram: 'Leave the diagram',
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
    dependsOnTask: 'Change with your answers:',
    fixed: 'Fixed facts of each layer:',
    likely: 'likely answer (one rung left)',
    alternative: 'where the alternative works',
  },
  /** The line above the diagram: what the answers so far decide. */
  narrowing: {
    start: 'Answer the first question: the diagram then dims the layers your answers rule out.',
    step: (answer: string, ruledOut: number) =>
      ruledOut === 0
        ? `${answer}: no further layer ruled out`
        : `${answer}: ${ruledOut} ${ruledOut === 1 ? 'layer' : 'layers'} ruled out`,
    why: (count: number, words: string) => `${count} ${words}`,
    left: (n: number) => `${n} ${n === 1 ? 'candidate' : 'candidates'} left`,
    likely: (rung: string) => `likely answer: ${rung}`,
    done: (n: number) => `All answered: ${n} workable ${n === 1 ? 'layer' : 'layers'}`,
  },
  /** Exclusion codes in a few words, for the narrowing line (the node keeps the full reason). */
  exclusionWords: {
    'traffic-not-seen': 'do not see that traffic',
    'direction-not-seen': 'do not see that direction',
    'protocol-not-seen': 'do not see that protocol',
    'moment-not-seen': 'do not see that moment',
    'basis-not-visible': 'cannot see what you decide on',
    'no-identity-here': 'have no app or user identity',
    'not-on-os': 'not on that Windows',
    'block-forbidden': 'must not block',
    'block-undocumented': 'blocking not documented',
    'cannot-modify': 'cannot change traffic',
    'cannot-pend': 'cannot hold a decision',
    'cannot-inspect': 'cannot inspect',
    'no-redirect': 'cannot redirect',
    'no-injection': 'no injection fits',
    'no-shaping': 'cannot shape',
    'no-user-mode-event': 'no user-mode event',
    'no-callouts': 'run no callouts',
    'no-decision-point': 'no decision point',
    'not-rewritable': 'cannot rewrite it',
    'discard-only': 'see dropped traffic only',
    'internal-layer': 'Microsoft-internal',
    'not-vswitch-path': 'not on the vSwitch path',
    'vswitch-path-only': 'vSwitch path only',
    'serves-other-task': 'serve another kind of task',
    'outside-wfp': 'outside WFP',
    'needs-callout': 'would need a callout',
    'partial-coverage': 'serve only part of the traffic',
  } as Readonly<Record<string, string>>,
  otherReasons: 'for other reasons',
  rungNames: {
    1: 'ALE',
    2: 'stream / datagram data',
    3: 'stream packet, transport, ICMP error',
    4: 'IP packet, IP forward',
    5: 'MAC frame',
    6: 'a separate path (vSwitch, user mode)',
  } as Readonly<Record<number, string>>,
  likelyMark: 'Likely',
  alternativeMark: (name: string) => `Where ${name} works`,
  /** On the node itself (its accessible name keeps the alternative's full name). */
  alternativeShort: 'The alternative works here',

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
    candidate: 'Candidate',
  } satisfies Record<DiagramState, string>,

  /** Abbreviations for the smallest nodes; the full word stays in the accessible name. */
  statesShort: {
    recommended: 'Recommended',
    companion: 'Companion',
    workable: 'Workable',
    excluded: 'Excluded',
    idle: '',
    candidate: 'Candidate',
  } satisfies Record<DiagramState, string>,

  /** Glyph before a discard pill's label (and the recommended node's state), per state. */
  stateMark: {
    recommended: '★ ',
    companion: '◆ ',
    workable: '⊘ ',
    excluded: '⊘ ',
    idle: '⊘ ',
    candidate: '○ ',
  } satisfies Record<DiagramState, string>,

  /** A glyph per state for the overview, beside the name (the state is never colour alone). */
  overviewMark: {
    recommended: '★',
    companion: '◆',
    workable: '●',
    excluded: '✕',
    idle: '',
    candidate: '○',
  } satisfies Record<DiagramState, string>,

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
  /** Shorter forms for the node chip where the full one does not fit (the label keeps it). */
  minOsShort: { 'win11-22h2': 'W11 22H2+' } as Readonly<Partial<Record<MinOs, string>>>,

  discardChip: 'discard',
  internalChip: 'internal',

  /** Accessible name of a node: everything a sighted user reads off it. */
  nodeLabel: (p: {
    name: string;
    state: DiagramState;
    ipsec: IpsecStatus;
    minOs: string;
    role?: string;
    reason?: string;
    likely?: boolean;
    alternative?: string;
  }) =>
    [
      p.name,
      diagramText.states[p.state],
      p.role,
      diagramText.ipsec[p.ipsec].long,
      p.minOs,
      p.likely === true ? 'Likely answer' : undefined,
      p.alternative,
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
