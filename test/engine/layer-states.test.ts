import type { LayerId } from '@/knowledge/types';
import { describe, expect, it } from 'vitest';
import { layerStates } from '@/engine/layer-states';
import { recommend } from '@/engine/recommend';
import { LAYERS } from '@/knowledge/layers';
import { makeProfile } from './fixtures';

describe('layerStates', () => {
  it('draws every layer idle when there is no result', () => {
    const states = layerStates(null);
    expect(Object.keys(states).sort()).toEqual(LAYERS.map((l) => l.id).sort());
    expect(new Set(Object.values(states))).toEqual(new Set(['idle']));
  });

  it('marks the primary recommended, companions companion, other workable layers workable, the rest excluded', () => {
    const rec = recommend(
      makeProfile({
        protocol: 'udp',
        direction: 'both',
        moment: 'data',
        basis: ['address', 'port'],
      }),
    );
    const states = layerStates(rec);
    expect(states['ale-auth-connect']).toBe('recommended');
    expect(states['ale-auth-recv-accept']).toBe('companion');
    const otherWorkable = rec.workable.filter(
      (id) => id !== rec.primary && !rec.companions.some((c) => c.layerId === id),
    );
    expect(otherWorkable.length).toBeGreaterThan(0);
    for (const id of otherWorkable) expect(states[id]).toBe('workable');
    for (const e of rec.excluded) {
      if (!rec.companions.some((c) => c.layerId === e.layerId))
        expect(states[e.layerId]).toBe('excluded');
    }
  });

  it('shows a companion as a companion even when it cannot do the task on its own', () => {
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        moment: 'data',
        basis: ['app', 'payload'],
        decider: 'code',
      }),
    );
    expect(layerStates(rec)['ale-flow-established']).toBe('companion');
  });
});

describe('layerStates when no driver of your own may run', () => {
  it('marks no WFP layer recommended and says where the alternative works', async () => {
    const { alternativeLayers } = await import('@/engine/layer-states');
    const rec = recommend(
      makeProfile({
        action: 'modify',
        protocol: 'tcp',
        direction: 'outbound',
        moment: 'data',
        basis: ['payload'],
        decider: 'code',
        'own-driver': 'avoid',
      }),
    );
    expect(rec.verdict).toBe('other-technology');
    expect(rec.primary).not.toBeNull();
    const states = layerStates(rec);
    expect(Object.values(states)).not.toContain('recommended');
    expect(Object.values(states)).not.toContain('companion');
    expect(states[rec.primary as LayerId]).toBe('workable');
    // A packet-diversion driver works on IP packets: outbound here, not at the stream layer a
    // callout of one's own would use (its network layer; wd-doc).
    expect(rec.build.technology?.id).toBe('packet-diversion-driver');
    expect([...alternativeLayers(rec)]).toEqual(['outbound-ippacket']);
    const both = recommend(makeProfile({ ...rec.profile, direction: 'both' }));
    expect(new Set(alternativeLayers(both))).toEqual(
      new Set(['outbound-ippacket', 'inbound-ippacket']),
    );
    const allowed = recommend(makeProfile({ ...rec.profile, 'own-driver': 'allowed' }));
    expect(alternativeLayers(allowed).size).toBe(0);
  });

  it('marks no layer for a technology outside the WFP layers (Policy-based QoS)', async () => {
    const { alternativeLayers } = await import('@/engine/layer-states');
    const rec = recommend(
      makeProfile({
        action: 'shape',
        protocol: 'tcp',
        direction: 'outbound',
        moment: 'data',
        basis: ['app'],
        decider: 'rules',
        'own-driver': 'avoid',
      }),
    );
    expect(rec.verdict).toBe('other-technology');
    expect(alternativeLayers(rec).size).toBe(0);
  });
});
