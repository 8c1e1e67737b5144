/**
 * Engine accuracy, round two (issue 7, rules 1.5.0). Each block cites the Microsoft page that
 * settles the behaviour and asserts what a user relies on: verdict, primary, companions, IPsec
 * status, warnings, alternatives and the build plan.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { makeProfile } from './fixtures';

type Rec = ReturnType<typeof recommend>;
const warningIds = (rec: Rec) => rec.warnings.map((w) => w.id);
const companionIds = (rec: Rec) => rec.companions.map((c) => `${c.layerId}:${c.role}`);
const alternativeIds = (rec: Rec) => rec.alternatives.map((a) => a.id);

// DESIGN §4: `protocol=tcp,udp` means TCP and UDP only — a TCP slice and a UDP slice, no ICMP.
describe('protocol tcp,udp', () => {
  it('blocks an app’s TCP and UDP outbound with one user-mode filter at ALE auth connect', () => {
    // https://learn.microsoft.com/windows/win32/fwp/ale-layers (connect authorizes TCP and UDP)
    const rec = recommend(makeProfile({ protocol: 'tcp,udp' }));
    expect(rec.verdict).toBe('user-mode');
    expect(rec.primary).toBe('ale-auth-connect');
    expect(rec.companions).toEqual([]);
    expect(rec.build.conditions).toContain('FWPM_CONDITION_ALE_APP_ID');
  });

  it('inspects TCP and UDP payload at stream plus datagram-data', () => {
    // https://learn.microsoft.com/windows-hardware/drivers/network/inspection-points (wdk-insppts)
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        protocol: 'tcp,udp',
        direction: 'both',
        moment: 'data',
        basis: ['payload'],
        decider: 'code',
      }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('stream');
    expect(companionIds(rec)).toEqual(['datagram-data:pair-protocol']);
    expect(rec.companions[0]?.text).toMatch(/UDP/);
    expect(rec.companions[0]?.text).not.toMatch(/ICMP|other/);
  });
});
