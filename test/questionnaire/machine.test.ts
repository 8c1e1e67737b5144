import { describe, expect, it } from 'vitest';
import { CONSTRAINT_DEFAULTS, type PartialProfile } from '@/knowledge/vocabulary';
import {
  answer,
  answeredQuestions,
  answerIssue,
  back,
  currentQuestion,
  fromProfile,
  getQuestion,
  isComplete,
  profileSoFar,
  replayProfile,
  settings,
  settledQuestions,
  start,
  toProfile,
} from '@/questionnaire/machine';
import { SETTINGS } from '@/questionnaire/questions';
import type { AnswerValue, QuestionId, QuestionnaireState } from '@/questionnaire/types';

/** Answers in order, failing loudly when the machine refuses one (so tests never pass vacuously). */
function answerAll(
  steps: readonly (readonly [QuestionId, AnswerValue])[],
  from: QuestionnaireState = start(),
): QuestionnaireState {
  return steps.reduce((s, [id, value]) => {
    const next = answer(s, id, value);
    if (next === s) {
      throw new Error(`refused ${id}=${String(value)}: ${answerIssue(s, id, value)?.code}`);
    }
    return next;
  }, from);
}

const EXPERT = [
  ['action', 'allow-block'],
  ['basis', ['app']],
  ['protocol', 'tcp'],
  ['direction', 'outbound'],
  ['moment', 'connection'],
  ['decider', 'rules'],
] as const;

const SETTING_DEFAULTS = { ipsec: 'unknown', 'min-os': 'win10', ...CONSTRAINT_DEFAULTS } as const;

function options(s: QuestionnaireState): readonly string[] {
  return currentQuestion(s)?.options.map((o) => o.value) ?? [];
}

describe('start and the expert path', () => {
  it('starts with the action question, incomplete and without a profile', () => {
    const s = start();
    expect(currentQuestion(s)?.id).toBe('action');
    expect(isComplete(s)).toBe(false);
    expect(toProfile(s)).toBeNull();
    expect(answeredQuestions(s)).toEqual([]);
  });

  it('lets an expert block an app’s outbound connections in six answers', () => {
    const s = answerAll(EXPERT);
    expect(EXPERT).toHaveLength(6);
    expect(isComplete(s)).toBe(true);
    expect(toProfile(s)).toEqual({
      action: 'allow-block',
      traffic: 'local',
      protocol: 'tcp',
      direction: 'outbound',
      moment: 'connection',
      basis: ['app'],
      decider: 'rules',
      ...SETTING_DEFAULTS,
    });
  });

  it('settles traffic=local from app identity instead of asking it', () => {
    const s = answerAll(EXPERT.slice(0, 2));
    expect(currentQuestion(s)?.id).toBe('protocol');
    expect(settledQuestions(s).map((q) => [q.question.id, q.value])).toEqual([
      ['traffic', 'local'],
    ]);
    expect(answeredQuestions(s).map((q) => q.question.id)).toEqual(['action', 'basis']);
  });

  it('asks the traffic question when the basis does not settle it', () => {
    const s = answerAll([
      ['action', 'allow-block'],
      ['basis', ['address']],
    ]);
    expect(currentQuestion(s)?.id).toBe('traffic');
    expect(options(s)).toEqual(['local', 'forwarded', 'vswitch', 'l2']);
  });

  it('returns the same question object for the same state', () => {
    const s = answerAll(EXPERT.slice(0, 3));
    expect(currentQuestion(s)).toBe(currentQuestion(s));
    expect(answeredQuestions(s)).toBe(answeredQuestions(s));
  });
});

