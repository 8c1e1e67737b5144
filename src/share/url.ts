/**
 * Profile ↔ URL fragment (DESIGN §4): `v=1&action=allow-block&traffic=local&…&basis=app,port`.
 * URL-search-params form, lists comma-separated, the format version first, keys in `VOCABULARY`
 * order. Decoding never throws: it returns the valid part of the link and one coded error per
 * problem, with the parameters its words need (words: src/i18n/en/link.ts). The codec checks the vocabulary only; whether a key belongs
 * on the questionnaire's path is `fromProfile`'s business.
 *
 * Decisions for links that are not quite right, chosen to keep as much as can be trusted:
 * - **Unsupported version** (`v=2`, `v=abc`): reported, and the keys are still read as version 1.
 *   The vocabulary only ever gains values, never renames them (DESIGN §4), so a known key means
 *   the same in any version; whatever this version does not know is reported on its own.
 * - **Missing version**: the keys are read as version 1 with a `missing-version` notice, so a
 *   hand-written link still works. A fragment with no keys at all is simply no profile.
 * - **Oversized input** (longer than `MAX_FRAGMENT_LENGTH`): nothing is read. A real profile is a
 *   few hundred characters; a cut at an arbitrary point could turn a value into another one.
 * - **Duplicate key**: the first occurrence counts, later ones are reported and ignored.
 * - **Bad list item**: reported; the good items of the list are kept. An empty list (`basis=`)
 *   reads as an empty list; empty items between commas are skipped.
 * - **Malformed percent-encoding**: that parameter is reported and skipped; the others are read.
 * - **Empty parameters** (`&&`, a trailing `&`) and **empty list items** (`basis=app,,port`): read
 *   around, and reported (`empty-parts`, `empty-items`) so nothing is skipped without a word.
 * - **Anything else written differently** from how this app writes the link (keys in another
 *   order, escaped letters): read as it means, with a `not-canonical` notice that quotes the
 *   app's own spelling. So a fragment that is not empty and not canonical always gets a message.
 */
import {
  PROPOSAL_CALLOUTS,
  PROPOSAL_KINDS,
  PROPOSAL_WEIGHTS,
  type Proposal,
} from '@/engine/proposal';
import type { Coded } from '@/engine/messages';
import type { AnswerIssueMessage } from '@/questionnaire/machine';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { LAYERS } from '@/knowledge/layers';
import type { LayerId } from '@/knowledge/types';
import { VOCABULARY, type PartialProfile, type ProfileKey } from '@/knowledge/vocabulary';

/** The format version this app writes and reads. */
export const URL_FORMAT_VERSION = 1;

/** Longest fragment read (without '#'); about five times the longest possible profile. */
export const MAX_FRAGMENT_LENGTH = 2048;

/** What kind of problem a link has (see the decisions in the file comment). */
export type ProfileErrorCode =
  | 'unknown-key'
  | 'bad-value'
  | 'duplicate-key'
  | 'unsupported-version'
  | 'missing-version'
  | 'oversized'
  | 'malformed'
  /** Empty parameters between `&` were skipped. */
  | 'empty-parts'
  /** Empty items between commas in a list were skipped. */
  | 'empty-items'
  /** Everything was read, but the link is not spelled the way this app writes it. */
  | 'not-canonical'
  /**
   * Not produced by this codec: the page adds it when every key is valid but the questionnaire
   * cannot take a value after the earlier answers (the replay stops at that question).
   */
  | 'conflict';

/**
 * Notices, not problems: the link was read in full, only written another way (no `v=1`, or keys
 * in another order / escaped letters). Callers word them as such and do not fail on them.
 */
const LINK_NOTICE_CODES: ReadonlySet<ProfileErrorCode> = new Set([
  'missing-version',
  'not-canonical',
]);

/** Whether this link error is only a notice (see `LINK_NOTICE_CODES`). */
export function isLinkNotice(error: { readonly code: ProfileErrorCode }): boolean {
  return LINK_NOTICE_CODES.has(error.code);
}

/**
 * The parameters of each link-problem message (words: src/i18n/en/link.ts): what the link wrote
 * and what is allowed, so the words name the problem and the fix.
 */
