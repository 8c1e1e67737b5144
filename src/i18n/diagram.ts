/**
 * UI text of the stack diagram and the layer-details sheet (owner: ui-diagram). Plain strings and
 * small functions, ready for a second language. No WFP facts here: those come from the knowledge
 * base and the recommendation; this only names the shapes the UI draws.
 */
import type { IpsecStatus, Side, Tier } from '@/knowledge/types';
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

/** The layer-details words moved to the catalogue (`en.details`); kept under the old name. */
export { details as detailsText } from './en/details';