describe('invalid events return the same state object', () => {
  const afterBasis = answerAll(EXPERT.slice(0, 2));
  const forwarded = answerAll([
    ['action', 'allow-block'],
    ['basis', ['address']],
    ['traffic', 'forwarded'],
    ['protocol', 'udp'],
  ]);
  const cases: readonly [string, QuestionnaireState, QuestionId, AnswerValue, string][] = [
    ['a question that is not current yet', start(), 'protocol', 'tcp', 'not-yet'],
    [
      'a question id that does not exist',
      start(),
      'colour' as QuestionId,
      'red',
      'unknown-question',
    ],
    ['a value the question does not have', start(), 'action', 'destroy', 'unknown-value'],
    ['an empty multi-choice', answerAll(EXPERT.slice(0, 1)), 'basis', [], 'empty'],
    ['one string for a multi-choice', answerAll(EXPERT.slice(0, 1)), 'basis', 'app', 'wrong-kind'],
    ['a list for a single choice', start(), 'action', ['monitor'], 'wrong-kind'],
    ['redirect-to when not redirecting', afterBasis, 'redirect-to', 'local-proxy', 'not-asked'],
    ['traffic once app identity settled it', afterBasis, 'traffic', 'forwarded', 'not-asked'],
    ['moment for forwarded traffic', forwarded, 'moment', 'data', 'not-asked'],
    ['a setting value that does not exist', start(), 'ipsec', 'maybe', 'unknown-value'],
    [
      'listen for UDP',
      answerAll([...EXPERT.slice(0, 2), ['protocol', 'udp'], ['direction', 'inbound']]),
      'moment',
      'listen',
      'ruled-out',
    ],
    [
      'app identity together with a VM',
      answerAll(EXPERT.slice(0, 1)),
      'basis',
      ['app', 'vm'],
      'dead-end',
    ],
  ];

  it.each(cases)('refuses %s', (_, s, id, value, code) => {
    expect(answer(s, id, value)).toBe(s);
    expect(answerIssue(s, id, value)?.code).toBe(code);
  });

  it('returns the same state when an answer changes nothing', () => {
    const s = answerAll(EXPERT);
    expect(answer(s, 'protocol', 'tcp')).toBe(s);
    expect(answer(s, 'basis', ['app'])).toBe(s);
  });

  it('explains a refusal with the rule behind it', () => {
    const s = answerAll([...EXPERT.slice(0, 2), ['protocol', 'udp'], ['direction', 'inbound']]);
    const refusal = answerIssue(s, 'moment', 'listen');
    expect(refusal?.ruleIds).toEqual(['only-tcp-listens']);
    expect(refusal?.message).toEqual({
      key: 'ruled-out',
      params: { question: 'moment', value: 'listen', rule: 'only-tcp-listens' },
    });
  });

  it('names the clashing rules when a basis combination leaves no traffic kind', () => {
    const refusal = answerIssue(answerAll(EXPERT.slice(0, 1)), 'basis', ['app', 'vm']);
    expect(refusal?.ruleIds).toEqual(
      expect.arrayContaining(['identity-needs-a-local-socket', 'vm-is-known-on-the-switch']),
    );
  });
});