export interface LinkMessageParams {
  /** `lowerCase`: the key meant, when only its case is wrong. */
  readonly 'unknown-key': {
    readonly key: string;
    readonly lowerCase: string | null;
    readonly known: readonly string[];
  };
  /** An empty `value` means the key has no value; `lowerCase`: the value meant, when only its case is wrong. */
  readonly 'bad-value': {
    readonly key: ProfileKey;
    readonly value: string;
    readonly lowerCase: string | null;
    readonly allowed: readonly string[];
  };
  /** A list item written twice (kept once). */
  readonly 'repeated-item': { readonly key: ProfileKey | ProposalLinkKey; readonly item: string };
  /** `count` empty parameters (`&&`, a leading or trailing `&`) were skipped. */
  readonly 'empty-parts': { readonly count: number };
  /** The list `key` held `count` empty items (`a,,b`), which were skipped. */
  readonly 'empty-items': {
    readonly key: ProfileKey | ProposalLinkKey;
    readonly value: string;
    readonly count: number;
  };
  /** Nothing was ignored, but the link is spelled otherwise than `canonical` (the app's spelling). */
  readonly 'not-canonical': { readonly canonical: string };
  readonly 'duplicate-key': {
    readonly key: string;
    readonly first: string;
    readonly value: string;
  };
  readonly 'unsupported-version': { readonly value: string; readonly supported: number };
  readonly 'missing-version': { readonly supported: number };
  readonly oversized: { readonly length: number; readonly max: number };
  /** `part`: the parameter as written, with its broken %-escape. */
  readonly malformed: { readonly part: string };
  /** A proposal key (`p-…`) with a value it does not take; an empty `value` means none. */
  readonly 'bad-proposal-value': {
    readonly key: ProposalLinkKey;
    readonly value: string;
    readonly allowed: readonly string[];
  };
  readonly 'bad-rules-version': { readonly value: string };
  /** Every key is valid but the questionnaire cannot take `key=value` after the earlier answers. */
  readonly conflict: {
    readonly key: ProfileKey;
    readonly value: string;
    readonly issue: AnswerIssueMessage;
  };
}

/** A link problem as a coded message. */
export type LinkMessage = Coded<LinkMessageParams>;

/** One problem found in a link; the rest of the link is still read. */
export interface ProfileError {
  readonly code: ProfileErrorCode;
  /** The key concerned, as written in the link. */
  readonly key?: string;
  /** The value (or list item) concerned, as written in the link. */
  readonly value?: string;
  /** What to tell: it names the problem and says what is allowed. */
  readonly message: LinkMessage;
}

/** The link-problem message `key` with its parameters (checks both). */
export function linkMessage<K extends keyof LinkMessageParams>(
  key: K,
  params: LinkMessageParams[K],
): LinkMessage {
  return { key, params } as LinkMessage;
}

const KEYS = Object.keys(VOCABULARY) as ProfileKey[];

function isKey(key: string): key is ProfileKey {
  return Object.hasOwn(VOCABULARY, key);
}

/** The intended key when only its case is wrong, else null. */
function lowerCaseKey(key: string): string | null {
  const lower = key.toLowerCase();
  return lower !== key && (isKey(lower) || lower === 'v') ? lower : null;
}

function isListKey(key: ProfileKey): boolean {
  return key === 'basis';
}

/**
 * Vocabulary values need no escaping; anything else is escaped so the link stays well-formed. A
 * single value spelled as a list (`protocol=tcp,udp`) keeps its commas.
 */
function escape(value: string): string {
  return encodeURIComponent(value);
}

function escapeValue(value: string): string {
  return escape(value).replace(/%2C/g, ',');
}

/**
 * A single-value key whose value is written as a list (`protocol=udp,tcp`): the items in
 * vocabulary order, each once, so every spelling of one value reads the same. Pure.
 */
function canonicalValue(key: ProfileKey, value: string): string {
  if (!value.includes(',')) return value;
  const items = value.split(',').filter((item) => item !== '');
  const allowed: readonly string[] = VOCABULARY[key];
  const listed = allowed.filter((v) => !v.includes(',') && items.includes(v));
  return listed.length === new Set(items).size ? listed.join(',') : value;
}

