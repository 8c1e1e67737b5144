import { describe, expect, it } from 'vitest';
import { layerStates } from '@/engine/layer-states';
import { recommend } from '@/engine/recommend';
import { LAYERS, getLayer } from '@/knowledge/layers';
import { enumerateCompletePaths } from '@/questionnaire/paths';

const SLOW = 120_000;

describe('every questionnaire path', () => {
  it(
    'ends in a valid result whose layers exist and whose states cover the whole stack',
    () => {
      const paths = enumerateCompletePaths();
      expect(paths.length).toBeGreaterThan(0);
      const all = LAYERS.map((l) => l.id).sort();
      const problems: string[] = [];
      for (const { profile } of paths) {
        const rec = recommend(profile);
        const where = JSON.stringify(profile);
        if (rec.primary !== null && getLayer(rec.primary) === undefined) {
          problems.push(`unknown primary ${rec.primary} for ${where}`);
        }
        if (rec.primary === null && rec.verdict !== 'other-technology') {
          problems.push(`no primary but ${rec.verdict} for ${where}`);
        }
        const states = layerStates(rec);
        if (Object.keys(states).sort().join() !== all.join())
          problems.push(`states incomplete for ${where}`);
        if (rec.primary !== null && states[rec.primary] !== 'recommended') {
          problems.push(`primary not drawn as recommended for ${where}`);
        }
        if (problems.length > 20) break;
      }
      expect(problems).toEqual([]);
    },
    SLOW,
  );
});
