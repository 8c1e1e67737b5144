import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LIST_KEYS, VOCABULARY, type Profile, type ProfileKey } from '@/knowledge/vocabulary';
import {
  answer,
  answerIssue,
  currentQuestion,
  fromProfile,
  isComplete,
  start,
  toProfile,
} from '@/questionnaire/machine';
import { basisPairs, enumerateCompletePaths } from '@/questionnaire/paths';
import { FLOW, QUESTIONS, SETTINGS } from '@/questionnaire/questions';
import type { AnswerValue, QuestionId, QuestionnaireState } from '@/questionnaire/types';

// Computed once per file; walking ~50k routes takes a few seconds.
const paths = enumerateCompletePaths();
const SLOW = 120_000;

function vocabularyProblems(profile: Profile): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(profile)) {
    if (!Object.hasOwn(VOCABULARY, key)) {
      problems.push(`unknown key ${key}`);
      continue;
    }
    const allowed: readonly string[] = VOCABULARY[key as ProfileKey];
    const items: unknown[] = LIST_KEYS.has(key as ProfileKey) ? (value as unknown[]) : [value];
    for (const item of items) {
      if (typeof item !== 'string' || !allowed.includes(item))
        problems.push(`${key}=${String(item)}`);
    }
  }
  for (const key of [
    'action',
    'traffic',
    'protocol',
    'direction',
    'basis',
    'decider',
    'ipsec',
    'min-os',
  ]) {
    if (!(key in profile)) problems.push(`missing ${key}`);
  }
  if (profile.basis.length === 0) problems.push('empty basis');
  if (new Set(profile.basis).size !== profile.basis.length) problems.push('repeated basis item');
  if ((profile.moment !== undefined) !== (profile.traffic === 'local')) {
    problems.push('moment present exactly for local traffic');
  }
  if ((profile['redirect-to'] !== undefined) !== (profile.action === 'redirect')) {
    problems.push('redirect-to present exactly when redirecting');
  }
  return problems;
}

describe('enumerateCompletePaths', () => {
  it('finds a reasonable number of routes', () => {
    expect(paths.length).toBeGreaterThan(1000);
    // The `tcp,udp` protocol value (rules 1.5.0) brought the count to about 62 000.
    expect(paths.length).toBeLessThanOrEqual(70_000);
  });

  it(
    'ends every route in a complete state whose profile is the path’s profile',
    () => {
      const failures: string[] = [];
      for (const path of paths) {
        let s = start();
        for (const [id, value] of path.answers) {
          const next = answer(s, id, value);
          if (next === s) failures.push(`${id}: ${answerIssue(s, id, value)?.code}`);
          s = next;
        }
        if (!isComplete(s)) failures.push(`incomplete: ${JSON.stringify(path.answers)}`);
        else expect(toProfile(s)).toEqual(path.profile);
      }
      expect(failures.slice(0, 5)).toEqual([]);
    },
    SLOW,
  );

  it(
    'rebuilds every path profile with fromProfile, complete and equal',
    () => {
      const failures = paths.filter((path) => {
        const s = fromProfile(path.profile);
        return !isComplete(s) || !isDeepStrictEqual(toProfile(s), path.profile);
      });
      expect(failures.slice(0, 5).map((f) => f.profile)).toEqual([]);
    },
    SLOW,
  );

  it.each(['protect', 'redirect'])(
    'lists the same routes as a walk driven by currentQuestion and answer (action %s)',
    (action) => {
      // The reference: every value `answer` accepts at the current question, from the machine's
      // public functions alone, as the enumeration is defined.
      const pairs = basisPairs();
      const found: { answers: (readonly [QuestionId, AnswerValue])[]; profile: Profile }[] = [];
      const visit = (s: QuestionnaireState, route: (readonly [QuestionId, AnswerValue])[]) => {
        const question = currentQuestion(s);
        if (question === null) {
          const profile = toProfile(s);
          if (profile !== null) found.push({ answers: route, profile });
          return;
        }
        const branches: AnswerValue[] =
          question.kind === 'multi'
            ? [...question.options.map((o) => [o.value]), ...pairs]
            : question.options.map((o) => o.value);
        for (const value of branches) {
          const next = answer(s, question.id, value);
          if (next !== s) visit(next, [...route, [question.id, value]]);
        }
      };
      visit(answer(start(), 'action', action), [['action', action]]);
      const listed = paths.filter((p) => p.answers[0]?.[1] === action);
      expect(found.length).toBeGreaterThan(0);
      expect(JSON.stringify(listed)).toBe(JSON.stringify(found));
    },
    SLOW,
  );

  it('produces only valid vocabulary profiles', () => {
    const failures = paths
      .map((path) => ({ path, problems: vocabularyProblems(path.profile) }))
      .filter((f) => f.problems.length > 0);
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('keeps settings at their defaults', () => {
    for (const id of SETTINGS) {
      const values = new Set(paths.map((p) => p.profile[id]));
      expect([...values], id).toEqual([QUESTIONS[id].defaultValue]);
    }
  });

  it('never lists the same route twice', () => {
    const keys = new Set(paths.map((p) => JSON.stringify(p.answers)));
    expect(keys.size).toBe(paths.length);
  });

  it('asks every main-flow question on some route', () => {
    const asked = new Set(paths.flatMap((p) => p.answers.map(([id]) => id)));
    expect([...asked].sort()).toEqual([...FLOW].sort());
  });

  it.each(FLOW)('reaches every option of %s on some route', (id) => {
    const reached = new Set(
      paths.flatMap((p) => {
        const value = p.profile[id];
        return value === undefined ? [] : Array.isArray(value) ? value : [value];
      }),
    );
    expect([...reached].sort()).toEqual(QUESTIONS[id].options.map((o) => o.value).sort());
  });

  it('walks the basis pairs that combine a settled traffic kind with another narrowing', () => {
    const pairs = basisPairs().map((p) => p.join('+'));
    expect(pairs).toEqual(expect.arrayContaining(['app+payload', 'app+port', 'mac+payload']));
    const walked = new Set(paths.map((p) => p.profile.basis.join('+')));
    expect(walked).toContain('app+payload');
    expect(paths.every((p) => p.profile.basis.length <= 2)).toBe(true);
  });

  it('includes the expert route in six answers', () => {
    const expert = paths.find(
      (p) =>
        p.profile.action === 'allow-block' &&
        p.profile.basis.join() === 'app' &&
        p.profile.protocol === 'tcp' &&
        p.profile.direction === 'outbound' &&
        p.profile.moment === 'connection' &&
        p.profile.decider === 'rules',
    );
    expect(expert?.answers).toHaveLength(6);
  });
});
