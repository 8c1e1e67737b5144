/**
 * Every route through the questionnaire to completion, found by driving the machine's public
 * functions (a depth-first walk over `currentQuestion` and `answer`, in the spirit of xstate's
 * simple paths). Tests replay every route, and the engine's tests run `recommend` on every profile.
 *
 * **What counts as a path.** A path is the sequence of questions asked and the answers given, from
 * `start()` to a complete state. For single-choice questions every option the machine offers is a
 * branch. The multi-choice `basis` cannot be walked as all 2^20 subsets, so its branches are:
 * - every single item offered at that point, and
 * - the pairs the skip rules branch on: one item that narrows the traffic kind (from each distinct
 *   group of `ANSWER_RULES` on `basis`, e.g. app → traffic=local, mac → l2 or vswitch, vm →
 *   vswitch) with one item that narrows something else (protocol, moment or action), when the
 *   machine accepts the pair. These are the combinations whose outcome no single item shows: a
 *   settled traffic kind together with narrowed protocols or moments.
 *
 * Settings keep their defaults. Pure; the result is computed once and cached.
 */
import type { Profile } from '@/knowledge/vocabulary';
import { ANSWER_RULES } from './answer-rules';
import { completeProfile, settings, start } from './machine';
import { FLOW, QUESTIONS } from './questions';
import type { AnswerValue, QuestionId } from './types';
import { brokenRule, canFinish, canonical, guardState, openOptions } from './walk';

/** One route to completion and the profile it ends with. */
export interface CompletePath {
  /** The answers in the order they were given. */
  readonly answers: readonly (readonly [QuestionId, AnswerValue])[];
  /** The profile of the complete state (settled values and setting defaults included). */
  readonly profile: Profile;
}

/** For each `basis` item, the ids of the rules it triggers. Items with equal sets behave alike. */
function ruleSignature(item: string): readonly string[] {
  return ANSWER_RULES.filter((r) => r.if.key === 'basis' && r.if.in.includes(item)).map(
    (r) => r.id,
  );
}

/**
 * The `basis` pairs worth walking: one representative per distinct rule signature, traffic-narrowing
 * representatives crossed with the others. Derived from the rules, so new rules change the pairs.
 */
export function basisPairs(): readonly (readonly [string, string])[] {
  const representatives = new Map<string, string>();
  for (const { value } of QUESTIONS.basis.options) {
    const signature = ruleSignature(value).join(' ');
    if (signature !== '' && !representatives.has(signature)) representatives.set(signature, value);
  }
  const narrowsTraffic = (item: string) =>
    ANSWER_RULES.some(
      (r) => r.if.key === 'basis' && r.if.in.includes(item) && r.then.key === 'traffic',
    );
  const items = [...representatives.values()];
  const order = QUESTIONS.basis.options.map((o) => o.value);
  const pairs: (readonly [string, string])[] = [];
  for (const a of items.filter(narrowsTraffic)) {
    for (const b of items.filter((i) => !narrowsTraffic(i))) {
      pairs.push(order.indexOf(a) < order.indexOf(b) ? [a, b] : [b, a]);
    }
  }
  return pairs;
}

let cache: readonly CompletePath[] | undefined;

/**
 * Every complete route through the machine, as defined above. Pure (computed once).
 *
 * The walk answers the current question and carries on from there, sharing each prefix: it applies
 * the machine's own steps (`walk.ts`: skip guards, settled questions, open options, answer rules,
 * `canFinish`) to the values known so far instead of replaying every route from `start()`. What
 * `answer` accepts is exactly this: an open option, or a `basis` pair whose items are open, break
 * no rule with the earlier values and leave a way to finish. The tests replay every route through
 * `answer` and compare a part of the space with a walk driven by the machine's public functions.
 */
export function enumerateCompletePaths(): readonly CompletePath[] {
  if (cache !== undefined) return cache;
  const paths: CompletePath[] = [];
  const pairs = basisPairs();
  const inForce = Object.fromEntries(settings(start()).map((x) => [x.question.id, x.value]));
  // One record of known values and one route, extended on the way down and restored on the way
  // back (each route gets its own copy when it completes).
  const values: Record<string, AnswerValue | undefined> = {};
  const route: (readonly [QuestionId, AnswerValue])[] = [];
  const branch = (i: number, id: QuestionId, value: AnswerValue, given: AnswerValue) => {
    values[id] = value;
    route.push([id, given]);
    visit(i + 1);
    route.pop();
    values[id] = undefined;
  };
  const visit = (from: number) => {
    const settled: QuestionId[] = [];
    let complete = true;
    for (let i = from; i < FLOW.length; i += 1) {
      const id = FLOW[i] as QuestionId;
      const guard = guardState(id, values);
      if (guard === 'skipped') continue;
      const question = QUESTIONS[id];
      const options = openOptions(id, values);
      const only = options[0];
      if (guard === 'asked' && question.kind === 'single' && options.length === 1 && only) {
        values[id] = only; // settled: never asked
        settled.push(id);
        continue;
      }
      // The current question: every value the machine accepts is a branch.
      complete = false;
      if (question.kind === 'single') {
        for (const value of options) branch(i, id, value, value);
      } else {
        for (const option of options) branch(i, id, [option], [option]);
        for (const pair of pairs) {
          const value = canonical(id, pair);
          const accepted =
            pair.every(
              (item) => options.includes(item) && brokenRule(values, id, [item]) === null,
            ) && canFinish({ ...values, [id]: value });
          if (accepted) branch(i, id, value, pair);
        }
      }
      break;
    }
    if (complete) paths.push({ answers: [...route], profile: completeProfile(values, inForce) });
    for (const id of settled) values[id] = undefined;
  };
  visit(0);
  cache = paths;
  return paths;
}
