/**
 * The questionnaire machine: a handful of pure functions over `QuestionnaireState`. The state is
 * only the user's answers; the current question, settled values and defaults are derived by
 * walking the flow (`walk.ts`) over the data in `questions.ts` and `answer-rules.ts`. Invalid
 * events return the same state object, so callers can compare by reference. Results for one
 * state object are memoised: calling `currentQuestion(s)` twice returns the same object.
 */
import { VOCABULARY, type PartialProfile, type Profile } from '@/knowledge/vocabulary';
import type { Coded } from '@/engine/messages';
import type { AnswerRuleId } from './answer-rules';
import { FLOW, QUESTIONS, SETTINGS } from './questions';
import type { AnswerValue, Question, QuestionId, QuestionnaireState } from './types';
import {
  brokenRule,
  canFinish,
  canonical,
  guardState,
  isSettingValue,
  sameValue,
  walk,
  wellFormed,
  type Values,
  type Walk,
} from './walk';

const PROFILE_KEYS = Object.keys(VOCABULARY) as QuestionId[];

const START: QuestionnaireState = Object.freeze({ answers: Object.freeze({}) });

/** The empty questionnaire (no answers, settings at their defaults): the first question is current. Pure. */
export function start(): QuestionnaireState {
  return START;
}

/** The question with every option, as defined in `QUESTIONS`. */
export function getQuestion(id: QuestionId): Question {
  return QUESTIONS[id];
}

const views = new Map<string, Question>();

/** The question with only `open` options; one object per distinct set, for stable references. */
function view(id: QuestionId, open: readonly string[]): Question {
  const question = QUESTIONS[id];
  if (open.length === question.options.length) return question;
  const key = `${id}:${open.join(',')}`;
  let result = views.get(key);
  if (result === undefined) {
    result = { ...question, options: question.options.filter((o) => open.includes(o.value)) };
    views.set(key, result);
  }
  return result;
}

function stepOf(w: Walk, id: QuestionId) {
  return w.steps.find((s) => s.id === id);
}

/** Values known before `id` in asking order (what its options were judged against). */
function valuesBefore(w: Walk, id: QuestionId): Values {
  const before: Record<string, AnswerValue> = {};
  for (const step of w.steps) {
    if (step.id === id) break;
    if (step.value !== undefined) before[step.id] = step.value;
  }
  return before;
}

/** Why an answer is refused. */
export type AnswerIssueCode =
  /** Not a question of this questionnaire. */
  | 'unknown-question'
  /** Left out by a skip rule, or settled by earlier answers. */
  | 'not-asked'
  /** A later question that is not open yet. */
  | 'not-yet'
  /** A list for a single-choice question, or the other way round. */
  | 'wrong-kind'
  | 'unknown-value'
  /** An empty list where at least one item is required. */
  | 'empty'
  /** An answer rule forbids it together with an earlier answer. */
  | 'ruled-out'
  /** No answers to the later questions could go with it. */
  | 'dead-end';

/** The parameters of each refusal's words (src/i18n/en/answers.ts), one message per key. */
export interface AnswerIssueParams {
  readonly 'unknown-question': { readonly id: string };
  readonly 'wrong-kind': { readonly question: QuestionId; readonly multi: boolean };
  readonly empty: { readonly question: QuestionId };
  readonly 'unknown-value': {
    readonly question: QuestionId;
    readonly value: string;
    readonly expected: readonly string[];
  };
  readonly 'not-asked': { readonly question: QuestionId };
  /** A replayed value that differs from the one earlier answers settle (code `not-asked`). */
  readonly 'settled-otherwise': {
    readonly question: QuestionId;
    readonly value: string;
    readonly settled: string;
  };
  readonly 'not-yet': { readonly question: QuestionId };
  readonly 'ruled-out': {
    readonly question: QuestionId;
    readonly value: string;
    readonly rule: AnswerRuleId;
  };
  /** `value` is null for a list: the choices together leave no answer. */
  readonly 'dead-end': {
    readonly question: QuestionId;
    readonly value: string | null;
    readonly rules: readonly AnswerRuleId[];
  };
}

/** Why an answer is refused, as a coded message. */
export type AnswerIssueMessage = Coded<AnswerIssueParams>;

