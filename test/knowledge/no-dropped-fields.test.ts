/**
 * No silently dropped fields: the layer builder and the profile normalizer pass
 * every field on by one spread, so a field added to `Layer` or `Profile` arrives at run time.
 */
import { describe, expect, it } from 'vitest';
import { normalizeProfile } from '@/engine/task';
import { L, LAYERS, fwpsNamesOf, getLayer, type OwnFields } from '@/knowledge/layers';
import type { Profile } from '@/knowledge/vocabulary';
import { makeProfile } from '../engine/fixtures';

describe('layer records', () => {
  it('keep a field the builder has never heard of', () => {
    const stream = getLayer('stream');
    expect(stream).toBeDefined();
    // A new optional Layer field, as a later change would add it.
    const own = { ...stream, futureField: { note: 'arrives' } } as OwnFields<object>;
    const built = L({ mode: 'kernel', internal: false }, own) as unknown as Record<string, unknown>;
    expect(built.futureField).toEqual({ note: 'arrives' });
    expect(built.sees).toBe(stream?.sees);
  });

  it('derive FWPS ids from FWPM names where the SDK rule holds, and keep an explicit list', () => {
    // https://learn.microsoft.com/windows-hardware/drivers/network/management-filtering-layer-identifiers
    // and .../run-time-filtering-layer-identifiers: FWPS_LAYER_X is the run-time id of FWPM_LAYER_X.
    for (const layer of LAYERS.filter((l) => l.fwps.length > 0)) {
      expect(layer.fwps).toEqual(fwpsNamesOf(layer.fwpm));
    }
    const own = { ...getLayer('stream'), fwps: ['FWPS_LAYER_SOMETHING_ELSE'] } as OwnFields<object>;
    expect(L({}, own).fwps).toEqual(['FWPS_LAYER_SOMETHING_ELSE']);
  });
});

describe('normalizeProfile', () => {
  it('keeps a profile key it has never heard of', () => {
    const input = { ...makeProfile(), futureKey: 'kept' } as Profile;
    expect((normalizeProfile(input) as unknown as Record<string, unknown>).futureKey).toBe('kept');
  });

  it('still fills defaults and drops the keys the questionnaire would skip', () => {
    const out = normalizeProfile(
      makeProfile({ traffic: 'forwarded', 'redirect-to': 'local-proxy', lifetime: undefined }),
    );
    expect(out.moment).toBeUndefined();
    expect(out['redirect-to']).toBeUndefined();
    expect(out.lifetime).toBe('persistent');
    expect(out['own-driver']).toBe('allowed');
  });
});
