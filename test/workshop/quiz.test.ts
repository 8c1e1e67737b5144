import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { QUIZ_ROUND_SIZE, answerKind, gradePick, quizRound } from '@/engine/quiz';
import { WORKSHOP_SCENARIOS, getScenario } from '@/knowledge/scenarios';
import type { Profile } from '@/knowledge/vocabulary';
import { decodeProfile } from '@/share/url';

const recOf = (id: string) => recommend(decodeProfile(getScenario(id)!.link).profile as Profile);

describe('quiz grading', () => {
  it('a pick of the primary with the right kind is right', () => {
    const g = gradePick(
      { layerId: 'ale-auth-connect', kind: 'filter' },
      recOf('block-app-outbound'),
    );
    expect(g).toMatchObject({
      correct: true,
      layerRight: true,
      kindRight: true,
      kind: 'filter-suffices',
    });
    expect(g.layer.code).toBe('primary');
  });

  it('the right layer with the wrong kind is wrong, and says why', () => {
    const g = gradePick({ layerId: 'stream', kind: 'filter' }, recOf('dlp-outbound-http'));
    expect(g).toMatchObject({
      correct: false,
      layerRight: true,
      kindRight: false,
      kind: 'needs-callout',
    });
  });

  it('an excluded layer carries the engine exclusion for that layer', () => {
    const rec = recOf('block-app-outbound');
    const g = gradePick({ layerId: 'outbound-ippacket', kind: 'filter' }, rec);
    expect(g.correct).toBe(false);
    expect(g.layer.code).toBe('excluded');
    const engine = rec.excluded.find((e) => e.layerId === 'outbound-ippacket');
    expect(engine).toBeDefined();
    if (g.layer.code === 'excluded') expect(g.layer.exclusion).toEqual(engine);
    expect(g.answer).toEqual({ primary: 'ale-auth-connect', kind: 'filter', verdict: 'user-mode' });
  });

  it('a companion or a lower workable layer is wrong for its own reason', () => {
    const rec = recOf('monitor-app-tcp');
    const companion = rec.companions[0]!.layerId;
    expect(gradePick({ layerId: companion, kind: 'callout' }, rec).layer.code).toBe('companion');
    const lower = rec.workable.find(
      (id) => id !== rec.primary && !rec.companions.some((c) => c.layerId === id),
    );
    expect(lower).toBeDefined();
    expect(gradePick({ layerId: lower!, kind: 'callout' }, rec).layer.code).toBe('lower-workable');
  });

  it('refuses a recommendation with no layer to pick', () => {
    const rec = recOf('ethertype-win7');
    expect(answerKind(rec)).toBeNull();
    expect(() =>
      gradePick({ layerId: 'inbound-mac-frame-ethernet', kind: 'filter' }, rec),
    ).toThrow();
  });
});

describe('quiz rounds', () => {
  const ids = WORKSHOP_SCENARIOS.map((s) => s.id);

  it('draws eight distinct questions, the same for the same seed', () => {
    const a = quizRound(ids, 42);
    expect(a).toHaveLength(QUIZ_ROUND_SIZE);
    expect(new Set(a).size).toBe(QUIZ_ROUND_SIZE);
    expect(quizRound(ids, 42)).toEqual(a);
    expect(quizRound(ids, 43)).not.toEqual(a);
    for (const id of a) expect(ids).toContain(id);
  });

  it('never draws more questions than there are', () => {
    expect(quizRound(['a', 'b', 'c'], 1)).toHaveLength(3);
  });
});