/**
 * Writes a (partial) profile as a fragment without '#': `v=1` first, then every present key in
 * `VOCABULARY` order, lists comma-separated. Pure.
 *
 * @example encodeProfile({ protocol: 'tcp', action: 'monitor' }) // 'v=1&action=monitor&protocol=tcp'
 */
export function encodeProfile(p: PartialProfile): string {
  const parts = [`v=${URL_FORMAT_VERSION}`];
  for (const key of KEYS) {
    const value: unknown = p[key];
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? value.map((v) => escape(String(v))).join(',')
      : escapeValue(String(value));
    parts.push(`${key}=${text}`);
  }
  return parts.join('&');
}

/** URL-search-params decoding ('+' is a space); null when the percent-encoding is broken. */
function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function badValue(key: ProfileKey, value: string): ProfileError {
  const allowed: readonly string[] = VOCABULARY[key];
  const lower = value.toLowerCase();
  const lowerCase = value !== '' && allowed.includes(lower) ? lower : null;
  return {
    code: 'bad-value',
    key,
    value,
    message: linkMessage('bad-value', { key, value, lowerCase, allowed }),
  };
}

/** The notice for a list with empty items (`a,,b`): how many were skipped. */
function emptyItems(
  key: ProfileKey | ProposalLinkKey,
  value: string,
  all: readonly string[],
): ProfileError {
  const count = all.filter((item) => item === '').length;
  return {
    code: 'empty-items',
    key,
    value,
    message: linkMessage('empty-items', { key, value, count }),
  };
}

/**
 * Reads a fragment (with or without '#') into the valid part of a profile and a list of problems.
 * Never throws; returns only vocabulary values. Pure.
 *
 * @example
 * decodeProfile('#v=1&protocol=tcpp&basis=app,nope').errors.map((e) => e.code)
 * // ['bad-value', 'bad-value'] — and profile = { basis: ['app'] }
 */
export function decodeProfile(fragment: string): {
  profile: PartialProfile;
  errors: readonly ProfileError[];
} {
  const text = String(fragment).replace(/^#/, '');
  if (text.length > MAX_FRAGMENT_LENGTH) {
    return {
      profile: {},
      errors: [
        {
          code: 'oversized',
          message: linkMessage('oversized', { length: text.length, max: MAX_FRAGMENT_LENGTH }),
        },
      ],
    };
  }
  const profile: Record<string, string | string[]> = {};
  const errors: ProfileError[] = [];
  const seen = new Map<string, string>();
  let version: string | undefined;
  let anyKey = false;
  let emptyParts = 0;
  let anyPart = false;

  for (const part of text.split('&')) {
    if (part === '') {
      // `&&`, a leading or trailing `&`: skipped, and said (the empty fragment is not a part).
      if (text !== '') emptyParts += 1;
      continue;
    }
    anyPart = true;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = decodePart(rawKey);
    const value = decodePart(rawValue);
    if (key === null || value === null) {
      errors.push({
        code: 'malformed',
        ...(key === null ? {} : { key }),
        value: rawValue,
        message: linkMessage('malformed', { part }),
      });
      continue;
    }
    anyKey = true;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        code: 'duplicate-key',
        key,
        value,
        message: linkMessage('duplicate-key', { key, first, value }),
      });
      continue;
    }
    seen.set(key, value);

    if (key === 'v') {
      version = value;
      if (value !== String(URL_FORMAT_VERSION)) {
        errors.push({
          code: 'unsupported-version',
          key,
          value,
          message: linkMessage('unsupported-version', { value, supported: URL_FORMAT_VERSION }),
        });
      }
      continue;
    }
    // The proposal under review and the rules version are read by `decodeLink`.
    if (isLinkKey(key)) continue;
    if (!isKey(key)) {
      errors.push({
        code: 'unknown-key',
        key,
        value,
        message: linkMessage('unknown-key', {
          key,
          lowerCase: lowerCaseKey(key),
          known: ['v', ...KEYS],
        }),
      });
      continue;
    }
    const allowed: readonly string[] = VOCABULARY[key];
    if (isListKey(key)) {
      const all = value.split(',');
      const items = all.filter((item) => item !== '');
      if (value !== '' && items.length < all.length) errors.push(emptyItems(key, value, all));
      const good: string[] = [];
      for (const item of items) {
        if (!allowed.includes(item)) {
          errors.push(badValue(key, item));
        } else if (good.includes(item)) {
          errors.push({
            code: 'bad-value',
            key,
            value: item,
            message: linkMessage('repeated-item', { key, item }),
          });
        } else {
          good.push(item);
        }
      }
      if (good.length > 0 || items.length === 0) profile[key] = good;
    } else if (allowed.includes(canonicalValue(key, value))) {
      profile[key] = canonicalValue(key, value);
    } else {
      errors.push(badValue(key, value));
    }
  }

  // The stray `&`s: one fewer than the empty parts when there is nothing else (`&&&`).
  const stray = anyPart ? emptyParts : emptyParts - 1;
  if (stray > 0) {
    errors.push({
      code: 'empty-parts',
      message: linkMessage('empty-parts', { count: stray }),
    });
  }
  if (version === undefined && anyKey) {
    errors.unshift({
      code: 'missing-version',
      message: linkMessage('missing-version', { supported: URL_FORMAT_VERSION }),
    });
  }
  return { profile: profile as PartialProfile, errors };
}

