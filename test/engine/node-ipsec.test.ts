import { describe, expect, it } from 'vitest';
import { citedSources } from '@/engine/cited-sources';
import { nodeIpsecStatus, type NodeIpsecInput } from '@/engine/node-ipsec';
import { recommend } from '@/engine/recommend';
import { getLayer } from '@/knowledge/layers';
import { getSource } from '@/knowledge/sources';
import type { InjectionId, Layer, LayerId } from '@/knowledge/types';
import { loadPublicScenarios } from './fixtures';

function layer(id: string): Layer {
  const found = getLayer(id);
  if (found === undefined) throw new Error(`no layer ${id}`);
  return found;
}

/** A kernel-callout design at `primary` that calls the given injection functions. */
function callout(primary: LayerId, injection: readonly InjectionId[]): NodeIpsecInput {
  return {
    primary,
    verdict: 'kernel-callout',
    ipsec: { status: 'conditional' },
    build: { injection },
  };
}

describe('IPsec status on a diagram node', () => {
  const datagram = layer('datagram-data');

  it('shows the callout status of each layer before there is a result', () => {
    expect(nodeIpsecStatus(datagram, null)).toBe(datagram.ipsec.callout);
  });

  it("shows the design's own status on the recommended layer", () => {
    const rec = { ...callout('datagram-data', []), ipsec: { status: 'incompatible' as const } };
    expect(nodeIpsecStatus(datagram, rec)).toBe('incompatible');
  });

  it('shows the plain-filter status everywhere for a user-mode design', () => {
    const rec: NodeIpsecInput = { ...callout('ale-auth-connect', []), verdict: 'user-mode' };
    expect(nodeIpsecStatus(datagram, rec)).toBe(datagram.ipsec.userModeFilter);
  });

  it('shows the receive-injecting status where one is recorded, for a design that injects into the IP receive path', () => {
    expect(datagram.ipsec.calloutReceiveInjecting).toBe('conditional');
    expect(datagram.ipsec.callout).toBe('compatible');
    for (const fn of [
      'FwpsInjectTransportReceiveAsync0',
      'FwpsInjectNetworkReceiveAsync0',
    ] as const) {
      expect(nodeIpsecStatus(datagram, callout('inbound-ippacket', [fn])), fn).toBe('conditional');
    }
  });

  it('keeps the plain callout status for injection outside the IP receive path', () => {
    for (const fn of ['FwpsInjectMacReceiveAsync0', 'FwpsInjectTransportSendAsync1'] as const) {
      expect(nodeIpsecStatus(datagram, callout('inbound-ippacket', [fn])), fn).toBe('compatible');
    }
  });

  it("shows another technology's result on no layer of its own", () => {
    const rec: NodeIpsecInput = { ...callout('datagram-data', []), verdict: 'other-technology' };
    expect(nodeIpsecStatus(datagram, rec)).toBe(datagram.ipsec.callout);
  });
});

describe('sources a result cites', () => {
  it('lists every cited source once, each a known source, the rationale first', () => {
    for (const { profile } of loadPublicScenarios()) {
      const rec = recommend(profile);
      const ids = citedSources(rec);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(getSource(id), id).toBeDefined();
      const first = rec.rationale.flatMap((s) => s.sourceIds);
      expect(ids.slice(0, new Set(first).size)).toEqual([...new Set(first)]);
      for (const w of rec.warnings) for (const id of w.sourceIds) expect(ids).toContain(id);
    }
  });
});