/** Why an answer is refused, for the UI to show (words: src/i18n/en/answers.ts). */
export interface AnswerIssue {
  readonly code: AnswerIssueCode;
  readonly message: AnswerIssueMessage;
  /** The `ANSWER_RULES` ids behind a `ruled-out` or `dead-end` refusal. */
  readonly ruleIds: readonly AnswerRuleId[];
}

/** The refusal message `key` with its parameters (checks both). */
function coded<K extends keyof AnswerIssueParams>(
  key: K,
  params: AnswerIssueParams[K],
): AnswerIssueMessage {
  return { key, params } as AnswerIssueMessage;
}

function issue(
  code: AnswerIssueCode,
  message: AnswerIssueMessage,
  ruleIds: readonly AnswerRuleId[] = [],
): AnswerIssue {
  return { code, message, ruleIds };
}

/** The rules that leave the first later question without a single possible answer. */
function deadEndRules(values: Values): readonly AnswerRuleId[] {
  for (const id of FLOW) {
    if (values[id] !== undefined || guardState(id, values) === 'skipped') continue;
    const ruleIds = new Set<AnswerRuleId>();
    for (const o of QUESTIONS[id].options) {
      const value: AnswerValue = QUESTIONS[id].kind === 'multi' ? [o.value] : o.value;
      const rule = brokenRule(values, id, value);
      if (rule === null) return [];
      ruleIds.add(rule.id);
    }
    return [...ruleIds];
  }
  return [];
}

/**
 * Why `answer(s, id, value)` would refuse the answer, or null when it would take it. Lets the UI
 * say why a combination of choices cannot be sent. Pure.
 */
export function answerIssue(
  s: QuestionnaireState,
  id: QuestionId,
  value: AnswerValue,
): AnswerIssue | null {
  if (!Object.hasOwn(QUESTIONS, id)) {
    return issue('unknown-question', coded('unknown-question', { id: String(id) }));
  }
  const question = QUESTIONS[id];
  const multi = question.kind === 'multi';
  if (multi !== Array.isArray(value)) {
    return issue('wrong-kind', coded('wrong-kind', { question: id, multi }));
  }
  if (multi && value.length === 0) return issue('empty', coded('empty', { question: id }));
  const known = question.options.map((o) => o.value);
  const unknown = (multi ? (value as readonly unknown[]) : [value]).find(
    (v) => typeof v !== 'string' || !known.includes(v),
  );
  if (unknown !== undefined) {
    return issue(
      'unknown-value',
      coded('unknown-value', { question: id, value: String(unknown), expected: known }),
    );
  }
  if (SETTINGS.includes(id)) return null;

  const w = walk(s.answers);
  const step = stepOf(w, id);
  if (step === undefined || step.status === 'skipped' || step.status === 'settled') {
    return issue('not-asked', coded('not-asked', { question: id }));
  }
  if (step.status === 'open' && w.current !== id) {
    return issue('not-yet', coded('not-yet', { question: id }));
  }
  const before = valuesBefore(w, id);
  const value_ = canonical(id, value);
  for (const v of multi ? (value_ as readonly string[]) : [value_ as string]) {
    const rule = brokenRule(before, id, multi ? [v] : v);
    if (rule !== null) {
      return issue('ruled-out', coded('ruled-out', { question: id, value: v, rule: rule.id }), [
        rule.id,
      ]);
    }
  }
  if (!wellFormed(id, value_, step.options) || !canFinish({ ...before, [id]: value_ })) {
    const ruleIds = deadEndRules({ ...before, [id]: value_ });
    return issue(
      'dead-end',
      coded('dead-end', {
        question: id,
        value: multi ? null : (value_ as string),
        rules: ruleIds,
      }),
      ruleIds,
    );
  }
  return null;
}

/**
 * Answers the current question, re-answers an earlier one, or changes a setting. Later answers
 * that still fit stay; those the new answer rules out or makes irrelevant are dropped. Invalid
 * events (see `answerIssue`) and answers that change nothing return `s` itself. Pure.
 *
 * @example
 * let s = start();
 * s = answer(s, 'action', 'allow-block');
 * s = answer(s, 'basis', ['app']); // settles traffic=local: the traffic question is not asked
 * currentQuestion(s)?.id; // 'protocol'
 */
export function answer(
  s: QuestionnaireState,
  id: QuestionId,
  value: AnswerValue,
): QuestionnaireState {
  if (answerIssue(s, id, value) !== null) return s;
  return accept(s, { [id]: canonical(id, value) });
}

