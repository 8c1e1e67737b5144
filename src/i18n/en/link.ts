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

/**
 * Characters that would be invisible or reorder the text around them in a quote: C0 and C1
 * controls, DEL, zero-width and bidirectional formatting characters, line separators, BOM.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- naming control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff`]/gu;

/** `U+0001`-style names for the invisible characters (and backticks, which delimit the quote). */
export function visible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Shortens what the link says before quoting it in a message; invisible characters are named. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `\`${visible(short) || ' '}\``;
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
  'empty-parts': (p) =>
    p.count === 1
      ? 'The link has an empty parameter (a stray `&`); it was ignored.'
      : `The link has ${p.count} empty parameters (stray \`&\`); they were ignored.`,
  'empty-items': (p) =>
    `${quote(`${p.key}=${p.value}`)} has ${p.count === 1 ? 'an empty item' : `${p.count} empty items`} between commas; ${p.count === 1 ? 'it was' : 'they were'} ignored and the other items read.`,
  'not-canonical': (p) =>
    `This link is written differently from the way this app writes it (keys in another order, or escaped letters). Nothing was ignored; it was read as ${quote(p.canonical)}.`,
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
