/**
 * Words of the stack diagram: title, toolbar, legend, bands, columns, node states, IPsec marks,
 * minimum-OS chips, the narrowing line and every node's accessible name. No WFP facts here: those
 * come from the knowledge base and the recommendation; this only names the shapes the diagram
 * draws. The Japanese twin is ja/diagram.ts (same shape, checked by `tsc`). Pure.
 */
import type { DiagramState } from '@/engine/candidates';
import type { IpsecStatus, Tier } from '@/knowledge/types';
import type { MinOs } from '@/knowledge/vocabulary';

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The end of a node's accessible name, after the words the node shows (the caller words each part
 * in this language).
 */
export interface NodeLabelParts {
  readonly state: DiagramState;
  readonly ipsec: IpsecStatus;
  readonly minOs: string;
  readonly role?: string;
  readonly reason?: string;
  readonly likely?: boolean;
  readonly alternative?: string;
  readonly proposed?: boolean;
}

/** What the narrowing line says after an answer. */
export interface NarrowingParts {
  /** The answer's option labels. */
  readonly answer: readonly string[];
  readonly ruledOut: number;
  /** The largest groups of ruled-out layers: how many, and the exclusion code. */
  readonly reasons: readonly { readonly count: number; readonly code: string }[];
  readonly left: number;
  readonly complete: boolean;
  /** The one rung every completion lands on, while answers are open. */
  readonly likelyRung: number | null;
}

const states = {
  recommended: 'Recommended',
  companion: 'Companion',
  workable: 'Workable',
  excluded: 'Excluded',
  idle: 'Not evaluated',
  candidate: 'Candidate',
} satisfies Record<DiagramState, string>;

const ipsec = {
  compatible: { icon: '✓', tiny: 'ok', short: 'IPsec ok', long: 'IPsec compatible' },
  conditional: { icon: '◐', tiny: 'cond.', short: 'IPsec cond.', long: 'IPsec conditional' },
  incompatible: { icon: '✕', tiny: 'no', short: 'IPsec no', long: 'IPsec incompatible' },
  'not-applicable': { icon: '–', tiny: 'n/a', short: 'IPsec n/a', long: 'IPsec not applicable' },
} satisfies Record<IpsecStatus, { icon: string; tiny: string; short: string; long: string }>;

/** Exclusion codes in a few words, for the narrowing line (the node keeps the full reason). */
const exclusionWords: Readonly<Record<string, string>> = {
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
};

const rungNames: Readonly<Record<number, string>> = {
  1: 'ALE',
  2: 'stream / datagram data',
  3: 'stream packet, transport, ICMP error',
  4: 'IP packet, IP forward',
  5: 'MAC frame',
  6: 'a separate path (vSwitch, user mode)',
};

export const diagram = {
  locale: 'en',
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
  /** A layer of the design under review: a mark beside the node, not colour alone. */
  proposedMark: '◆ proposed',
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
    line: (p: NarrowingParts): string => {
      const answer = LIST.format(p.answer);
      const step =
        p.ruledOut === 0
          ? `${answer}: no further layer ruled out`
          : `${answer}: ${plural(p.ruledOut, 'layer', 'layers')} ruled out`;
      const reasons = p.reasons.map(
        (r) => `${r.count} ${exclusionWords[r.code] ?? 'for other reasons'}`,
      );
      const parts = [
        reasons.length > 0 ? `${step} (${reasons.join('; ')})` : step,
        p.complete
          ? `All answered: ${plural(p.left, 'workable layer', 'workable layers')}`
          : `${plural(p.left, 'candidate', 'candidates')} left`,
      ];
      if (!p.complete && p.likelyRung !== null) {
        parts.push(`likely answer: ${rungNames[p.likelyRung] ?? ''}`);
      }
      return parts.join(' · ');
    },
  },
  exclusionWords,
  rungNames,
  likelyMark: 'Likely',
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
  },

  states,

  /** Shorter forms for the smallest nodes; the full word stays in the accessible name. */
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

  ipsec,

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

  /** A companion role code in words, on the node (the result panel words the role fully). */
  roleWords: (role: string) => role.replace(/-/g, ' '),
  /**
   * The hidden end of a node's accessible name, after the words the node shows (its name first):
   * everything a sighted user reads off it, in full words.
   */
  nodeDetails: (p: NodeLabelParts): string =>
    '. ' +
    [
      states[p.state],
      p.role,
      ipsec[p.ipsec].long,
      p.minOs,
      p.likely === true ? 'Likely answer' : undefined,
      p.alternative !== undefined ? `Where ${p.alternative} works` : undefined,
      p.reason !== undefined ? `Why excluded: ${p.reason}` : undefined,
    ]
      .filter((part) => part !== undefined && part !== '')
      .join('. ') +
    (p.proposed === true ? '. In the design under review.' : ''),
  excludedBecause: (reason: string) => `Excluded: ${reason}`,
};

/** The shape every language's diagram words have. */
export type DiagramWords = typeof diagram;