/** Puts checked answers into the state and drops what they rule out; `s` when nothing changes. */
function accept(s: QuestionnaireState, changes: Values): QuestionnaireState {
  const ids = Object.keys(changes) as QuestionId[];
  if (ids.every((id) => sameValue(s.answers[id], changes[id]))) return s;
  return { answers: walk({ ...s.answers, ...changes } as PartialProfile).kept };
}

/**
 * Steps back: clears the answer to the last answered question before the current one (the last
 * answered question when complete), which becomes current again. Settings are kept. Returns `s`
 * when there is nothing to go back to. Pure.
 */
export function back(s: QuestionnaireState): QuestionnaireState {
  const w = walk(s.answers);
  const end = w.current === null ? w.steps.length : w.steps.findIndex((st) => st.id === w.current);
  const previous = w.steps
    .slice(0, end)
    .reverse()
    .find((st) => st.status === 'answered');
  if (previous === undefined) return s;
  const next: Record<string, unknown> = { ...s.answers };
  delete next[previous.id];
  return { answers: walk(next as PartialProfile).kept };
}

/** The question to answer now, with only the options earlier answers leave open; null ⇔ complete. */
export function currentQuestion(s: QuestionnaireState): Question | null {
  const w = walk(s.answers);
  if (w.current === null) return null;
  return view(w.current, stepOf(w, w.current)?.options ?? []);
}

/** True when every question of the main flow is answered, settled or skipped. */
export function isComplete(s: QuestionnaireState): boolean {
  return walk(s.answers).current === null;
}

/**
 * The option values an answer holds, as a list (one for a single choice), in the order given; the
 * UI shows each in words. Pure.
 */
export function answerValues(value: AnswerValue): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

/** A question with the value it holds. */
export interface AnsweredQuestion {
  /** The question with the options that were open when it was asked (for changing the answer). */
  readonly question: Question;
  readonly value: AnswerValue;
}

const answeredCache = new WeakMap<object, readonly AnsweredQuestion[]>();

/**
 * The main-flow questions the user answered, in asking order. Settled questions and settings are
 * not included: see `settledQuestions` and `settings`.
 */
export function answeredQuestions(s: QuestionnaireState): readonly AnsweredQuestion[] {
  const cached = answeredCache.get(s.answers);
  if (cached !== undefined) return cached;
  const result = walk(s.answers)
    .steps.filter((st) => st.status === 'answered' && st.value !== undefined)
    .map((st) => ({ question: view(st.id, st.options), value: st.value as AnswerValue }));
  answeredCache.set(s.answers, result);
  return result;
}

const settledCache = new WeakMap<object, readonly AnsweredQuestion[]>();

/**
 * Main-flow questions that earlier answers settle without asking (e.g. `traffic=local` once the
 * decision depends on the app), with the settled value.
 */
export function settledQuestions(s: QuestionnaireState): readonly AnsweredQuestion[] {
  const cached = settledCache.get(s.answers);
  if (cached !== undefined) return cached;
  const result = walk(s.answers)
    .steps.filter((st) => st.status === 'settled' && st.value !== undefined)
    .map((st) => ({ question: view(st.id, st.options), value: st.value as AnswerValue }));
  settledCache.set(s.answers, result);
  return result;
}

/** A setting with the value in force. */
export interface SettingValue {
  readonly question: Question;
  readonly value: string;
  /** True while the user has not picked a value, so the default applies. */
  readonly isDefault: boolean;
}

const settingsCache = new WeakMap<object, readonly SettingValue[]>();

/** Every setting with the value in force: the user's choice or the default. */
export function settings(s: QuestionnaireState): readonly SettingValue[] {
  const cached = settingsCache.get(s.answers);
  if (cached !== undefined) return cached;
  const result = SETTINGS.map((id) => {
    const chosen = s.answers[id];
    const question = QUESTIONS[id];
    return isSettingValue(id, chosen)
      ? { question, value: chosen, isDefault: false }
      : { question, value: question.defaultValue as string, isDefault: true };
  });
  settingsCache.set(s.answers, result);
  return result;
}

