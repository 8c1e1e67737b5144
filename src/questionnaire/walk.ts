/**
 * The questionnaire's one piece of logic: walk the main flow in asking order over a set of
 * answers and derive, for every question, whether it is skipped, settled, answered or open, and
 * which options it still offers. Everything in `machine.ts` is a view of this walk. Pure; results
 * are memoised per answers object and per set of known values, which never changes them.
 */
import type { PartialProfile } from '@/knowledge/vocabulary';
import { ANSWER_RULES, type AnswerRule } from './answer-rules';
import { FLOW, GUARDS, QUESTIONS, SETTINGS } from './questions';
import type { AnswerValue, QuestionId } from './types';

/** Answer values by question, as far as they are known. */
export type Values = { readonly [K in QuestionId]?: AnswerValue };

/** Where a flow question stands after the walk. */
export type StepStatus =
  /** Its guard leaves it out: the key stays absent. */
  | 'skipped'
  /** Earlier answers leave one option: the value is derived, the question never asked. */
  | 'settled'
  | 'answered'
  | 'open';

/** One flow question as the walk found it. */
export interface Step {
  readonly id: QuestionId;
  readonly status: StepStatus;
  /** The answered or settled value. */
  readonly value?: AnswerValue;
  /** Option values still open at this point of the flow (none when skipped). */
  readonly options: readonly string[];
}

/** The result of walking the flow over a set of answers. */
export interface Walk {
  readonly steps: readonly Step[];
  /** The answers that survive the walk: flow answers still on the path, plus valid settings. */
  readonly kept: PartialProfile;
  /** The first open question, or null when the flow is complete. */
  readonly current: QuestionId | null;
  /** Every answered and settled flow value. */
  readonly values: Values;
}

const RULES_BY_KEY = new Map<QuestionId, AnswerRule[]>();
for (const rule of ANSWER_RULES) {
  for (const key of [rule.if.key, rule.then.key]) {
    RULES_BY_KEY.set(key, [...(RULES_BY_KEY.get(key) ?? []), rule]);
  }
}

function hitsAny(value: AnswerValue, set: readonly string[]): boolean {
  return typeof value === 'string' ? set.includes(value) : value.some((v) => set.includes(v));
}

function allWithin(value: AnswerValue, set: readonly string[]): boolean {
  return typeof value === 'string' ? set.includes(value) : value.every((v) => set.includes(v));
}

/** The first rule that `id = value` breaks together with the known values, if any. */
export function brokenRule(values: Values, id: QuestionId, value: AnswerValue): AnswerRule | null {
  for (const rule of RULES_BY_KEY.get(id) ?? []) {
    const other = rule.if.key === id ? rule.then.key : rule.if.key;
    const otherValue = values[other];
    if (otherValue === undefined) continue;
    const ifValue = rule.if.key === id ? value : otherValue;
    const thenValue = rule.then.key === id ? value : otherValue;
    if (hitsAny(ifValue, rule.if.in) && !allWithin(thenValue, rule.then.in)) return rule;
  }
  return null;
}

/** Whether a guarded question is asked, given what is known so far. */
export function guardState(id: QuestionId, values: Values): 'asked' | 'skipped' | 'unknown' {
  const guard = GUARDS[id];
  if (guard === undefined) return 'asked';
  const value = values[guard.key];
  if (value === undefined) return 'unknown';
  return hitsAny(value, guard.in) ? 'asked' : 'skipped';
}

/**
 * Values to try for a question when looking for a way to finish. A single item stands for every
 * `basis` list: rules only narrow as items are added, so if any list can finish, one item can.
 */
function candidates(id: QuestionId): readonly AnswerValue[] {
  const question = QUESTIONS[id];
  return question.kind === 'multi'
    ? question.options.map((o) => [o.value])
    : question.options.map((o) => o.value);
}

function valueKey(v: AnswerValue | undefined): string {
  return v === undefined ? '' : typeof v === 'string' ? v : v.join(',');
}

/**
 * For each flow question (bit = its place in `FLOW`), the questions it is linked with: the other
 * key of every answer rule on it, and the questions it guards or that guard it.
 */
const LINKED: readonly number[] = FLOW.map((id) => {
  let bits = 0;
  const link = (other: QuestionId) => {
    const at = FLOW.indexOf(other);
    if (at >= 0) bits |= 1 << at;
  };
  for (const rule of RULES_BY_KEY.get(id) ?? []) {
    link(rule.if.key === id ? rule.then.key : rule.if.key);
  }
  for (const other of FLOW) {
    if (GUARDS[other]?.key === id) link(other);
    if (GUARDS[id]?.key === other) link(other);
  }
  return bits;
});

/**
 * The memo key of `values` for `canFinish` (and `openOptions`, with `open` left out as if not
 * answered). Whether the rest of the flow can be finished reads only the known values of questions
 * linked (by a rule or a guard) to one not yet known: the rules checked and the guards read always
 * pair an unknown question with a known one, and each step down only makes more known. A known
 * value linked to no unknown question counts only as known (`*`), so states that differ only in
 * such values share one entry.
 */
