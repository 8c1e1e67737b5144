import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidates, narrowingStep, warmCandidates } from '@/engine/candidates';
import { recommend } from '@/engine/recommend';
import { LAYERS } from '@/knowledge/layers';
import type { PartialProfile } from '@/knowledge/vocabulary';
import * as machine from '@/questionnaire/machine';
import type { QuestionnaireState } from '@/questionnaire/types';

const SLOW = 240_000;

/** Settings a user may have chosen before answering (kept small: each is a new search space). */
const SETTING_CHOICES: readonly PartialProfile[] = [
  {},
  { 'min-os': 'win7' },
  { 'own-driver': 'avoid' },
  { 'min-os': 'vista', lifetime: 'boot-time' },
];

/**
 * Answers the current question with the questionnaire's own rules: only options it offers, and a
 * `basis` list of one or more items (picked by the bits of `pick`) that the machine accepts.
 */
function answerOnce(s: QuestionnaireState, pick: number): QuestionnaireState {
  const q = machine.currentQuestion(s);
  if (q === null) return s;
  const opts = q.options.map((o) => o.value);
  if (q.kind === 'multi') {
    const chosen = opts.filter((_, i) => (pick >> i) & 1);
    const first = opts[pick % opts.length] as string;
    const list = chosen.length > 0 ? chosen : [first];
    const next = machine.answer(s, q.id, list);
    return next !== s ? next : machine.answer(s, q.id, [first]);
  }
  return machine.answer(s, q.id, opts[pick % opts.length] as string);
}

/** A random path: settings, then answers one by one until complete. Every state on the way. */
const pathArbitrary = fc
  .tuple(
    fc.constantFrom(...SETTING_CHOICES),
    fc.array(fc.nat({ max: 1 << 20 }), { minLength: 12, maxLength: 12 }),
  )
  .map(([chosen, picks]) => {
    let s = machine.fromProfile(chosen);
    const states: QuestionnaireState[] = [s];
    for (const pick of picks) {
      if (machine.isComplete(s)) break;
      s = answerOnce(s, pick);
      states.push(s);
    }
    return states;
  })
  .filter((states) => machine.isComplete(states[states.length - 1] as QuestionnaireState));

describe('candidates: live narrowing', () => {
  it('leaves every layer idle before the first answer, settings or not', () => {
    for (const chosen of SETTING_CHOICES) {
      const c = candidates(chosen);
      expect(c.started).toBe(false);
      expect(LAYERS.every((l) => c.layers[l.id]?.state === 'idle')).toBe(true);
    }
  });

  it(
    'never dims a layer that some completion of the answers can use, and the final workable set lies inside the last candidate set',
    () => {
      fc.assert(
        fc.property(pathArbitrary, (states) => {
          const final = states[states.length - 1] as QuestionnaireState;
          const profile = machine.toProfile(final);
          if (profile === null) throw new Error('path not complete');
          const rec = recommend(profile);
          // Every earlier state is a partial answer of which `final` is a completion.
          for (const s of states.slice(0, -1)) {
            const c = candidates(machine.profileSoFar(s));
            if (!c.started) continue;
            for (const id of rec.workable) {
              expect(c.layers[id]?.state, `${id} after ${JSON.stringify(s.answers)}`).toBe(
                'candidate',
              );
            }
          }
        }),
        { numRuns: 60 },
      );
    },
    SLOW,
  );

  it(
    'on a complete profile gives exactly the result: workable layers are the candidates, the rest carry its exclusions',
    () => {
      fc.assert(
        fc.property(pathArbitrary, (states) => {
          const final = states[states.length - 1] as QuestionnaireState;
          const rec = recommend(
            machine.toProfile(final) as NonNullable<ReturnType<typeof machine.toProfile>>,
          );
          const c = candidates(machine.profileSoFar(final));
          expect(new Set(c.candidateIds)).toEqual(new Set(rec.workable));
          for (const e of rec.excluded) {
            expect(c.layers[e.layerId]?.state).toBe('excluded');
            expect(c.layers[e.layerId]?.exclusion?.code).toBe(e.code);
          }
        }),
        { numRuns: 60 },
      );
    },
    SLOW,
  );

  it('narrows: an answer never brings a dimmed layer back, and the candidate count falls', () => {
    const a = candidates({ action: 'allow-block' });
    const b = candidates({ action: 'allow-block', basis: ['app'] });
    const c = candidates({ action: 'allow-block', basis: ['app'], protocol: 'tcp' });
    const d = candidates({
      action: 'allow-block',
      basis: ['app'],
      protocol: 'tcp',
      direction: 'outbound',
    });
    for (const [before, after] of [
      [a, b],
      [b, c],
      [c, d],
    ] as const) {
      for (const l of LAYERS) {
        if (before.layers[l.id]?.state === 'excluded')
          expect(after.layers[l.id]?.state).toBe('excluded');
      }
      expect(after.candidateIds.length).toBeLessThanOrEqual(before.candidateIds.length);
    }
    expect(d.candidateIds.length).toBeLessThan(a.candidateIds.length);
    // Outbound only: the inbound ALE authorization is dimmed with the engine's own reason.
    expect(d.layers['ale-auth-recv-accept']?.state).toBe('excluded');
    expect(d.layers['ale-auth-recv-accept']?.exclusion?.code).toBeTruthy();
    const step = narrowingStep(c, d);
    expect(step.ruledOut).toContain('ale-auth-recv-accept');
    expect(step.candidatesAfter).toBe(d.candidateIds.length);
    expect(step.byCode.reduce((n, x) => n + x.count, 0)).toBe(step.ruledOut.length);
  });

  it('names the likely rung once every completion lands on one', () => {
    const c = candidates({
      action: 'allow-block',
      basis: ['app'],
      protocol: 'tcp',
      direction: 'outbound',
      moment: 'connection',
    });
    expect(c.likelyRung).toBe(1);
    expect(c.likelyLayers).toContain('ale-auth-connect');
    expect(candidates({ action: 'allow-block' }).likelyRung).toBeNull();
  });

  it('gives the same answer after warming up a slice at a time', () => {
    const partial: PartialProfile = { action: 'inject', traffic: 'forwarded' };
    let slices = 0;
    for (const _ of warmCandidates(partial, 10)) slices += 1;
    expect(slices).toBeGreaterThan(0);
    const c = candidates(partial);
    expect(c.started).toBe(true);
    expect(c.candidateIds.every((id) => c.layers[id]?.state === 'candidate')).toBe(true);
  });
});
