import { describe, expect, it } from 'vitest';
import { CONDITION_NOTES } from '@/knowledge/condition-notes';
import { CONDITIONS, filterBasisOf, getCondition } from '@/knowledge/conditions';
import { getLayer } from '@/knowledge/layers';
import type { Layer } from '@/knowledge/types';
import { BASIS, MIN_OS } from '@/knowledge/vocabulary';

function layer(id: string): Layer {
  const l = getLayer(id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
}

describe('CONDITIONS', () => {
  it('uses only FWPM_CONDITION_* and FWP_CONDITION_FLAG_* ids', () => {
    for (const c of CONDITIONS)
      expect(c.id).toMatch(/^(FWPM_CONDITION_|FWP_CONDITION_FLAG_)[A-Z0-9_]+$/);
  });

  it('maps every condition to a vocabulary basis item or null, and to a known minimum OS', () => {
    for (const c of CONDITIONS) {
      if (c.basis !== null) expect(BASIS, c.id).toContain(c.basis);
      expect(MIN_OS, c.id).toContain(c.minOs);
      expect(CONDITION_NOTES[c.id].meaning.length, c.id).toBeGreaterThan(5);
    }
  });

  it.each([
    ['FWPM_CONDITION_ALE_APP_ID', 'app'],
    ['FWPM_CONDITION_ALE_USER_ID', 'user'],
    ['FWPM_CONDITION_ALE_PACKAGE_ID', 'package'],
    ['FWPM_CONDITION_ALE_REMOTE_MACHINE_ID', 'remote-identity'],
    ['FWPM_CONDITION_IP_REMOTE_ADDRESS', 'address'],
    ['FWPM_CONDITION_IP_LOCAL_PORT', 'port'],
    ['FWPM_CONDITION_IP_PROTOCOL', 'protocol'],
    ['FWPM_CONDITION_IP_LOCAL_INTERFACE', 'interface'],
    ['FWP_CONDITION_FLAG_IS_LOOPBACK', 'loopback'],
    ['FWPM_CONDITION_ICMP_TYPE', 'icmp-type'],
    ['FWPM_CONDITION_MAC_REMOTE_ADDRESS', 'mac'],
    ['FWPM_CONDITION_ETHER_TYPE', 'ethertype'],
    ['FWPM_CONDITION_VLAN_ID', 'vlan'],
    ['FWPM_CONDITION_VSWITCH_DESTINATION_VM_ID', 'vm'],
    ['FWPM_CONDITION_RPC_IF_UUID', 'rpc-interface'],
    ['FWPM_CONDITION_DIRECTION', null],
  ] as const)('%s lets a filter decide on %s', (id, basis) => {
    expect(getCondition(id)?.basis).toBe(basis);
  });

  it('documents the ICMP type alias in the ICMP_TYPE condition itself', () => {
    expect(CONDITION_NOTES.FWPM_CONDITION_ICMP_TYPE.note).toMatch(/IP_LOCAL_PORT/);
  });

  it('words every condition, and only those (condition-notes.ts)', () => {
    expect(Object.keys(CONDITION_NOTES).sort()).toEqual(CONDITIONS.map((c) => c.id).sort());
  });
});

describe('filterBasisOf', () => {
  it('derives what a plain filter can match at ALE auth connect', () => {
    const basis = filterBasisOf(layer('ale-auth-connect'));
    for (const b of [
      'app',
      'user',
      'package',
      'remote-identity',
      'address',
      'port',
      'protocol',
      'interface',
      'loopback',
    ] as const)
      expect(basis.has(b), b).toBe(true);
    expect(basis.has('payload')).toBe(false);
  });

  it('leaves out conditions the target Windows does not have yet', () => {
    const connect = layer('ale-auth-connect');
    expect(filterBasisOf(connect, 'vista').has('package')).toBe(false);
    expect(filterBasisOf(connect, 'win8').has('package')).toBe(true);
    expect(filterBasisOf(connect, 'vista').has('app')).toBe(true);
    expect(filterBasisOf(layer('rpc-um'), 'win10').has('rpc-interface')).toBe(true);
  });

  it('never includes what only a callout can see', () => {
    for (const id of [
      'stream',
      'datagram-data',
      'inbound-ippacket',
      'outbound-mac-frame-ethernet',
    ]) {
      const basis = filterBasisOf(layer(id));
      for (const b of ['payload', 'transport-header', 'ip-header', 'volume'] as const)
        expect(basis.has(b), `${id} ${b}`).toBe(false);
    }
  });

  it('returns nothing for a layer without conditions', () => {
    expect(filterBasisOf(layer('inbound-transport-fast')).size).toBe(0);
  });
});
