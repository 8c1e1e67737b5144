import { describe, expect, it } from 'vitest';
import { getSource } from '@/knowledge/sources';
import { VOCABULARY, type ProfileKey } from '@/knowledge/vocabulary';
import { ANSWER_RULES } from '@/questionnaire/answer-rules';
import { FLOW, GUARDS, QUESTIONS, SETTINGS } from '@/questionnaire/questions';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';

const KEYS = Object.keys(VOCABULARY) as ProfileKey[];

describe('QUESTIONS', () => {
  it.each(KEYS)('asks %s with exactly the vocabulary values, in order', (key) => {
    expect(QUESTIONS[key].id).toBe(key);
    expect(QUESTIONS[key].options.map((o) => o.value)).toEqual([...VOCABULARY[key]]);
  });

  it('makes basis the only multi-choice question', () => {
    expect(KEYS.filter((k) => QUESTIONS[k].kind === 'multi')).toEqual(['basis']);
  });

  it.each(KEYS)(
    'words %s for a newcomer in both languages: a title, a help line, and an example per option',
    (key) => {
      for (const [words, example] of [
        [en.questions, /e\.g\. \S/],
        [ja.questions, /例: \S/],
      ] as const) {
        const q: {
          title: string;
          help: string;
          options: Readonly<Record<string, { label: string; help: string }>>;
        } = words[key];
        expect(q.title.trim()).not.toBe('');
        expect(q.help.trim()).not.toBe('');
        // Exactly the question's options have words: none missing, none left over.
        expect(Object.keys(q.options).sort()).toEqual(
          QUESTIONS[key].options.map((o) => o.value).sort(),
        );
        for (const o of Object.values(q.options)) {
          expect(o.label.trim()).not.toBe('');
          expect(o.help).toMatch(example);
          expect(o.help).not.toContain('\n');
        }
      }
    },
  );

  it('splits every key into the main flow or the settings, never both', () => {
    expect([...FLOW, ...SETTINGS].sort()).toEqual([...KEYS].sort());
    expect(FLOW.filter((id) => SETTINGS.includes(id))).toEqual([]);
  });

  it('gives every setting a default among its options, and no main-flow question a default', () => {
    for (const id of SETTINGS) {
      expect(QUESTIONS[id].options.map((o) => o.value)).toContain(QUESTIONS[id].defaultValue);
    }
    for (const id of FLOW) expect(QUESTIONS[id].defaultValue).toBeUndefined();
  });
});

describe('GUARDS', () => {
  it.each(Object.entries(GUARDS))('guards %s on an earlier main-flow answer', (id, guard) => {
    expect(FLOW.indexOf(guard.key)).toBeGreaterThanOrEqual(0);
    expect(FLOW.indexOf(guard.key)).toBeLessThan(FLOW.indexOf(id as ProfileKey));
    const values: readonly string[] = VOCABULARY[guard.key];
    for (const v of guard.in) expect(values).toContain(v);
    expect(en.answers.guards[guard.id].trim()).not.toBe('');
    expect(ja.answers.guards[guard.id].trim()).not.toBe('');
  });
});

describe('ANSWER_RULES', () => {
  it('have unique ids', () => {
    const ids = ANSWER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ANSWER_RULES.map((r) => [r.id, r] as const))(
    '%s relates two main-flow keys with vocabulary values and cites real sources',
    (_, rule) => {
      for (const side of [rule.if, rule.then]) {
        expect(FLOW).toContain(side.key);
        const values: readonly string[] = VOCABULARY[side.key];
        expect(side.in.length).toBeGreaterThan(0);
        for (const v of side.in) expect(values).toContain(v);
      }
      expect(rule.if.key).not.toBe(rule.then.key);
      // A rule that allows every value would restrict nothing.
      expect(rule.then.in.length).toBeLessThan(VOCABULARY[rule.then.key].length);
      // Why it holds, shown when an answer is refused, in both languages.
      expect(en.answers.rules[rule.id].trim()).not.toBe('');
      expect(ja.answers.rules[rule.id].trim()).not.toBe('');
      for (const id of rule.sourceIds) expect(getSource(id), id).toBeDefined();
    },
  );
});
