/**
 * Words for design reviews (owner: issue 10): the four verdicts and one message per finding code
 * (xyflow `errorMessages` style). Layer names, considerations and warnings come from the knowledge
 * base and the engine's catalogue; this file only says what a finding means. A second language is
 * a second object of the same shape.
 */
import type { Finding, FindingParam, ReviewVerdict } from '@/engine/review';
import { warnings as WARNING_WORDS } from './en/warnings';
import { exclusions } from './en/exclusions';
import { wordMessage } from './en/common';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { getLayer } from '@/knowledge/layers';

function str(p: FindingParam | undefined): string {
  if (p === undefined) return '';
  return Array.isArray(p) ? p.join(', ') : String(p);
}

function list(p: FindingParam | undefined): readonly string[] {
  if (p === undefined) return [];
  return Array.isArray(p) ? (p as readonly string[]) : [String(p)];
}

/** A layer's name, or its id when the knowledge base does not know it. */
export function layerName(id: string | undefined): string {
  if (id === undefined) return '';
  return getLayer(id)?.name ?? id;
}

const OS: Readonly<Record<string, string>> = {
  vista: 'Windows Vista',
  win7: 'Windows 7',
  win8: 'Windows 8',
  win10: 'Windows 10',
  'win11-22h2': 'Windows 11 22H2',
};

const ROLE: Readonly<Record<string, string>> = {
  'flow-context': 'to carry the application and user identity to the data layer (flow context)',
  'ale-classify': 'for the inbound packets that still need ALE classification',
  'return-path': 'to rewrite the replies back',
  'require-ipsec': 'to block what is not IPsec-secured',
  'other-direction': 'for the other direction',
  'pair-protocol': 'for the other protocols',
};

function unitWords(p: FindingParam | undefined): string {
  return list(p)
    .map((k) => k.replace('non-tcp', 'non-TCP').replace('/', ' '))
    .join(', ');
}

type FindingWords = (f: Finding) => string;

/** One message per review code. */
const FINDING: Readonly<Record<string, FindingWords>> = {
  'no-layers': () => 'The design names no layer.',
  'unknown-layer': (f) => `"${str(f.params.layerId)}" is not a WFP layer this app knows.`,
  'filter-cannot-do-action': (f) =>
    `Plain filters can only permit or block on fixed rules; this task (${str(f.params.action)}, decided by ${str(f.params.decider)}) needs a callout.`,
  'callout-for-protect': () =>
    'Requiring IPsec is configured as IPsec policy from user mode, not with a callout.',
  'own-driver-avoided': () =>
    'The product cannot ship a driver of its own, but the design is a kernel callout.',
  'traffic-not-covered': (f) =>
    `No proposed layer serves this traffic: ${unitWords(f.params.units)}.` +
    (list(f.params.suggested).length > 0
      ? ` The recommended design adds ${list(f.params.suggested).map(layerName).join(', ')}.`
      : ''),
  'missing-companion': (f) =>
    `Add ${layerName(f.layerId)} ${ROLE[str(f.params.role)] ?? `(${str(f.params.role)})`}.`,
  'supporting-companion': (f) =>
    `${layerName(f.layerId)} is a needed companion ${ROLE[str(f.params.role)] ?? `(${str(f.params.role)})`}.`,
  'not-needed': (f) =>
    `${layerName(f.layerId)} can do the task, but higher proposed layers already serve all of its traffic.`,
  'ok-sees-traffic': (f) =>
    `${layerName(f.layerId)} sees the traffic (${unitWords(f.params.units)}), the moment and every basis item, and allows the action.`,
  'higher-workable': (f) =>
    `A higher layer works: ${layerName(str(f.params.recommended))} ranks above ${layerName(str(f.params.proposed))}.`,
  'user-mode-suffices': (f) =>
    `Built-in filtering from user mode does the job at ${layerName(str(f.params.recommended))}; no callout driver is needed.`,
  'callout-type-mismatch': (f) =>
    `A ${str(f.params.proposed)} callout does not fit this task; it needs ${list(f.params.fitting).join(' or ')}.`,
  'inject-unknown': (f) => `"${str(f.params.name)}" is not an injection function this app knows.`,
  'inject-needs-callout': (f) =>
    `${str(f.params.name)} is called by a kernel callout, not by plain filters.`,
  'inject-not-at-layer': (f) =>
    `${str(f.params.name)} is used from ${list(f.params.fromLayers).map(layerName).join(', ')}, none of which the design uses.`,
  'inject-not-on-os': (f) =>
    `${str(f.params.name)} exists from ${OS[str(f.params.minOs)] ?? str(f.params.minOs)}; the product must support ${OS[str(f.params.taskOs)] ?? str(f.params.taskOs)}.`,
  'inject-not-needed': (f) => `The task does not need ${str(f.params.name)}.`,
  'ipsec-status': (f) => `IPsec status of this design: ${str(f.params.status)}.`,
  'ipsec-incompatible': (f) =>
    f.params.forced === true
      ? 'The design is incompatible with IPsec, as is every design that does this task.'
      : f.params.ipsec === 'in-use'
        ? 'IPsec is in use and this design is incompatible with it; the recommended design is not.'
        : 'This design is incompatible with IPsec; the recommended design is not.',
  'weight-above-universal': () =>
    "The callout's sublayer weighs more than FWPM_SUBLAYER_UNIVERSAL; it must weigh less, so the built-in IPsec callouts see inbound packets first.",
  consideration: (f) =>
    `Consideration: ${CONSIDERATIONS.find((c) => c.id === f.params.id)?.title ?? str(f.params.id)}.`,
  warning: (f) =>
    `Warning: ${(WARNING_WORDS as Partial<Record<string, { title: string }>>)[str(f.params.id)]?.title ?? str(f.params.id)}.`,
};

/** Engine exclusion codes: the engine's reason, plus when a newer Windows fixes it. */
function layerFailure(f: Finding): string {
  const from = str(f.params.worksFrom);
  return (
    `${layerName(f.layerId)}: ${f.reason ? wordMessage(exclusions, f.reason) : ''}` +
    (from ? ` (It would work from ${OS[from] ?? from}.)` : '')
  );
}

export const reviewText = {
  title: 'Review of the proposed design',
  verdicts: {
    sound: 'Sound',
    gaps: 'Sound, with gaps',
    'higher-better': 'Works, but a higher layer is better',
    'does-not-work': 'Does not work',
  } satisfies Record<ReviewVerdict, string>,
  severities: {
    blocker: 'Blocker',
    better: 'Better option',
    gap: 'Gap',
    ok: 'OK',
    info: 'Note',
  } satisfies Record<Finding['severity'], string>,
  kinds: { filter: 'Plain filters (user mode)', callout: 'Kernel callout' },
  /** The message for one finding. */
  finding(f: Finding): string {
    const words = FINDING[f.code];
    return words ? words(f) : layerFailure(f);
  },
};
