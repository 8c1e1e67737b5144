/**
 * Decision records, the format (`{ format: 'wfp-layer-decision', version: 1, … }`; schema:
 * schemas/wfp-layer-decision.v1.schema.json): its types, `serializeRecord` and `parseRecord`, which
 * never throws (every malformed input gets a specific error code). What a page needs to read and
 * keep records, without the engine that makes and re-checks them (record.ts re-exports all of it).
 * Pure.
 */
import {
  PROPOSAL_CALLOUTS,
  PROPOSAL_KINDS,
  PROPOSAL_WEIGHTS,
  type Proposal,
} from '@/engine/proposal';
import type { ReviewVerdict } from '@/engine/proposal';
import type { Verdict } from '@/engine/types';
import { RULES_VERSION } from '@/engine/version';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { getLayer } from '@/knowledge/layers';
import type { IpsecStatus, LayerId } from '@/knowledge/types';
import {
  REQUIRED_PROFILE_KEYS,
  VOCABULARY,
  type Profile,
  type ProfileKey,
} from '@/knowledge/vocabulary';
import { changesSince } from './rules-diff';

export const RECORD_FORMAT = 'wfp-layer-decision';
export const RECORD_VERSION = 1;
/** Largest record text read, in characters (a real record is a few kilobytes). */
export const MAX_RECORD_LENGTH = 256 * 1024;
export const MAX_TITLE_LENGTH = 200;
export const MAX_NOTES_LENGTH = 20_000;

export interface ChecklistItem {
  /** `consideration:<id>`, `warning:<id>` or `finding:<finding id>`. */
  readonly id: string;
  readonly kind: 'consideration' | 'warning' | 'finding';
  readonly done: boolean;
}

export interface RecordResult {
  readonly verdict: Verdict;
  readonly primary: LayerId | null;
  readonly companions: readonly { readonly layerId: LayerId; readonly role: string }[];
  readonly ipsec: IpsecStatus;
  /** Consideration ids. */
  readonly considerations: readonly string[];
  /** Warning ids. */
  readonly warnings: readonly string[];
  readonly review?: { readonly verdict: ReviewVerdict; readonly findings: readonly string[] };
}

export interface DecisionRecord {
  readonly format: typeof RECORD_FORMAT;
  readonly version: typeof RECORD_VERSION;
  readonly rulesVersion: string;
  readonly profile: Profile;
  readonly proposal: Proposal | null;
  readonly result: RecordResult;
  readonly title: string;
  readonly notes: string;
  readonly checklist: readonly ChecklistItem[];
  /** ISO 8601. */
  readonly createdAt: string;
}

