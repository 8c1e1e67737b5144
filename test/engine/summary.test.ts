import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { mustKnows, MUST_KNOW_MAX } from '@/engine/summary';
import { settingRelevance, SETTING_KEYS } from '@/engine/setting-relevance';
import { VOCABULARY } from '@/knowledge/vocabulary';
import { makeProfile, profileArbitrary } from './fixtures';

const SEVERITY = { critical: 0, warning: 1, info: 2 } as const;

describe('mustKnows: the ten-second card', () => {
  it('holds at most five items, most severe first, each pointing at something the result holds', () => {
    fc.assert(
      fc.property(profileArbitrary, (p) => {
        const rec = recommend(p);
        const items = mustKnows(rec);
        expect(items.length).toBeLessThanOrEqual(MUST_KNOW_MAX);
        for (let i = 1; i < items.length; i += 1) {
          expect(SEVERITY[items[i - 1]!.severity]).toBeLessThanOrEqual(
            SEVERITY[items[i]!.severity],
          );
        }
        for (const item of items) {
          if (item.kind === 'warning')
            expect(rec.warnings.some((w) => w.id === item.id)).toBe(true);
          if (item.kind === 'consideration')
            expect(rec.considerations.some((c) => c.id === item.id)).toBe(true);
          if (item.kind === 'ipsec') expect(rec.ipsec.emphasis).toBe('loud');
        }
        // Every critical warning is on the card unless five more severe items fill it.
        const critical = rec.warnings.filter((w) => w.severity === 'critical');
        if (items.length < MUST_KNOW_MAX)
          for (const w of critical) expect(items.some((i) => i.id === w.id)).toBe(true);
        // The verdict-explaining considerations are never must-knows.
        expect(items.some((i) => i.id === 'user-mode-first' || i.id === 'highest-layer')).toBe(
          false,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('puts a loud IPsec alert first', () => {
    const rec = recommend(
      makeProfile({
        action: 'modify',
        traffic: 'forwarded',
        protocol: 'any-ip',
        direction: 'both',
        basis: ['ip-header'],
        decider: 'code',
        ipsec: 'in-use',
      }),
    );
    expect(rec.ipsec.emphasis).toBe('loud');
    expect(mustKnows(rec)[0]?.kind).toBe('ipsec');
    const transport = recommend(
      makeProfile({
        action: 'inject',
        protocol: 'tcp',
        direction: 'outbound',
        moment: 'data',
        basis: ['transport-header'],
        decider: 'code',
      }),
    );
    const ids = mustKnows(transport).map((i) => i.id);
    expect(transport.considerations.map((c) => c.id)).toContain('tcp-injection-needs-dpc');
    expect(ids).toContain('tcp-injection-needs-dpc');
  });
});

describe('settingRelevance: settings that can change the result', () => {
  it('is true exactly when some value of the setting changes what recommend returns', () => {
    fc.assert(
      fc.property(profileArbitrary, (p) => {
        const rel = settingRelevance(p);
        const strip = (r: ReturnType<typeof recommend>) => JSON.stringify({ ...r, profile: null });
        const base = strip(recommend(p));
        for (const k of SETTING_KEYS) {
          const changes = VOCABULARY[k].some((v) => strip(recommend({ ...p, [k]: v })) !== base);
          expect(rel[k], k).toBe(changes);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('says fail-open/closed cannot matter when no driver is built', () => {
    const p = makeProfile({
      protocol: 'tcp',
      direction: 'outbound',
      moment: 'connection',
      basis: ['app'],
    });
    expect(recommend(p).verdict).toBe('user-mode');
    expect(settingRelevance(p).fail).toBe(false);
    const callout = makeProfile({
      action: 'modify',
      protocol: 'tcp',
      direction: 'outbound',
      moment: 'data',
      basis: ['payload'],
      decider: 'code',
    });
    expect(recommend(callout).verdict).toBe('kernel-callout');
    expect(settingRelevance(callout).fail).toBe(true);
  });
});