describe('skip rules', () => {
  it.each(['forwarded', 'vswitch', 'l2'])('never asks the moment for %s traffic', (traffic) => {
    const s = answerAll([
      ['action', 'monitor'],
      ['basis', ['interface']],
      ['traffic', traffic],
      ['protocol', 'any-ip'],
      ['direction', 'both'],
    ]);
    expect(currentQuestion(s)?.id).toBe('decider');
    const done = answer(s, 'decider', 'rules');
    expect(isComplete(done)).toBe(true);
    expect(toProfile(done)).not.toHaveProperty('moment');
  });

  it('asks where to redirect only when redirecting, right after the action', () => {
    expect(currentQuestion(answerAll([['action', 'redirect']]))?.id).toBe('redirect-to');
    expect(currentQuestion(answerAll([['action', 'modify']]))?.id).toBe('basis');
    const profile = toProfile(answerAll(EXPERT));
    expect(profile).not.toHaveProperty('redirect-to');
  });

  it('offers "answer what arrives" only to products that send traffic', () => {
    const at = (action: string) =>
      options(
        answerAll([
          ['action', action],
          ['basis', ['address']],
          ['traffic', 'local'],
          ['protocol', 'icmp'],
        ]),
      );
    expect(at('inject')).toContain('turnaround');
    expect(at('modify')).toContain('turnaround');
    expect(at('allow-block')).not.toContain('turnaround');
    expect(at('monitor')).not.toContain('turnaround');
  });

  it('offers listen only for inbound TCP', () => {
    const at = (protocol: string, direction: string) =>
      options(answerAll([...EXPERT.slice(0, 2), ['protocol', protocol], ['direction', direction]]));
    expect(at('tcp', 'inbound')).toContain('listen');
    expect(at('tcp', 'outbound')).not.toContain('listen');
    expect(at('udp', 'inbound')).not.toContain('listen');
  });

  it('offers only packet moments for ICMP errors', () => {
    const s = answerAll([...EXPERT.slice(0, 1), ['basis', ['icmp-type']], ['traffic', 'local']]);
    expect(options(s)).toEqual(['icmp', 'icmp-error', 'any-ip']);
    const t = answerAll(
      [
        ['protocol', 'icmp-error'],
        ['direction', 'outbound'],
      ],
      s,
    );
    expect(options(t)).toEqual(['data', 'discard']);
  });

  it('offers only the traffic kinds that carry Ethernet fields, and settles VM traffic', () => {
    const mac = answerAll([
      ['action', 'allow-block'],
      ['basis', ['ethertype']],
    ]);
    expect(options(mac)).toEqual(['vswitch', 'l2']);
    const vm = answerAll([
      ['action', 'allow-block'],
      ['basis', ['vm']],
    ]);
    expect(settledQuestions(vm).map((q) => [q.question.id, q.value])).toEqual([
      ['traffic', 'vswitch'],
    ]);
  });

  it('offers non-IP frames only for layer-2 and VM traffic', () => {
    const at = (traffic: string) =>
      options(
        answerAll([
          ['action', 'monitor'],
          ['basis', ['interface']],
          ['traffic', traffic],
        ]),
      );
    expect(at('local')).not.toContain('non-ip');
    expect(at('forwarded')).not.toContain('non-ip');
    expect(at('l2')).toContain('non-ip');
    expect(at('vswitch')).toContain('non-ip');
  });

  it('leaves out basis items the earlier answers rule out', () => {
    const local = answerAll([
      ['action', 'redirect'],
      ['redirect-to', 'local-endpoint'],
    ]);
    expect(options(local)).not.toContain('mac');
    expect(options(local)).not.toContain('vm');
    expect(options(local)).toContain('app');
    const protect = answerAll([['action', 'protect']]);
    expect(options(protect)).not.toContain('payload');
    expect(options(protect)).toContain('remote-identity');
  });

  it('offers ports only with protocols that have them', () => {
    const s = answerAll([
      ['action', 'allow-block'],
      ['basis', ['port']],
      ['traffic', 'forwarded'],
    ]);
    expect(options(s)).toEqual(['tcp', 'udp', 'any-ip', 'tcp,udp']);
  });
});

