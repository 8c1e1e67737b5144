import { describe, expect, it } from 'vitest';
import { getLayer } from '@/knowledge/layers';
import { LAYER_NOTES } from '@/knowledge/layer-notes';
import { WORKSHOP_PATHS, pathSteps, type DataStart } from '@/knowledge/packet-paths';
import { SOURCES } from '@/knowledge/sources';
import { PACKET_PATHS } from '@/knowledge/stack';

/** How the layer record's own words say each place where the data starts. */
const SAYS: Readonly<Record<DataStart, RegExp>> = {
  'bind-request': /FWPS_BIND_REQUEST0/,
  'connect-request': /FWPS_CONNECT_REQUEST0/,
  'no-packet': /no packet/i,
  'stream-bytes': /stream bytes/,
  'transport-header': /(start of|starting at) the transport header/i,
  'after-transport-header': /after the transport header/,
  'icmp-header': /ICMP header/,
  'inner-ip-header': /inner\) IP header/,
  'ip-header': /IP header/,
  'mac-header': /(MAC|Ethernet) header/,
  'where-stopped': /stopped processing/,
};

function isSubsequence(inner: readonly string[], outer: readonly string[]): boolean {
  let i = 0;
  for (const id of outer) if (id === inner[i]) i++;
  return i === inner.length;
}

describe('workshop packet paths', () => {
  it('offers the flows issue 11 names', () => {
    expect(WORKSHOP_PATHS.map((p) => p.id)).toEqual([
      'tcp-connect',
      'tcp-accept',
      'tcp-send',
      'tcp-receive',
      'udp-send-first',
      'udp-receive-first',
      'udp-closed-port',
      'icmp-error-in',
      'forwarded',
      'loopback-connect',
      'vswitch-frame',
    ]);
  });

  it('keeps the documented traversal order of the knowledge base', () => {
    for (const path of WORKSHOP_PATHS) {
      const steps = path.steps.map((s) => s.layerId);
      for (const id of path.basedOn) {
        const known = PACKET_PATHS.find((p) => p.id === id);
        expect(known, `${path.id} based on ${id}`).toBeDefined();
        const inPath = known!.steps.filter((s) => steps.includes(s));
        expect(isSubsequence(inPath, steps), `${path.id} vs ${id}`).toBe(true);
      }
    }
    // The single-source paths carry every documented step.
    const single = WORKSHOP_PATHS.filter((p) => p.basedOn.length === 1);
    for (const path of single) {
      const known = PACKET_PATHS.find((p) => p.id === path.basedOn[0])!;
      expect(
        isSubsequence(
          known.steps,
          path.steps.map((s) => s.layerId),
        ),
        path.id,
      ).toBe(true);
    }
  });

  it('says where the data starts as the layer record says it', () => {
    for (const path of WORKSHOP_PATHS) {
      for (const s of path.steps) {
        const layer = getLayer(s.layerId);
        expect(layer, s.layerId).toBeDefined();
        expect(LAYER_NOTES[layer!.id].dataStarts, `${path.id} ${s.layerId}`).toMatch(
          SAYS[s.dataStart],
        );
      }
    }
  });

  it('cites known sources and marks the inferred steps with a reason', () => {
    const known = new Set(SOURCES.map((s) => s.id));
    for (const path of WORKSHOP_PATHS) {
      for (const s of path.steps) {
        expect(s.sourceIds.length).toBeGreaterThan(0);
        for (const id of s.sourceIds) expect(known.has(id), `${path.id}: ${id}`).toBe(true);
      }
      const inferred = path.steps.filter((s) => s.confidence === 'inferred');
      // Every path with inferred steps says why on at least one of them.
      if (inferred.length > 0)
        expect(
          inferred.some((s) => s.note !== undefined),
          path.id,
        ).toBe(true);
    }
    // The knowledge base's inferred walks stay inferred here.
    for (const path of WORKSHOP_PATHS) {
      for (const id of path.basedOn) {
        if (PACKET_PATHS.find((p) => p.id === id)?.confidence === 'inferred') {
          expect(
            path.steps.some((s) => s.confidence === 'inferred'),
            path.id,
          ).toBe(true);
        }
      }
    }
  });

  it('numbers the steps and reads unit and app identity from the layer', () => {
    const connect = pathSteps(WORKSHOP_PATHS[0]!);
    expect(connect.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(connect[3]).toMatchObject({ layerId: 'ale-auth-connect', identity: 'condition' });
    expect(connect[5]).toMatchObject({
      layerId: 'outbound-ippacket',
      unit: 'packet',
      identity: 'none',
    });
    const send = pathSteps(WORKSHOP_PATHS.find((p) => p.id === 'tcp-send')!);
    expect(send[0]).toMatchObject({ layerId: 'stream', unit: 'stream', identity: 'flow-context' });
  });
});