/** Keys in vocabulary order, as the share link and decision records write them. */
function inVocabularyOrder(values: Values): Record<string, AnswerValue> {
  const ordered: Record<string, AnswerValue> = {};
  for (const id of PROFILE_KEYS) {
    const value = values[id];
    if (value !== undefined) ordered[id] = value;
  }
  return ordered;
}

/**
 * The full profile once the flow is complete: answers, settled values and every setting (defaults
 * filled in); null before. Pure.
 */
export function toProfile(s: QuestionnaireState): Profile | null {
  const w = walk(s.answers);
  if (w.current !== null) return null;
  return completeProfile(
    w.values,
    Object.fromEntries(settings(s).map((x) => [x.question.id, x.value])),
  );
}

/**
 * The profile of a complete flow: its values and the settings in force, in vocabulary order (what
 * `toProfile` returns once the walk is complete). Pure.
 */
export function completeProfile(flow: Values, inForce: Readonly<Record<string, string>>): Profile {
  const ordered: Record<string, AnswerValue> = {};
  for (const id of PROFILE_KEYS) {
    const value = inForce[id] ?? flow[id];
    if (value !== undefined) ordered[id] = value;
  }
  return ordered as unknown as Profile;
}

/**
 * What is known so far as a partial profile: the answers, the values they settle and the settings
 * the user chose (defaults left out), in vocabulary order. Equals `toProfile` minus the defaults
 * once complete. Pure.
 */
export function profileSoFar(s: QuestionnaireState): PartialProfile {
  const found: Record<string, AnswerValue> = { ...walk(s.answers).values };
  for (const setting of settings(s)) {
    if (!setting.isDefault) found[setting.question.id] = setting.value;
  }
  return inVocabularyOrder(found) as PartialProfile;
}

/** What `replayProfile` did with each key of the profile it read. */
export interface Replay {
  readonly state: QuestionnaireState;
  /** Keys the path skips, or settles to the same value: accepted and not needed. */
  readonly ignored: readonly QuestionId[];
  /** The key whose value the path could not take; the replay stopped there. */
  readonly stoppedAt: { readonly id: QuestionId; readonly issue: AnswerIssue } | null;
  /** Keys after the stop that were not read. */
  readonly unread: readonly QuestionId[];
}

/**
 * Replays a (partial) profile in asking order, like a user answering it, and reports what happened
 * to each key. Keys the path skips, and settled keys with the settled value, are ignored. A missing
 * key stops the replay quietly (the first open question becomes current); a value the path cannot
 * take stops it with `stoppedAt` and leaves the later flow keys unread. Settings do not depend on
 * the path and are always read (a value outside the vocabulary is ignored). Pure.
 */
export function replayProfile(p: PartialProfile): Replay {
  let state = START;
  const ignored: QuestionId[] = [];
  const unread: QuestionId[] = [];
  let stoppedAt: Replay['stoppedAt'] = null;
  let stopped = false;
  for (const id of FLOW) {
    const value = p[id];
    if (stopped) {
      if (value !== undefined) unread.push(id);
      continue;
    }
    const step = stepOf(walk(state.answers), id);
    if (step?.status === 'skipped' || step?.status === 'settled') {
      if (value === undefined) continue;
      if (step.status === 'skipped' || sameValue(step.value, canonical(id, value))) {
        ignored.push(id);
        continue;
      }
      stoppedAt = {
        id,
        issue: issue(
          'not-asked',
          coded('settled-otherwise', {
            question: id,
            value: String(value),
            settled: String(step.value),
          }),
        ),
      };
      stopped = true;
      continue;
    }
    if (value === undefined) {
      stopped = true;
      continue;
    }
    const problem = answerIssue(state, id, value);
    if (problem !== null) {
      stoppedAt = { id, issue: problem };
      stopped = true;
      continue;
    }
    state = accept(state, { [id]: canonical(id, value) });
  }
  const chosen: Record<string, string> = {};
  for (const id of SETTINGS) {
    const value = p[id];
    if (isSettingValue(id, value)) chosen[id] = value;
  }
  return { state: accept(state, chosen), ignored, stoppedAt, unread };
}

/**
 * Rebuilds the state from a (partial) profile, e.g. one read from a share link: answers replayed
 * in asking order; keys the path skips are ignored; the first open question becomes current.
 * `replayProfile` says what was ignored and where the replay stopped. Pure.
 */
export function fromProfile(p: PartialProfile): QuestionnaireState {
  return replayProfile(p).state;
}