// ---------------------------------------------------------------------------------------------
// Link keys beside the profile (DESIGN §4): the proposal under review (`p-…`) and the rules
// version (`r`). Same never-throw rules as the profile; the words are in `src/i18n/en/link.ts`.

/** The proposal keys, in the order links write them. */
export const PROPOSAL_LINK_KEYS = [
  'p-layers',
  'p-kind',
  'p-callout',
  'p-inject',
  'p-weight',
] as const;
export type ProposalLinkKey = (typeof PROPOSAL_LINK_KEYS)[number];

/** The link-metadata key holding the RULES_VERSION the link was made under. */
export const RULES_LINK_KEY = 'r';

const LINK_KEYS: ReadonlySet<string> = new Set<string>([...PROPOSAL_LINK_KEYS, RULES_LINK_KEY]);

function isLinkKey(key: string): key is ProposalLinkKey | typeof RULES_LINK_KEY {
  return LINK_KEYS.has(key);
}

const LAYER_IDS: readonly string[] = LAYERS.map((l) => l.id);
const INJECTION_IDS: readonly string[] = INJECTION_FUNCTIONS.map((f) => f.id);

/** The allowed values of each proposal key. */
const PROPOSAL_VALUES: { readonly [K in ProposalLinkKey]: readonly string[] } = {
  'p-layers': LAYER_IDS,
  'p-kind': PROPOSAL_KINDS,
  'p-callout': PROPOSAL_CALLOUTS,
  'p-inject': INJECTION_IDS,
  'p-weight': PROPOSAL_WEIGHTS,
};

const RULES_VERSION_PATTERN = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;

/** What a link holds: the profile, the proposal under review and the rules version. */
export interface LinkData {
  readonly profile: PartialProfile;
  readonly proposal?: Partial<Proposal>;
  readonly rulesVersion?: string;
  readonly errors: readonly ProfileError[];
}

function linkBadValue(key: ProposalLinkKey | typeof RULES_LINK_KEY, value: string): ProfileError {
  return {
    code: 'bad-value',
    key,
    value,
    message:
      key === RULES_LINK_KEY
        ? linkMessage('bad-rules-version', { value })
        : linkMessage('bad-proposal-value', { key, value, allowed: PROPOSAL_VALUES[key] }),
  };
}

/**
 * Reads a whole link: the profile (as `decodeProfile`), the proposal keys and `r`. Never throws;
 * a bad proposal value is reported and left out, the rest kept. Pure.
 *
 * @example decodeLink('#v=1&action=monitor&p-kind=callout&r=1.4.0').rulesVersion // '1.4.0'
 */