describe('re-answering an earlier question', () => {
  it('keeps later answers that still fit', () => {
    const s = answer(answerAll(EXPERT), 'protocol', 'udp');
    expect(isComplete(s)).toBe(true);
    expect(toProfile(s)).toMatchObject({ protocol: 'udp', moment: 'connection', decider: 'rules' });
  });

  it('drops the later answers the new answer rules out and asks them again', () => {
    const s = answer(answerAll(EXPERT), 'protocol', 'icmp-error');
    expect(currentQuestion(s)?.id).toBe('moment');
    expect(s.answers).not.toHaveProperty('moment');
    expect(s.answers).toMatchObject({ direction: 'outbound', decider: 'rules' });
    expect(options(s)).toEqual(['data', 'discard']);
  });

  it('asks a question the new answer opens, keeping the later answers', () => {
    const s = answer(answerAll(EXPERT), 'basis', ['address']);
    expect(currentQuestion(s)?.id).toBe('traffic');
    expect(s.answers).toMatchObject({ protocol: 'tcp', direction: 'outbound', decider: 'rules' });
    const local = answer(s, 'traffic', 'local');
    expect(isComplete(local)).toBe(true);
    expect(toProfile(local)).toMatchObject({ basis: ['address'], moment: 'connection' });
  });

  it('drops answers to questions the new answer skips', () => {
    const s = answer(answerAll(EXPERT), 'basis', ['address']);
    const routed = answer(s, 'traffic', 'forwarded');
    expect(isComplete(routed)).toBe(true);
    expect(routed.answers).not.toHaveProperty('moment');
    expect(toProfile(routed)).not.toHaveProperty('moment');
  });

  it('asks where to redirect when the action becomes redirect', () => {
    const s = answer(answerAll(EXPERT), 'action', 'redirect');
    expect(currentQuestion(s)?.id).toBe('redirect-to');
    const done = answer(s, 'redirect-to', 'local-proxy');
    expect(toProfile(done)).toMatchObject({
      action: 'redirect',
      'redirect-to': 'local-proxy',
      basis: ['app'],
      moment: 'connection',
    });
  });

  it('drops a redirect target once the action is no longer redirect', () => {
    const redirect = answerAll([
      ['action', 'redirect'],
      ['redirect-to', 'local-proxy'],
      ...EXPERT.slice(1),
    ]);
    const s = answer(redirect, 'action', 'allow-block');
    expect(s.answers).not.toHaveProperty('redirect-to');
    expect(isComplete(s)).toBe(true);
  });

  it('lists basis items in vocabulary order without repeats', () => {
    const s = answerAll([
      ['action', 'allow-block'],
      ['basis', ['port', 'app', 'port']],
    ]);
    expect(s.answers.basis).toEqual(['app', 'port']);
  });
});

describe('back and start over', () => {
  it('steps back one answered question at a time, skipping settled ones', () => {
    let s = answerAll(EXPERT);
    const seen: (QuestionId | undefined)[] = [];
    for (let i = 0; i < EXPERT.length; i += 1) {
      s = back(s);
      seen.push(currentQuestion(s)?.id);
    }
    expect(seen).toEqual(['decider', 'moment', 'direction', 'protocol', 'basis', 'action']);
    expect(s.answers).toEqual({});
  });

  it('returns the same state when there is nothing to go back to', () => {
    const s = start();
    expect(back(s)).toBe(s);
  });

  it('keeps settings when stepping back', () => {
    const s = answer(answerAll(EXPERT), 'ipsec', 'in-use');
    expect(back(s).answers.ipsec).toBe('in-use');
  });

  it('starts with no answers, settings at their defaults', () => {
    expect(start().answers).toEqual({});
    expect(currentQuestion(start())?.id).toBe('action');
    expect(settings(start()).every((x) => x.isDefault)).toBe(true);
  });
});

describe('settings', () => {
  it('are never the current question and can be changed at any time', () => {
    const s = answer(start(), 'min-os', 'win7');
    expect(s).not.toBe(start());
    expect(currentQuestion(s)?.id).toBe('action');
    const done = answerAll(EXPERT, s);
    expect(toProfile(done)).toMatchObject({ 'min-os': 'win7', ipsec: 'unknown' });
    expect(toProfile(answer(done, 'own-driver', 'avoid'))).toMatchObject({ 'own-driver': 'avoid' });
  });

  it('report their value and whether it is the default', () => {
    const s = answer(start(), 'ipsec', 'in-use');
    const byId = Object.fromEntries(settings(s).map((x) => [x.question.id, x]));
    expect(byId.ipsec).toMatchObject({ value: 'in-use', isDefault: false });
    expect(byId['min-os']).toMatchObject({ value: 'win10', isDefault: true });
    expect(settings(s).map((x) => x.question.id)).toEqual([
      'ipsec',
      'min-os',
      'own-driver',
      'lifetime',
      'fail',
      'precedence',
    ]);
  });

  it.each(SETTINGS)('offers every option of %s at any time', (id) => {
    for (const { value } of getQuestion(id).options) {
      const s = answer(start(), id, value);
      expect(s).not.toBe(start());
      expect(settings(s).find((x) => x.question.id === id)).toMatchObject({
        value,
        isDefault: false,
      });
    }
  });

  it('have the documented defaults', () => {
    for (const [id, value] of Object.entries(SETTING_DEFAULTS)) {
      expect(getQuestion(id as QuestionId).defaultValue).toBe(value);
    }
  });
});

