/**
 * English words of design reviews: the title, the four verdicts, the severities and one message
 * per finding code (xyflow `errorMessages` style). The names a message mentions (layers, Windows
 * versions, warning and consideration titles, exclusion reasons) come in through `FindingNames`,
 * built from the same catalogue (src/i18n/review-words.ts), so each language names them its own
 * way. Pure.
 */
import type { Finding, FindingParam, ReviewVerdict } from '@/engine/review';
import type { ExclusionReason } from '@/engine/exclusion-reasons';
import type { ProposalKind } from '@/engine/review';
import { labels } from './labels';

/** The names a finding's message mentions, in the message's language. */
export interface FindingNames {
  readonly layer: (id: string) => string;
  readonly os: (id: string) => string;
  readonly warningTitle: (id: string) => string;
  readonly considerationTitle: (id: string) => string;
  readonly exclusion: (reason: ExclusionReason) => string;
  readonly list: (items: readonly string[]) => string;
  readonly orList: (items: readonly string[]) => string;
}

/** The words of one finding. */
export type FindingMessage = (f: Finding, names: FindingNames) => string;

export interface ReviewWords {
  readonly title: string;
  readonly verdicts: Readonly<Record<ReviewVerdict, string>>;
  readonly severities: Readonly<Record<Finding['severity'], string>>;
  readonly kinds: Readonly<Record<ProposalKind, string>>;
  /** One message per finding code; `layerFailure` words the engine's exclusion codes. */
  readonly findings: Readonly<Record<string, FindingMessage>>;
  readonly layerFailure: FindingMessage;
}

/** A parameter as one string. */
export function str(p: FindingParam | undefined): string {
  if (p === undefined) return '';
  return Array.isArray(p) ? p.join(', ') : String(p);
}

/** A parameter as a list. */
export function list(p: FindingParam | undefined): readonly string[] {
  if (p === undefined) return [];
  return Array.isArray(p) ? (p as readonly string[]) : [String(p)];
}

/** Coverage slices ("tcp/inbound") as the review names them. */
function unitWords(p: FindingParam | undefined, n: FindingNames): string {
  return n.list(list(p).map((k) => k.replace('non-tcp', 'non-TCP').replace('/', ' ')));
}

const ROLE: Readonly<Record<string, string>> = {
  'flow-context': 'to carry the application and user identity to the data layer (flow context)',
  'ale-classify': 'for the inbound packets that still need ALE classification',
  'return-path': 'to rewrite the replies back',
  'require-ipsec': 'to block what is not IPsec-secured',
  'other-direction': 'for the other direction',
  'pair-protocol': 'for the other protocols',
};

const role = (f: Finding) => ROLE[str(f.params.role)] ?? `(${str(f.params.role)})`;
const layerOf = (f: Finding, n: FindingNames) =>
  f.layerId === undefined ? '' : n.layer(f.layerId);

/** An IPsec status code in the words of the one IPsec label table (the code when unknown). */
function ipsecText(status: string): string {
  const words = (labels.ipsec as Readonly<Record<string, { readonly long: string } | undefined>>)[
    status
  ];
  return words?.long ?? status;
}

export const review: ReviewWords = {
  title: 'Review of the proposed design',
  verdicts: {
    sound: 'Sound',
    gaps: 'Sound, with gaps',
    'higher-better': 'Works, but a higher layer is better',
    'does-not-work': 'Does not work',
  },
  severities: {
    blocker: 'Blocker',
    better: 'Better option',
    gap: 'Gap',
    ok: 'OK',
    info: 'Note',
  },
  kinds: { filter: 'Plain filters (user mode)', callout: 'Kernel callout' },
  findings: {
    'no-layers': () => 'The design names no layer.',
    'unknown-layer': (f) => `"${str(f.params.layerId)}" is not a WFP layer this app knows.`,
    'filter-cannot-do-action': (f) =>
      `Plain filters can only permit or block on fixed rules; this task (${str(f.params.action)}, decided by ${str(f.params.decider)}) needs a callout.`,
    'callout-for-protect': () =>
      'Requiring IPsec is configured as IPsec policy from user mode, not with a callout.',
    'own-driver-avoided': () =>
      'The product cannot ship a driver of its own, but the design is a kernel callout.',
    'traffic-not-covered': (f, n) =>
      list(f.params.suggested).length > 0
        ? `No proposed layer serves this traffic: ${unitWords(f.params.units, n)}. The recommended design adds ${n.list(list(f.params.suggested).map(n.layer))}.`
        : `No proposed layer serves this traffic: ${unitWords(f.params.units, n)}.`,
    'missing-companion': (f, n) => `Add ${layerOf(f, n)} ${role(f)}.`,
    'supporting-companion': (f, n) => `${layerOf(f, n)} is a needed companion ${role(f)}.`,
    'not-needed': (f, n) =>
      `${layerOf(f, n)} can do the task, but higher proposed layers already serve all of its traffic.`,
    'ok-sees-traffic': (f, n) =>
      `${layerOf(f, n)} sees the traffic (${unitWords(f.params.units, n)}), the moment and every basis item, and allows the action.`,
    'higher-workable': (f, n) =>
      `A higher layer works: ${n.layer(str(f.params.recommended))} ranks above ${n.layer(str(f.params.proposed))}.`,
    'user-mode-suffices': (f, n) =>
      `Built-in filtering from user mode does the job at ${n.layer(str(f.params.recommended))}; no callout driver is needed.`,
    'callout-type-mismatch': (f, n) =>
      `A ${str(f.params.proposed)} callout does not fit this task; it needs ${n.orList(list(f.params.fitting))}.`,
    'inject-unknown': (f) => `"${str(f.params.name)}" is not an injection function this app knows.`,
    'inject-needs-callout': (f) =>
      `${str(f.params.name)} is called by a kernel callout, not by plain filters.`,
    'inject-not-at-layer': (f, n) =>
      `${str(f.params.name)} is used from ${n.list(list(f.params.fromLayers).map(n.layer))}, none of which the design uses.`,
    'inject-not-on-os': (f, n) =>
      `${str(f.params.name)} exists from ${n.os(str(f.params.minOs))}; the product must support ${n.os(str(f.params.taskOs))}.`,
    'inject-not-needed': (f) => `The task does not need ${str(f.params.name)}.`,
    'ipsec-status': (f) => `IPsec status of this design: ${ipsecText(str(f.params.status))}.`,
    'ipsec-incompatible': (f) =>
      f.params.forced === true
        ? 'The design is incompatible with IPsec, as is every design that does this task.'
        : f.params.ipsec === 'in-use'
          ? 'IPsec is in use and this design is incompatible with it; the recommended design is not.'
          : 'This design is incompatible with IPsec; the recommended design is not.',
    'weight-above-universal': () =>
      "The callout's sublayer weighs more than FWPM_SUBLAYER_UNIVERSAL; it must weigh less, so the built-in IPsec callouts see inbound packets first.",
    consideration: (f, n) => `Consideration: ${n.considerationTitle(str(f.params.id))}.`,
    warning: (f, n) => `Warning: ${n.warningTitle(str(f.params.id))}.`,
  },
  layerFailure: (f, n) => {
    const reason = f.reason ? n.exclusion(f.reason) : '';
    const from = str(f.params.worksFrom);
    return from
      ? `${layerOf(f, n)}: ${reason} (It would work from ${n.os(from)}.)`
      : `${layerOf(f, n)}: ${reason}`;
  },
};