/** The record as pretty JSON (what the export writes). */
export function serializeRecord(record: DecisionRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Parsing

export type RecordErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-object'
  | 'wrong-format'
  | 'unsupported-version'
  | 'missing-field'
  | 'unknown-field'
  | 'bad-field'
  | 'bad-rules-version'
  | 'bad-profile'
  | 'bad-proposal'
  | 'bad-result'
  | 'bad-checklist'
  | 'bad-date';

export interface RecordError {
  readonly code: RecordErrorCode;
  /** The field concerned (a JSON path such as `profile.protocol`). */
  readonly field?: string;
  /** What was found, shortened. */
  readonly detail?: string;
}

export type RecordNotice =
  | { readonly code: 'rules-changed'; readonly recordRules: string; readonly appRules: string }
  | { readonly code: 'rules-newer'; readonly recordRules: string; readonly appRules: string };

export type ParseResult =
  | {
      readonly ok: true;
      readonly record: DecisionRecord;
      readonly notices: readonly RecordNotice[];
    }
  | { readonly ok: false; readonly error: RecordError };

const TOP_FIELDS = [
  'format',
  'version',
  'rulesVersion',
  'profile',
  'proposal',
  'result',
  'title',
  'notes',
  'checklist',
  'createdAt',
] as const;

const VERDICTS: readonly Verdict[] = ['user-mode', 'kernel-callout', 'other-technology'];
const IPSEC_STATUSES: readonly IpsecStatus[] = [
  'compatible',
  'conditional',
  'incompatible',
  'not-applicable',
];
const REVIEW_VERDICTS: readonly ReviewVerdict[] = [
  'sound',
  'gaps',
  'higher-better',
  'does-not-work',
];
const CHECKLIST_KINDS: readonly ChecklistItem['kind'][] = ['consideration', 'warning', 'finding'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const RULES_VERSION_FORMAT = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;

class Bad extends Error {
  constructor(readonly error: RecordError) {
    super(error.code);
  }
}

function shorten(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function bad(code: RecordErrorCode, field?: string, value?: unknown): never {
  throw new Bad({
    code,
    ...(field !== undefined ? { field } : {}),
    ...(value !== undefined ? { detail: shorten(value) } : {}),
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Checks a complete profile: every required key, only known keys, only vocabulary values. */
export function validateProfile(v: unknown, field = 'profile'): Profile {
  if (!isObject(v)) bad('bad-profile', field, v);
  for (const key of Object.keys(v)) {
    if (!Object.hasOwn(VOCABULARY, key)) bad('bad-profile', `${field}.${key}`, key);
    const allowed: readonly string[] = VOCABULARY[key as ProfileKey];
    const value = v[key];
    if (key === 'basis') {
      if (!isStringArray(value) || value.some((b) => !allowed.includes(b)))
        bad('bad-profile', `${field}.basis`, value);
    } else if (typeof value !== 'string' || !allowed.includes(value)) {
      bad('bad-profile', `${field}.${key}`, value);
    }
  }
  for (const key of REQUIRED_PROFILE_KEYS)
    if (!Object.hasOwn(v, key)) bad('bad-profile', `${field}.${key}`);
  return v as unknown as Profile;
}

function validateProposal(v: unknown): Proposal | null {
  if (v === null) return null;
  if (!isObject(v)) bad('bad-proposal', 'proposal', v);
  for (const key of Object.keys(v)) {
    if (!['layers', 'kind', 'callout', 'inject', 'weight'].includes(key))
      bad('bad-proposal', `proposal.${key}`, key);
  }
  if (!isStringArray(v.layers) || v.layers.length === 0 || v.layers.some((l) => !getLayer(l)))
    bad('bad-proposal', 'proposal.layers', v.layers);
  if (typeof v.kind !== 'string' || !(PROPOSAL_KINDS as readonly string[]).includes(v.kind))
    bad('bad-proposal', 'proposal.kind', v.kind);
  if (
    v.callout !== undefined &&
    (typeof v.callout !== 'string' || !(PROPOSAL_CALLOUTS as readonly string[]).includes(v.callout))
  )
    bad('bad-proposal', 'proposal.callout', v.callout);
  if (
    v.inject !== undefined &&
    (typeof v.inject !== 'string' || !INJECTION_FUNCTIONS.some((f) => f.id === v.inject))
  )
    bad('bad-proposal', 'proposal.inject', v.inject);
  if (
    v.weight !== undefined &&
    (typeof v.weight !== 'string' || !(PROPOSAL_WEIGHTS as readonly string[]).includes(v.weight))
  )
    bad('bad-proposal', 'proposal.weight', v.weight);
  return v as unknown as Proposal;
}

function validateResult(v: unknown): RecordResult {
  if (!isObject(v)) bad('bad-result', 'result', v);
  if (typeof v.verdict !== 'string' || !(VERDICTS as readonly string[]).includes(v.verdict))
    bad('bad-result', 'result.verdict', v.verdict);
  if (v.primary !== null && typeof v.primary !== 'string')
    bad('bad-result', 'result.primary', v.primary);
  if (
    !Array.isArray(v.companions) ||
    !v.companions.every(
      (c) => isObject(c) && typeof c.layerId === 'string' && typeof c.role === 'string',
    )
  )
    bad('bad-result', 'result.companions', v.companions);
  if (typeof v.ipsec !== 'string' || !(IPSEC_STATUSES as readonly string[]).includes(v.ipsec))
    bad('bad-result', 'result.ipsec', v.ipsec);
  if (!isStringArray(v.considerations))
    bad('bad-result', 'result.considerations', v.considerations);
  if (!isStringArray(v.warnings)) bad('bad-result', 'result.warnings', v.warnings);
  if (v.review !== undefined) {
    const r = v.review;
    if (
      !isObject(r) ||
      typeof r.verdict !== 'string' ||
      !(REVIEW_VERDICTS as readonly string[]).includes(r.verdict) ||
      !isStringArray(r.findings)
    )
      bad('bad-result', 'result.review', r);
  }
  return v as unknown as RecordResult;
}

function validateChecklist(v: unknown): ChecklistItem[] {
  if (!Array.isArray(v)) bad('bad-checklist', 'checklist', v);
  v.forEach((item: unknown, i) => {
    if (
      !isObject(item) ||
      typeof item.id !== 'string' ||
      typeof item.kind !== 'string' ||
      !(CHECKLIST_KINDS as readonly string[]).includes(item.kind) ||
      typeof item.done !== 'boolean'
    )
      bad('bad-checklist', `checklist[${i}]`, item);
  });
  return v as ChecklistItem[];
}

function validate(data: unknown): DecisionRecord {
  if (!isObject(data)) bad('not-object', undefined, data);
  if (data.format !== RECORD_FORMAT) bad('wrong-format', 'format', data.format);
  if (data.version !== RECORD_VERSION) bad('unsupported-version', 'version', data.version);
  for (const key of Object.keys(data))
    if (!(TOP_FIELDS as readonly string[]).includes(key)) bad('unknown-field', key);
  for (const key of TOP_FIELDS) if (!Object.hasOwn(data, key)) bad('missing-field', key);
  if (typeof data.rulesVersion !== 'string' || !RULES_VERSION_FORMAT.test(data.rulesVersion))
    bad('bad-rules-version', 'rulesVersion', data.rulesVersion);
  const profile = validateProfile(data.profile);
  const proposal = validateProposal(data.proposal);
  const result = validateResult(data.result);
  if (typeof data.title !== 'string' || data.title.length > MAX_TITLE_LENGTH)
    bad('bad-field', 'title', typeof data.title === 'string' ? data.title.length : data.title);
  if (typeof data.notes !== 'string' || data.notes.length > MAX_NOTES_LENGTH)
    bad('bad-field', 'notes', typeof data.notes === 'string' ? data.notes.length : data.notes);
  const checklist = validateChecklist(data.checklist);
  if (
    typeof data.createdAt !== 'string' ||
    !ISO_DATE.test(data.createdAt) ||
    Number.isNaN(Date.parse(data.createdAt))
  )
    bad('bad-date', 'createdAt', data.createdAt);
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    rulesVersion: data.rulesVersion,
    profile,
    proposal,
    result,
    title: data.title,
    notes: data.notes,
    checklist,
    createdAt: data.createdAt,
  };
}

/**
 * Reads a record from text. Never throws: a malformed or foreign file gives one specific error.
 * A record made under other rules is read, with a notice.
 */
export function parseRecord(text: unknown): ParseResult {
  try {
    if (typeof text !== 'string' || text.trim() === '')
      return { ok: false, error: { code: 'empty' } };
    if (text.length > MAX_RECORD_LENGTH)
      return { ok: false, error: { code: 'too-large', detail: String(text.length) } };
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { ok: false, error: { code: 'not-json', detail: shorten((e as Error).message) } };
    }
    const record = validate(data);
    const notices: RecordNotice[] = [];
    if (record.rulesVersion !== RULES_VERSION) {
      notices.push({
        code: changesSince(record.rulesVersion).known ? 'rules-changed' : 'rules-newer',
        recordRules: record.rulesVersion,
        appRules: RULES_VERSION,
      });
    }
    return { ok: true, record, notices };
  } catch (e) {
    if (e instanceof Bad) return { ok: false, error: e.error };
    return { ok: false, error: { code: 'bad-field', detail: shorten(String(e)) } };
  }
}