describe('fromProfile', () => {
  const full = toProfile(answerAll(EXPERT));

  it('rebuilds a complete state from a complete profile', () => {
    expect(full).not.toBeNull();
    const s = fromProfile(full as PartialProfile);
    expect(isComplete(s)).toBe(true);
    expect(toProfile(s)).toEqual(full);
  });

  it('ignores keys that the path skips or settles to the same value', () => {
    const replay = replayProfile({
      action: 'allow-block',
      traffic: 'forwarded',
      protocol: 'any-ip',
      direction: 'both',
      moment: 'data',
      basis: ['address'],
      decider: 'rules',
      'redirect-to': 'local-proxy',
    });
    expect(isComplete(replay.state)).toBe(true);
    expect(replay.ignored).toEqual(['redirect-to', 'moment']);
    expect(replay.stoppedAt).toBeNull();
    expect(toProfile(replay.state)).not.toHaveProperty('moment');
    expect(replayProfile({ action: 'monitor', basis: ['app'], traffic: 'local' }).ignored).toEqual([
      'traffic',
    ]);
  });

  it('stops at a value the path cannot take, and the first open question becomes current', () => {
    const replay = replayProfile({
      action: 'allow-block',
      basis: ['app'],
      protocol: 'udp',
      direction: 'inbound',
      moment: 'listen',
      decider: 'rules',
      ipsec: 'in-use',
    });
    expect(replay.stoppedAt?.id).toBe('moment');
    expect(replay.stoppedAt?.issue.code).toBe('ruled-out');
    expect(replay.unread).toEqual(['decider']);
    expect(currentQuestion(replay.state)?.id).toBe('moment');
    expect(replay.state.answers).not.toHaveProperty('decider');
    expect(replay.state.answers.ipsec).toBe('in-use');
  });

  it('stops where a settled key disagrees with the earlier answers', () => {
    const replay = replayProfile({ action: 'allow-block', basis: ['app'], traffic: 'forwarded' });
    expect(replay.stoppedAt?.id).toBe('traffic');
    expect(currentQuestion(replay.state)?.id).toBe('protocol');
  });

  it('resumes a partial profile at the first open question', () => {
    const s = fromProfile({ action: 'monitor', basis: ['payload'], direction: 'inbound' });
    expect(currentQuestion(s)?.id).toBe('traffic');
    expect(s.answers).toEqual({ action: 'monitor', basis: ['payload'] });
    expect(fromProfile({})).toEqual(start());
  });
});

describe('answeredQuestions', () => {
  it('lists the answered questions in asking order with the options open when asked', () => {
    const s = answerAll([
      ['action', 'allow-block'],
      ['basis', ['port']],
      ['traffic', 'local'],
      ['protocol', 'udp'],
    ]);
    const answered = answeredQuestions(s);
    expect(answered.map((a) => [a.question.id, a.value])).toEqual([
      ['action', 'allow-block'],
      ['basis', ['port']],
      ['traffic', 'local'],
      ['protocol', 'udp'],
    ]);
    expect(answered[3]?.question.options.map((o) => o.value)).toEqual([
      'tcp',
      'udp',
      'any-ip',
      'tcp,udp',
    ]);
  });
});

describe('profileSoFar', () => {
  it('holds the answers, the settled values and the chosen settings, in vocabulary order', () => {
    const s = answer(answerAll(EXPERT.slice(0, 3)), 'min-os', 'win8');
    const p = profileSoFar(s);
    expect(p).toEqual({
      action: 'allow-block',
      traffic: 'local',
      protocol: 'tcp',
      basis: ['app'],
      'min-os': 'win8',
    });
    expect(Object.keys(p)).toEqual(['action', 'traffic', 'protocol', 'basis', 'min-os']);
  });

  it('reopens as the same state', () => {
    const s = answerAll(EXPERT.slice(0, 4));
    expect(fromProfile(profileSoFar(s)).answers).toEqual(s.answers);
  });
});
