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
import { answer, currentQuestion, start, toProfile } from './machine';
import { QUESTIONS } from './questions';
import type { AnswerValue, QuestionId, QuestionnaireState } from './types';

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

/** Every complete route through the machine, as defined above. Pure (computed once). */
export function enumerateCompletePaths(): readonly CompletePath[] {
  if (cache !== undefined) return cache;
  const paths: CompletePath[] = [];
  const pairs = basisPairs();
  const visit = (s: QuestionnaireState, route: readonly (readonly [QuestionId, AnswerValue])[]) => {
    const question = currentQuestion(s);
    if (question === null) {
      const profile = toProfile(s);
      if (profile !== null) paths.push({ answers: route, profile });
      return;
    }
    const branches: AnswerValue[] =
      question.kind === 'multi'
        ? [...question.options.map((o) => [o.value]), ...pairs]
        : question.options.map((o) => o.value);
    for (const value of branches) {
      const next = answer(s, question.id, value);
      if (next !== s) visit(next, [...route, [question.id, value] as const]);
    }
  };
  visit(start(), []);
  cache = paths;
  return paths;
}
