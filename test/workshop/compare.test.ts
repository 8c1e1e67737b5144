import { describe, expect, it } from 'vitest';
import { COMPARE_ROWS, compareLayers } from '@/engine/compare';
import { getLayer } from '@/knowledge/layers';

describe('layer comparison', () => {
  it('gives every capability row for two layers, with their values in order', () => {
    const c = compareLayers(['stream', 'outbound-ippacket']);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.rows.map((r) => r.id)).toEqual([...COMPARE_ROWS]);
    const identity = c.rows.find((r) => r.id === 'identity')!;
    expect(identity.values).toEqual([['flow-context'], ['none']]);
    expect(identity.differs).toBe(true);
    const injection = c.rows.find((r) => r.id === 'injection')!;
    expect(injection.values[0]).toEqual(getLayer('stream')!.actions.injection);
    expect(injection.values[1]).toEqual(getLayer('outbound-ippacket')!.actions.injection);
  });

  it('marks rows where the layers agree as not differing and keeps shared items', () => {
    const c = compareLayers(['ale-auth-connect', 'ale-auth-recv-accept', 'ale-flow-established']);
    if (!c.ok) throw new Error(c.error);
    const ipsec = c.rows.find((r) => r.id === 'ipsec-filter')!;
    expect(ipsec.differs).toBe(false);
    const conditions = c.rows.find((r) => r.id === 'conditions')!;
    expect(conditions.shared).toContain('FWPM_CONDITION_ALE_APP_ID');
    const block = c.rows.find((r) => r.id === 'callout-block')!;
    expect(block.differs).toBe(true);
  });

  it('refuses fewer than two, more than three, duplicates and unknown layers', () => {
    expect(compareLayers(['stream'])).toEqual({ ok: false, error: 'too-few' });
    expect(compareLayers(['stream', 'ipforward', 'ale-auth-connect', 'datagram-data'])).toEqual({
      ok: false,
      error: 'too-many',
    });
    expect(compareLayers(['stream', 'stream'])).toEqual({ ok: false, error: 'duplicate' });
    expect(compareLayers(['stream', 'nope'])).toEqual({
      ok: false,
      error: 'unknown-layer',
      layerId: 'nope',
    });
  });
});
