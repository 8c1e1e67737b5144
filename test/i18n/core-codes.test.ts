import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { FLOW, QUESTIONS, SETTINGS } from '@/questionnaire/questions';
import {
  answerIssue,
  replayProfile,
  start,
  type AnswerIssueMessage,
  type AnswerIssueParams,
} from '@/questionnaire/machine';
import type { AnswerValue, QuestionId } from '@/questionnaire/types';
import { openLink } from '@/share/link-policy';
import { decodeLink, type LinkMessage, type LinkMessageParams } from '@/share/url';
import { loadPublicScenarios } from '../fixtures/scenarios';

/**
 * The core returns codes; every code it can produce has words in both languages. The refusals and
 * link problems below are produced by the core itself (no hand-made messages), and every message
 * key of `AnswerIssueParams` and `LinkMessageParams` must turn up at least once.
 */

function refusals(): AnswerIssueMessage[] {
  const out: AnswerIssueMessage[] = [];
  const states = [start(), ...loadPublicScenarios().map((s) => replayProfile(s.profile).state)];
  const ids = [...FLOW, ...SETTINGS, 'colour' as QuestionId];
  for (const s of states) {
    for (const id of ids) {
      const options = Object.hasOwn(QUESTIONS, id) ? QUESTIONS[id].options : [{ value: 'x' }];
      const values: AnswerValue[] = [[], 'nope', ['nope'], options.map((o) => o.value)];
      for (const o of options) values.push(o.value, [o.value]);
      for (const v of values) {
        const issue = answerIssue(s, id, v);
        if (issue !== null) out.push(issue.message);
      }
    }
  }
  // A replayed link value that earlier answers settle otherwise.
  const stop = replayProfile({ action: 'allow-block', basis: ['app'], traffic: 'forwarded' });
  if (stop.stoppedAt !== null) out.push(stop.stoppedAt.issue.message);
  return out;
}

const BAD_LINKS = [
  '#v=1&protocol=tcpp&basis=app,nope,app&action=Monitor&Action=x',
  '#action=monitor&action=modify&%ZZ=1&=2&protocol=',
  '#v=2&p-layers=zz&p-kind=&r=latest',
  `#${'x'.repeat(3000)}`,
  '#v=1&action=allow-block&basis=app&traffic=forwarded',
  '#v=1&basis=app,,,port&&',
  '#v=1&p-layers=stream,stream',
  '#protocol=tcp&v=1',
];

function linkProblems(): LinkMessage[] {
  return BAD_LINKS.flatMap((link) => [
    ...decodeLink(link).errors.map((e) => e.message),
    ...openLink(link).profileErrors.map((e) => e.message),
  ]);
}

describe('codes of the core have words in both languages', () => {
  const issues = refusals();
  const problems = linkProblems();

  it('every refusal the questionnaire can give is produced and worded', () => {
    const keys: readonly (keyof AnswerIssueParams)[] = [
      'unknown-question',
      'wrong-kind',
      'empty',
      'unknown-value',
      'not-asked',
      'settled-otherwise',
      'not-yet',
      'ruled-out',
      'dead-end',
    ];
    expect(new Set(issues.map((m) => m.key))).toEqual(new Set(keys));
    for (const m of issues) {
      const english = en.answers.issue(m);
      const japanese = ja.answers.issue(m);
      expect(english.trim(), m.key).not.toBe('');
      expect(japanese, m.key).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      expect(japanese).not.toBe(english);
      expect(`${english}${japanese}`).not.toMatch(/undefined|\[object Object\]/);
    }
  });

  it('every link problem the codec and the link policy can report is produced and worded', () => {
    const keys: readonly (keyof LinkMessageParams)[] = [
      'unknown-key',
      'bad-value',
      'repeated-item',
      'duplicate-key',
      'unsupported-version',
      'missing-version',
      'oversized',
      'malformed',
      'empty-parts',
      'empty-items',
      'not-canonical',
      'bad-proposal-value',
      'bad-rules-version',
      'conflict',
    ];
    expect(new Set(problems.map((m) => m.key))).toEqual(new Set(keys));
    for (const m of problems) {
      const english = en.link.error(m);
      const japanese = ja.link.error(m);
      expect(english.trim(), m.key).not.toBe('');
      expect(japanese, m.key).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      expect(japanese).not.toBe(english);
      expect(`${english}${japanese}`).not.toMatch(/undefined|\[object Object\]/);
    }
  });

  it('a refusal names the rule behind it in the language shown', () => {
    const ruledOut = issues.find((m) => m.key === 'ruled-out');
    if (ruledOut?.key !== 'ruled-out') throw new Error('no ruled-out refusal');
    expect(en.answers.issue(ruledOut)).toContain(en.answers.rules[ruledOut.params.rule]);
    expect(ja.answers.issue(ruledOut)).toContain(ja.answers.rules[ruledOut.params.rule]);
  });
});
