/**
 * English words of the share link's problems (src/share/url.ts) and of a link the questionnaire
 * cannot follow: one message function per code, each naming what the link wrote and what is
 * allowed. Keys and values are quoted in backticks (the page shows them as code). Pure.
 */
import type { LinkMessage, LinkMessageParams, ProposalLinkKey } from '@/share/url';
import type { ProfileKey } from '@/knowledge/vocabulary';
import { answers } from './answers';
import { wordMessage, type Messages } from './common';

/** The shape every locale's link words have. */
export interface LinkWords {
  readonly errors: Messages<LinkMessageParams>;
  /** A link problem in words. */
  readonly error: (message: LinkMessage) => string;
}

/** Shortens what the link says before quoting it in a message. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `\`${short}\``;
}

/** A list of allowed values, cut after twelve. */
export function shortList(allowed: readonly string[]): string {
  return allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
}

/** How a message names a value of each key ("… is not a known protocol"). */
const NOUNS: { readonly [K in ProfileKey]: string } = {
  action: 'action',
  traffic: 'kind of traffic',
  protocol: 'protocol',
  direction: 'direction',
  moment: 'moment',
  basis: 'basis item',
  decider: 'decider',
  'redirect-to': 'redirect target',
  ipsec: 'IPsec answer',
  'min-os': 'Windows version',
  'own-driver': 'own-driver answer',
  lifetime: 'filter lifetime',
  fail: 'fail mode',
  precedence: 'precedence',
};

const PROPOSAL_NOUNS: { readonly [K in ProposalLinkKey]: string } = {
  'p-layers': 'layer id',
  'p-kind': 'design kind',
  'p-callout': 'callout type',
  'p-inject': 'injection function',
  'p-weight': 'sublayer weight',
};

const errors: Messages<LinkMessageParams> = {
  'unknown-key': (p) =>
    `${p.key === '' ? 'A parameter without a name' : quote(p.key)} is not a profile key${p.lowerCase !== null ? ` (keys are lower-case: ${quote(p.lowerCase)})` : ''}; known keys are ${p.known.join(', ')}.`,
  'bad-value': (p) =>
    `${p.value === '' ? `\`${p.key}\` has no value` : `${quote(`${p.key}=${p.value}`)} is not a known ${NOUNS[p.key]}${p.lowerCase !== null ? ` (values are lower-case: ${quote(p.lowerCase)})` : ''}`}; expected one of ${p.allowed.join(', ')}.`,
  'repeated-item': (p) => `\`${p.key}\` lists ${quote(p.item)} more than once; it was kept once.`,
  'duplicate-key': (p) =>
    `\`${p.key}\` appears more than once; only the first (${quote(`${p.key}=${p.first}`)}) is read, ${quote(`${p.key}=${p.value}`)} was ignored.`,
  'unsupported-version': (p) =>
    `This link uses format version ${quote(p.value)}; this app reads version ${p.supported} only, so the keys were read as version ${p.supported} and anything unknown is listed separately.`,
  'missing-version': (p) =>
    `This link has no format version (\`v=${p.supported}\`); it was read as version ${p.supported}.`,
  oversized: (p) =>
    `The link's profile is ${p.length} characters long; at most ${p.max} are read, so none of it was used.`,
  malformed: (p) =>
    `${quote(p.part)} has a broken %-escape, so it was skipped; write characters as %XX with two hex digits.`,
  'bad-proposal-value': (p) =>
    `${p.value === '' ? `\`${p.key}\` has no value` : `${quote(`${p.key}=${p.value}`)} is not a known ${PROPOSAL_NOUNS[p.key]}`}; expected one of ${shortList(p.allowed)}. The proposal was read without it.`,
  'bad-rules-version': (p) =>
    `${quote(`r=${p.value}`)} is not a rules version; expected three numbers such as 1.4.0. The link was read without it.`,
  conflict: (p) =>
    `\`${p.key}=${p.value}\`: ${answers.issue(p.issue)} The questionnaire stops at that question so you can choose again.`,
};

export const link: LinkWords = { errors, error: (message) => wordMessage(errors, message) };
