/**
 * English words of decision records (owner: issue 10): one message per record error code, the
 * names of the result rows that can differ, the rules notice's note and the MADR headings of the
 * Markdown export. The Japanese twin is ja/records.ts (`RecordWords`). Pure.
 */
import type { RecordDifference, RecordError, RecordErrorCode } from '@/share/record';

const ERRORS: Readonly<Record<RecordErrorCode, (e: RecordError) => string>> = {
  empty: () => 'The file is empty.',
  'too-large': (e) =>
    `The file is too large to be a decision record (${e.detail ?? '?'} characters; at most 262144 are read).`,
  'not-json': (e) => `The file is not JSON${e.detail ? ` (${e.detail})` : ''}.`,
  'not-object': () => 'The file is JSON, but not an object: a decision record is a JSON object.',
  'wrong-format': (e) =>
    `This is not a WFP layer decision record: "format" is ${e.detail ?? 'missing'}, expected "wfp-layer-decision".`,
  'unsupported-version': (e) =>
    `This decision record has format version ${e.detail ?? 'missing'}; this app reads version 1.`,
  'missing-field': (e) => `The record has no "${e.field ?? '?'}" field.`,
  'unknown-field': (e) =>
    `The record has a field this format does not define: "${e.field ?? '?'}".`,
  'bad-field': (e) => `The record's "${e.field ?? '?'}" is not valid (${e.detail ?? '?'}).`,
  'bad-rules-version': (e) =>
    `The record's rules version ${e.detail ?? '?'} is not a version such as 1.4.0.`,
  'bad-profile': (e) =>
    `The record's task profile is not valid at "${e.field ?? 'profile'}"${e.detail ? ` (${e.detail})` : ' (missing)'}.`,
  'bad-proposal': (e) =>
    `The record's proposed design is not valid at "${e.field ?? 'proposal'}"${e.detail ? ` (${e.detail})` : ''}.`,
  'bad-result': (e) =>
    `The record's saved result is not valid at "${e.field ?? 'result'}"${e.detail ? ` (${e.detail})` : ''}.`,
  'bad-checklist': (e) =>
    `The record's checklist is not valid at "${e.field ?? 'checklist'}"${e.detail ? ` (${e.detail})` : ''}.`,
  'bad-date': (e) =>
    `The record's creation date ${e.detail ?? 'is missing'}${e.detail ? ' is not an ISO 8601 date and time' : ''}.`,
};

const DIFFERENCES: Readonly<Record<RecordDifference, string>> = {
  verdict: 'Verdict',
  primary: 'Primary layer',
  ipsec: 'IPsec status',
  review: 'Review verdict',
};

export const records = {
  error: (e: RecordError): string => ERRORS[e.code](e),
  differences: DIFFERENCES,
  rulesChanged: 'The rules changed since this was made.',
  rulesNewer: (v: string) =>
    `This was made under rules ${v}, which this app does not know (it carries the rules' changelog up to its own version).`,
  recomputedNote:
    'The old result is the one saved with it; the new result is computed with the current rules.',
  markdown: {
    /** Items of one Markdown line (layers, companions, basis). */
    list: (items: readonly string[]): string => items.join(', '),
    /** The decision outcome's first line: the chosen layer, the verdict and its code. */
    outcomeLine: (layer: string, verdict: string, code: string): string =>
      `Chosen option: **${layer}** — ${verdict} (${code}).`,
    untitled: 'WFP layer decision',
    status: 'Status',
    statusAccepted: 'proposed',
    date: 'Date',
    context: 'Context and problem statement',
    drivers: 'Decision drivers',
    options: 'Considered options',
    outcome: 'Decision outcome',
    consequences: 'Consequences',
    review: 'Review of the proposed design',
    proposal: 'Proposal',
    findings: 'Findings',
    checklist: 'Review checklist',
    notes: 'Notes',
    links: 'Links',
    primary: 'Primary layer',
    companions: 'Companions',
    noCompanions: 'none',
    verdict: 'Verdict',
    ipsec: 'IPsec status',
    considerations: 'Considerations',
    warnings: 'Warnings',
    alternatives: 'Alternatives outside WFP',
    ruledOut: 'ruled out',
    chosenMark: 'chosen',
    workable: 'workable, lower in the preference order',
    shareLink: 'Share link',
    rulesVersion: 'Rules version',
    sources: 'Sources',
    layers: 'Layers',
    kind: 'Kind',
    calloutType: 'Callout type',
    injection: 'Injection',
    weight: 'Sublayer weight',
    none: 'none',
    profileKeys: {
      action: 'Action',
      traffic: 'Traffic',
      protocol: 'Protocol',
      direction: 'Direction',
      moment: 'Moment',
      basis: 'Decides on',
      decider: 'Decided by',
      'redirect-to': 'Redirect to',
      ipsec: 'IPsec',
      'min-os': 'Oldest Windows',
      'own-driver': 'Own driver',
      lifetime: 'Filter lifetime',
      fail: 'When the driver is not loaded',
      precedence: 'Precedence',
    } as Readonly<Record<string, string>>,
    driverKeys: ['basis', 'ipsec', 'min-os', 'own-driver', 'lifetime', 'fail', 'precedence'],
    findingSeverity: {
      blocker: 'Blocker',
      better: 'Better option',
      gap: 'Gap',
      ok: 'OK',
      info: 'Note',
    } as Readonly<Record<string, string>>,
    verdicts: {
      'user-mode': 'User-mode filters (no driver)',
      'kernel-callout': 'Kernel callout driver',
      'other-technology': 'Another technology',
    },
  },
};

/** The shape every language's record words have. */
export type RecordWords = typeof records;
