/**
 * Decision records: the JSON a reviewer keeps, exports, imports and checks
 * in CI — `{ format: 'wfp-layer-decision', version: 1, rulesVersion, profile, proposal, result,
 * title, notes, checklist, createdAt }` (schema: schemas/wfp-layer-decision.v1.schema.json).
 * `parseRecord` never throws: every malformed input gets a specific error code (words in
 * the catalogue's `records` words (`src/i18n/en/records.ts`)). `recheckRecord` re-evaluates a record under the current rules. Pure.
 * The format and the parser are in record-format.ts (re-exported here), which a page can load
 * without the review engine.
 */
import { recommend } from '@/engine/recommend';
import { reviewDesign, type Proposal } from '@/engine/review';
import { RULES_VERSION } from '@/engine/version';
import type { Profile } from '@/knowledge/vocabulary';
import {
  RECORD_FORMAT,
  RECORD_VERSION,
  type ChecklistItem,
  type DecisionRecord,
  type RecordResult,
} from './record-format';
import { changesSince } from './rules-diff';

export * from './record-format';

/** The current result for a profile and an optional proposal, in record form. */
export function resultOf(profile: Profile, proposal: Proposal | null): RecordResult {
  const rec = recommend(profile);
  const review = proposal ? reviewDesign(profile, proposal) : null;
  return {
    verdict: rec.verdict,
    primary: rec.primary,
    companions: rec.companions.map((c) => ({ layerId: c.layerId, role: c.role })),
    ipsec: rec.ipsec.status,
    considerations: rec.considerations.map((c) => c.id),
    warnings: rec.warnings.map((w) => w.id),
    ...(review
      ? { review: { verdict: review.verdict, findings: review.findings.map((f) => f.id) } }
      : {}),
  };
}

/** The review checklist for a result: considerations, warnings and the findings to act on. */
export function checklistFor(
  profile: Profile,
  proposal: Proposal | null,
  previous: readonly ChecklistItem[] = [],
): ChecklistItem[] {
  const rec = recommend(profile);
  const done = new Map(previous.map((i) => [i.id, i.done]));
  const items: ChecklistItem[] = [];
  const push = (id: string, kind: ChecklistItem['kind']) => {
    if (!items.some((i) => i.id === id)) items.push({ id, kind, done: done.get(id) ?? false });
  };
  for (const c of rec.considerations) push(`consideration:${c.id}`, 'consideration');
  for (const w of rec.warnings) push(`warning:${w.id}`, 'warning');
  if (proposal) {
    for (const f of reviewDesign(profile, proposal).findings) {
      if (f.severity === 'blocker' || f.severity === 'gap' || f.severity === 'better')
        push(`finding:${f.id}`, 'finding');
    }
  }
  return items;
}

/** Makes a record of the current result. Pure (the clock is passed in as `now`). */
export function makeRecord(input: {
  readonly profile: Profile;
  readonly proposal?: Proposal | null;
  readonly title?: string;
  readonly notes?: string;
  readonly checklist?: readonly ChecklistItem[];
  readonly now?: Date;
}): DecisionRecord {
  const proposal = input.proposal ?? null;
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    rulesVersion: RULES_VERSION,
    profile: input.profile,
    proposal,
    result: resultOf(input.profile, proposal),
    title: input.title ?? '',
    notes: input.notes ?? '',
    checklist: checklistFor(input.profile, proposal, input.checklist),
    createdAt: (input.now ?? new Date(0)).toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// Re-checking under the current rules

export type RecordDifference = 'verdict' | 'primary' | 'ipsec' | 'review';

export interface Recheck {
  /** Any difference between the saved and the current result. */
  readonly changed: boolean;
  /** The verdict, the primary layer or the review verdict changed (what CI fails on). */
  readonly breaking: boolean;
  /** The record was made under other rules than the app's. */
  readonly rulesChanged: boolean;
  readonly before: RecordResult;
  readonly after: RecordResult;
  readonly differences: readonly RecordDifference[];
  /** The changelog since the record's rules (empty when the rules are the same). */
  readonly rules: ReturnType<typeof changesSince>;
}

/** Re-evaluates a record with the current rules and says what changed. Pure. */
export function recheckRecord(record: DecisionRecord): Recheck {
  const before = record.result;
  const after = resultOf(record.profile, record.proposal);
  const differences: RecordDifference[] = [];
  if (before.verdict !== after.verdict) differences.push('verdict');
  if (before.primary !== after.primary) differences.push('primary');
  if (before.ipsec !== after.ipsec) differences.push('ipsec');
  if (before.review?.verdict !== after.review?.verdict) differences.push('review');
  const rulesChanged = record.rulesVersion !== RULES_VERSION;
  return {
    changed: differences.length > 0,
    breaking: differences.some((d) => d !== 'ipsec'),
    rulesChanged,
    before,
    after,
    differences,
    rules: rulesChanged ? changesSince(record.rulesVersion) : { known: true, releases: [] },
  };
}