export function decodeLink(fragment: string): LinkData {
  const text = String(fragment).replace(/^#/, '');
  const { profile, errors: profileErrors } = decodeProfile(text);
  const errors: ProfileError[] = [...profileErrors];
  if (text.length > MAX_FRAGMENT_LENGTH) return { profile, errors };
  const proposal: { -readonly [K in keyof Proposal]?: Proposal[K] } = {};
  let rulesVersion: string | undefined;
  const seen = new Set<string>();
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    const key = decodePart(eq < 0 ? part : part.slice(0, eq));
    const value = decodePart(eq < 0 ? '' : part.slice(eq + 1));
    // Broken escapes and duplicates are already reported by decodeProfile.
    if (key === null || value === null || !isLinkKey(key) || seen.has(key)) continue;
    seen.add(key);
    if (key === RULES_LINK_KEY) {
      if (RULES_VERSION_PATTERN.test(value)) rulesVersion = value;
      else errors.push(linkBadValue(key, value));
      continue;
    }
    const allowed = PROPOSAL_VALUES[key as ProposalLinkKey];
    if (key === 'p-layers') {
      const all = value.split(',');
      const items = all.filter((i) => i !== '');
      if (value !== '' && items.length < all.length) errors.push(emptyItems(key, value, all));
      const good: LayerId[] = [];
      for (const item of items) {
        if (!allowed.includes(item)) errors.push(linkBadValue(key, item));
        else if (!good.includes(item as LayerId)) good.push(item as LayerId);
        else
          errors.push({
            code: 'bad-value',
            key,
            value: item,
            message: linkMessage('repeated-item', { key, item }),
          });
      }
      if (good.length > 0) proposal.layers = good;
      else if (items.length === 0) errors.push(linkBadValue(key, value));
      continue;
    }
    if (!allowed.includes(value)) {
      errors.push(linkBadValue(key, value));
      continue;
    }
    if (key === 'p-kind') proposal.kind = value as Proposal['kind'];
    else if (key === 'p-callout') proposal.callout = value as NonNullable<Proposal['callout']>;
    else if (key === 'p-inject') proposal.inject = value;
    else if (key === 'p-weight') proposal.weight = value as NonNullable<Proposal['weight']>;
  }
  const data = {
    profile,
    ...(Object.keys(proposal).length > 0 ? { proposal } : {}),
    ...(rulesVersion !== undefined ? { rulesVersion } : {}),
  };
  // Read in full but spelled otherwise (keys in another order, escaped letters): say so, quoting
  // the app's own spelling, so no link is taken in another form without a word.
  if (errors.length === 0 && text !== '') {
    const canonical = encodeLink(data);
    if (canonical !== text) {
      errors.push({
        code: 'not-canonical',
        message: linkMessage('not-canonical', { canonical }),
      });
    }
  }
  return { ...data, errors };
}

/** A proposal is complete when it names its layers and its kind. */
export function isCompleteProposal(p: Partial<Proposal> | undefined): p is Proposal {
  return p !== undefined && Array.isArray(p.layers) && p.layers.length > 0 && p.kind !== undefined;
}

/**
 * Writes a whole link without '#': the profile as `encodeProfile`, then the proposal keys in
 * `PROPOSAL_LINK_KEYS` order, then `r`. Pure.
 */
export function encodeLink(input: {
  readonly profile: PartialProfile;
  readonly proposal?: Partial<Proposal> | null;
  readonly rulesVersion?: string;
}): string {
  const parts = [encodeProfile(input.profile)];
  const p = input.proposal;
  if (p) {
    if (p.layers && p.layers.length > 0) parts.push(`p-layers=${p.layers.map(escape).join(',')}`);
    if (p.kind) parts.push(`p-kind=${escape(p.kind)}`);
    if (p.callout) parts.push(`p-callout=${escape(p.callout)}`);
    if (p.inject) parts.push(`p-inject=${escape(p.inject)}`);
    if (p.weight) parts.push(`p-weight=${escape(p.weight)}`);
  }
  if (input.rulesVersion) parts.push(`${RULES_LINK_KEY}=${escape(input.rulesVersion)}`);
  return parts.join('&');
}