function keyOf(values: Values, open?: QuestionId): string {
  let unknown = 0;
  for (let i = 0; i < FLOW.length; i += 1) {
    const id = FLOW[i] as QuestionId;
    if (id === open || values[id] === undefined) unknown |= 1 << i;
  }
  let key = '';
  for (let i = 0; i < FLOW.length; i += 1) {
    const id = FLOW[i] as QuestionId;
    if ((unknown & (1 << i)) !== 0) key += '|';
    else if (((LINKED[i] as number) & unknown) === 0) key += '*|';
    else key += `${valueKey(values[id])}|`;
  }
  return key;
}

const completionCache = new Map<string, boolean>();

/**
 * True when the remaining flow questions can all be answered without breaking a rule. Assumes
 * the known values break none among themselves.
 */
export function canFinish(values: Values): boolean {
  const key = keyOf(values);
  const cached = completionCache.get(key);
  if (cached !== undefined) return cached;
  let result = true;
  for (const id of FLOW) {
    if (values[id] !== undefined || guardState(id, values) === 'skipped') continue;
    result = candidates(id).some(
      (v) => brokenRule(values, id, v) === null && canFinish({ ...values, [id]: v }),
    );
    break;
  }
  completionCache.set(key, result);
  return result;
}

const optionsCache = new Map<string, readonly string[]>();

/** Option values of a flow question that break no rule and leave a way to finish. */
export function openOptions(id: QuestionId, values: Values): readonly string[] {
  const key = `${id}@${keyOf(values, id)}`;
  const cached = optionsCache.get(key);
  if (cached !== undefined) return cached;
  const question = QUESTIONS[id];
  const result = question.options
    .map((o) => o.value)
    .filter((v) => {
      const value: AnswerValue = question.kind === 'multi' ? [v] : v;
      return brokenRule(values, id, value) === null && canFinish({ ...values, [id]: value });
    });
  optionsCache.set(key, result);
  return result;
}

/** Lists in option order without repeats; single values unchanged. Non-lists are left alone. */
export function canonical(id: QuestionId, value: AnswerValue): AnswerValue {
  if (QUESTIONS[id].kind !== 'multi' || !Array.isArray(value)) return value;
  const order = QUESTIONS[id].options.map((o) => o.value);
  return [...new Set(value)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Equality of answer values (lists compared item by item, in order). */
export function sameValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Whether `value` is well-formed for the question and among `open` (not yet rule-checked). */
export function wellFormed(id: QuestionId, value: unknown, open: readonly string[]): boolean {
  if (QUESTIONS[id].kind === 'multi') {
    return (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof v === 'string' && open.includes(v))
    );
  }
  return typeof value === 'string' && open.includes(value);
}

/**
 * Whether `value` can stand at this point of the flow, given the options `open` there. Each open
 * option already breaks no rule (a rule broken by a list is broken by one of its items), so a
 * single value only has to be open; a list must also leave a way to finish as a whole.
 */
export function fits(id: QuestionId, value: AnswerValue, values: Values, open: readonly string[]) {
  if (!wellFormed(id, value, open)) return false;
  return typeof value === 'string' || canFinish({ ...values, [id]: value });
}

/** True when `value` is one of the setting's options. */
export function isSettingValue(id: QuestionId, value: unknown): value is string {
  return typeof value === 'string' && QUESTIONS[id].options.some((o) => o.value === value);
}

const walks = new WeakMap<object, Walk>();

/**
 * Walks the main flow over `answers`. An answer is kept while it fits what comes before it in
 * asking order; one that no longer fits, or belongs to a skipped or settled question, is dropped.
 * A re-answer can open a question before later answers (e.g. `redirect-to` after changing the
 * action to redirect): the later answers stay, checked against everything known before them.
 */
export function walk(answers: PartialProfile): Walk {
  const cached = walks.get(answers);
  if (cached !== undefined) return cached;
  const steps: Step[] = [];
  const values: Record<string, AnswerValue> = {};
  const kept: Record<string, AnswerValue> = {};
  let current: QuestionId | null = null;
  for (const id of FLOW) {
    const guard = guardState(id, values);
    if (guard === 'skipped') {
      steps.push({ id, status: 'skipped', options: [] });
      continue;
    }
    const options = openOptions(id, values);
    const only = options[0];
    if (guard === 'asked' && QUESTIONS[id].kind === 'single' && options.length === 1 && only) {
      steps.push({ id, status: 'settled', value: only, options });
      values[id] = only;
      continue;
    }
    const given = answers[id];
    if (given !== undefined && fits(id, given, values, options)) {
      steps.push({ id, status: 'answered', value: given, options });
      values[id] = given;
      kept[id] = given;
    } else {
      steps.push({ id, status: 'open', options });
      current ??= id;
    }
  }
  for (const id of SETTINGS) {
    const given = answers[id];
    if (isSettingValue(id, given)) kept[id] = given;
  }
  const result: Walk = { steps, kept: kept as PartialProfile, current, values };
  walks.set(answers, result);
  // Walking only the kept answers gives the same walk; states are built from `kept`.
  walks.set(result.kept, result);
  return result;
}
