import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layerStates } from '@/engine/layer-states';
import { recommendInWords as recommend } from '@/i18n/word';
import type { Recommendation } from '@/engine/types';
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { filterBasisOf } from '@/knowledge/conditions';
import { LAYERS, getLayer } from '@/knowledge/layers';
import { getSource } from '@/knowledge/sources';
import type { Layer } from '@/knowledge/types';
import { osAtLeast } from '@/knowledge/vocabulary';
import { profileArbitrary } from './fixtures';

const RUNS = { numRuns: 10_000 };
const SLOW = 120_000;

/** Preference rank: the rung (separate paths after rung 5), then the stack order. */
function rank(layer: Layer): readonly [number, number] {
  return [layer.rung ?? 6, layer.stackOrder];
}

function ranksBefore(a: Layer, b: Layer): boolean {
  const [ra, sa] = rank(a);
  const [rb, sb] = rank(b);
  return ra < rb || (ra === rb && sa < sb);
}

function layer(id: string): Layer {
  const found = getLayer(id);
  if (!found) throw new Error(`unknown layer ${id}`);
  return found;
}

function citedSourceIds(rec: Recommendation): string[] {
  return [
    ...rec.companions.flatMap((c) => c.sourceIds),
    ...rec.ipsec.sourceIds,
    ...rec.ipsec.conditions.flatMap((c) => c.sourceIds),
    ...rec.warnings.flatMap((w) => w.sourceIds),
    ...rec.excluded.flatMap((e) => e.sourceIds),
    ...rec.whyNotHigher.flatMap((e) => e.sourceIds),
    ...rec.rationale.flatMap((s) => s.sourceIds),
  ];
}

describe('recommend over the whole profile space', () => {
  it(
    'is total and deterministic',
    () => {
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          // Deep equality without the matcher machinery, which would dominate 10k runs.
          expect(isDeepStrictEqual(recommend(p), recommend(p))).toBe(true);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'puts the primary first among the workable layers, with none ranked above it',
    () => {
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          const rec = recommend(p);
          if (rec.primary === null) {
            expect(rec.workable).toEqual([]);
            expect(rec.verdict).toBe('other-technology');
            return;
          }
          expect(rec.workable[0]).toBe(rec.primary);
          const primary = layer(rec.primary);
          expect(rec.workable.filter((id) => ranksBefore(layer(id), primary))).toEqual([]);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'answers user-mode only when built-in filtering can do the job',
    () => {
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          const rec = recommend(p);
          if (rec.verdict !== 'user-mode') return;
          expect(rec.primary).not.toBeNull();
          const primary = layer(rec.primary ?? '');
          if (rec.profile.action === 'protect') {
            expect(primary.actions.configureIpsec).toBe(true);
            return;
          }
          // Audit-based monitoring and the built-in silent drop still match on the layer's
          // conditions; a layer that sees a single protocol settles `protocol` by itself.
          expect(['allow-block', 'monitor']).toContain(rec.profile.action);
          expect(rec.profile.decider).toBe('rules');
          const offered = filterBasisOf(primary, rec.profile['min-os']);
          for (const item of rec.profile.basis) {
            const settled = item === 'protocol' && primary.sees.protocols.length === 1;
            expect(offered.has(item) || settled, `${item} at ${primary.id}`).toBe(true);
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'never makes flow-established the primary of an allow-block design',
    () => {
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          const rec = recommend(p);
          if (p.action === 'allow-block') expect(rec.primary).not.toBe('ale-flow-established');
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'splits every layer into workable or excluded with a reason',
    () => {
      const all = LAYERS.map((l) => l.id).sort();
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          const rec = recommend(p);
          const unexplained = rec.excluded.filter(
            (e) => e.code.length === 0 || e.reason.trim().length === 0,
          );
          expect(unexplained).toEqual([]);
          expect([...rec.workable, ...rec.excluded.map((e) => e.layerId)].sort()).toEqual(all);
          const excluded = new Set(rec.excluded.map((e) => e.layerId));
          expect(rec.whyNotHigher.every((e) => excluded.has(e.layerId))).toBe(true);
          expect(Object.keys(layerStates(rec)).sort()).toEqual(all);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'picks a primary that is a public layer on the minimum Windows version',
    () => {
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          const rec = recommend(p);
          if (rec.primary === null) return;
          const primary = layer(rec.primary);
          expect(primary.internal).toBe(false);
          expect(primary.minOs).not.toBeNull();
          expect(osAtLeast(p['min-os'], primary.minOs ?? 'win11-22h2')).toBe(true);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'never answers kernel-callout when the product avoids its own driver',
    () => {
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          if (p['own-driver'] === 'avoid') expect(recommend(p).verdict).not.toBe('kernel-callout');
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'gives one of the four IPsec statuses and only known ids',
    () => {
      const alternatives = new Set(ALTERNATIVES.map((a) => a.id));
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          const rec = recommend(p);
          expect(['compatible', 'conditional', 'incompatible', 'not-applicable']).toContain(
            rec.ipsec.status,
          );
          for (const a of rec.alternatives) expect(alternatives.has(a.id)).toBe(true);
          for (const c of rec.companions) expect(getLayer(c.layerId)).toBeDefined();
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'cites only sources that exist',
    () => {
      fc.assert(
        fc.property(profileArbitrary, (p) => {
          const unknown = citedSourceIds(recommend(p)).filter((id) => getSource(id) === undefined);
          expect(unknown).toEqual([]);
        }),
        RUNS,
      );
    },
    SLOW,
  );
});
