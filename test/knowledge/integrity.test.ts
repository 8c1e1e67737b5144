import { describe, expect, it } from 'vitest';
import { ja } from '@/i18n/ja';
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { CAVEATS, type CaveatKey } from '@/knowledge/caveats';
import { CAVEAT_NOTES, type CaveatNote } from '@/knowledge/caveat-notes';
import { QUOTED_CAVEAT_NOTES } from '@/knowledge/caveat-notes-quoted';
import { CONDITIONS, getCondition } from '@/knowledge/conditions';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { INJECTION_NOTES } from '@/knowledge/injection-notes';
import { LAYER_NOTES } from '@/knowledge/layer-notes';
import { IPSEC_CONDITIONS } from '@/knowledge/ipsec';
import { WFP_API_SOURCES } from '@/knowledge/wfp-api';
import {
  CONDITION_IDS,
  INJECTION_IDS,
  IPSEC_CONDITION_IDS,
  LAYER_IDS,
  SOURCE_IDS,
  WFP_API_SOURCE_IDS,
} from '@/knowledge/ids';
import { LAYERS, getLayer } from '@/knowledge/layers';
import { OPEN_QUESTIONS } from '@/knowledge/open-questions';
import { SOURCES, getSource } from '@/knowledge/sources';
import { PACKET_PATHS } from '@/knowledge/stack';
import type { Caveat, ConsiderationId, Layer } from '@/knowledge/types';

/** DESIGN §3: drop FWPM_LAYER_ and the _V4/_V6 part, lower-case, `_` → `-`. */
function idFromFwpmName(name: string): string {
  return name
    .replace(/^FWPM_LAYER_/, '')
    .replace(/_V[46](?=_|$)/, '')
    .toLowerCase()
    .replaceAll('_', '-');
}

const CAVEAT_KEYS = Object.keys(CAVEATS) as CaveatKey[];

/** The words of a caveat by its id (caveat-notes.ts holds them by key). */
function caveatNoteOf(id: string): CaveatNote {
  const key = CAVEAT_KEYS.find((k) => CAVEATS[k].id === id);
  if (key === undefined) throw new Error(`Unknown caveat ${id}`);
  return CAVEAT_NOTES[key];
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Every source id cited anywhere in the knowledge base, with where it was cited. */
function allCitations(): { where: string; id: string }[] {
  const out: { where: string; id: string }[] = [];
  const add = (where: string, ids: readonly string[]) =>
    ids.forEach((id) => out.push({ where, id }));
  const addCaveats = (where: string, caveats: readonly Caveat[]) =>
    caveats.forEach((c) => add(`${where} caveat "${c.id}"`, c.sourceIds));
  for (const l of LAYERS) {
    add(`layer ${l.id}`, l.sourceIds);
    add(`layer ${l.id} ipsec`, l.ipsec.sourceIds);
    addCaveats(`layer ${l.id}`, l.caveats);
  }
  CONDITIONS.forEach((c) => add(`condition ${c.id}`, c.sourceIds));
  INJECTION_FUNCTIONS.forEach((f) => add(`injection ${f.id}`, f.sourceIds));
  IPSEC_CONDITIONS.forEach((c) => add(`ipsec condition ${c.id}`, c.sourceIds));
  for (const c of CONSIDERATIONS) {
    add(`consideration ${c.id}`, c.sourceIds);
    addCaveats(`consideration ${c.id}`, c.caveats);
  }
  ALTERNATIVES.forEach((a) => add(`alternative ${a.id}`, a.sourceIds));
  OPEN_QUESTIONS.forEach((q) => add(`open question ${q.id}`, q.sourceIds));
  PACKET_PATHS.forEach((p) => add(`packet path ${p.id}`, p.sourceIds));
  return out;
}

const REQUIRED_FAMILIES = [
  // the nine ALE layers, plus the name cache and the connection-policy layer
  'ale-bind-redirect',
  'ale-resource-assignment',
  'ale-resource-release',
  'ale-auth-listen',
  'ale-connect-redirect',
  'ale-auth-connect',
  'ale-auth-recv-accept',
  'ale-flow-established',
  'ale-endpoint-closure',
  'name-resolution-cache',
  'outbound-network-connection-policy',
  // data
  'stream',
  'stream-packet',
  'datagram-data',
  // transport and ICMP error
  'inbound-transport',
  'outbound-transport',
  'inbound-icmp-error',
  'outbound-icmp-error',
  // network
  'inbound-ippacket',
  'outbound-ippacket',
  'ipforward',
  // MAC
  'inbound-mac-frame-ethernet',
  'outbound-mac-frame-ethernet',
  'inbound-mac-frame-native',
  'outbound-mac-frame-native',
  // vSwitch
  'ingress-vswitch-ethernet',
  'egress-vswitch-ethernet',
  'ingress-vswitch-transport',
  'egress-vswitch-transport',
  // discard variants
  'stream-discard',
  'datagram-data-discard',
  'inbound-transport-discard',
  'outbound-transport-discard',
  'inbound-icmp-error-discard',
  'outbound-icmp-error-discard',
  'inbound-ippacket-discard',
  'outbound-ippacket-discard',
  'ipforward-discard',
  'ale-resource-assignment-discard',
  'ale-auth-listen-discard',
  'ale-auth-connect-discard',
  'ale-auth-recv-accept-discard',
  'ale-flow-established-discard',
  // user-mode
  'ipsec-km-demux',
  'ipsec',
  'ikeext',
  'rpc-um',
  'rpc-epmap',
  'rpc-ep-add',
  'rpc-proxy-conn',
  'rpc-proxy-if',
  'km-authorization',
  // internal
  'inbound-transport-fast',
  'outbound-transport-fast',
  'inbound-mac-frame-native-fast',
  'outbound-mac-frame-native-fast',
];

describe('ids', () => {
  it.each([
    ['layers', LAYERS.map((l) => l.id)],
    ['conditions', CONDITIONS.map((c) => c.id)],
    ['sources', SOURCES.map((s) => s.id)],
    ['injection functions', INJECTION_FUNCTIONS.map((f) => f.id)],
    ['IPsec conditions', IPSEC_CONDITIONS.map((c) => c.id)],
    ['considerations', CONSIDERATIONS.map((c) => c.id)],
    ['alternatives', ALTERNATIVES.map((a) => a.id)],
    ['open questions', OPEN_QUESTIONS.map((q) => q.id)],
    ['packet paths', PACKET_PATHS.map((p) => p.id)],
  ])('%s are unique', (_, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    expect(duplicates(ids)).toEqual([]);
  });

  it.each(REQUIRED_FAMILIES)('has a record for the %s layer family', (id) => {
    expect(getLayer(id)?.id).toBe(id);
  });

  it.each(LAYERS.map((l) => [l.id, l] as const))(
    '%s follows the FWPM naming rule for every FWPM name',
    (id, layer) => {
      expect(layer.fwpm.length).toBeGreaterThan(0);
      for (const name of layer.fwpm) expect(idFromFwpmName(name)).toBe(id);
    },
  );

  it.each(LAYERS.filter((l) => l.fwps.length > 0).map((l) => [l.id, l] as const))(
    '%s has run-time ids that mirror its management ids',
    (_, layer) => {
      expect(layer.fwps.map((n) => n.replace(/^FWPS_/, 'FWPM_'))).toEqual(layer.fwpm);
    },
  );

  it('names V4 and V6 together for IP-level families and neither for layer-2 ones', () => {
    for (const l of LAYERS.filter((x) => !x.internal)) {
      const versioned = l.fwpm.filter((n) => /_V[46](_|$)/.test(n));
      expect([0, 2], l.id).toContain(versioned.length);
    }
  });
});

describe('references resolve', () => {
  it('every cited source id exists in SOURCES', () => {
    const missing = allCitations().filter((c) => getSource(c.id) === undefined);
    expect(missing).toEqual([]);
  });

  it('every source has an https URL, and Learn sources point at learn.microsoft.com', () => {
    for (const s of SOURCES) {
      expect(s.url, s.id).toMatch(/^https:\/\//);
      if (s.kind === 'learn') expect(new URL(s.url).host, s.id).toBe('learn.microsoft.com');
      expect(s.title.length, s.id).toBeGreaterThan(3);
    }
  });

  it('cites at least 25 distinct learn.microsoft.com pages from the records', () => {
    const pages = new Set(
      allCitations()
        .map((c) => getSource(c.id)?.url)
        .filter(
          (url): url is string =>
            url !== undefined && url.startsWith('https://learn.microsoft.com/'),
        ),
    );
    expect(pages.size).toBeGreaterThanOrEqual(25);
  });

  it.each(LAYERS.map((l) => [l.id, l] as const))(
    '%s lists only conditions that exist in CONDITIONS',
    (_, layer) => {
      expect(layer.conditions.filter((id) => getCondition(id) === undefined)).toEqual([]);
      expect(duplicates(layer.conditions)).toEqual([]);
    },
  );

  it('every condition in CONDITIONS is offered by at least one layer', () => {
    const used = new Set(LAYERS.flatMap((l) => l.conditions));
    expect(CONDITIONS.filter((c) => !used.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('every injection function is used from existing layers that list it back', () => {
    for (const f of INJECTION_FUNCTIONS) {
      expect(f.fromLayers.length, f.id).toBeGreaterThan(0);
      for (const id of f.fromLayers) {
        expect(getLayer(id)?.actions.injection, `${f.id} from ${id}`).toContain(f.id);
      }
    }
  });

  it('every injection id on a layer names a function whose fromLayers include it', () => {
    for (const l of LAYERS) {
      for (const id of l.actions.injection) {
        const f = INJECTION_FUNCTIONS.find((x) => x.id === id);
        expect(f?.fromLayers, `${l.id} → ${id}`).toContain(l.id);
      }
    }
  });

  it('every IPsec condition a layer needs exists', () => {
    const ids = new Set(IPSEC_CONDITIONS.map((c) => c.id));
    for (const l of LAYERS) {
      for (const id of l.ipsec.conditions) expect(ids.has(id), `${l.id} → ${id}`).toBe(true);
    }
  });

  it('every packet path walks existing layers', () => {
    for (const p of PACKET_PATHS) {
      expect(p.steps.length, p.id).toBeGreaterThan(1);
      for (const id of p.steps) expect(getLayer(id), `${p.id} → ${id}`).toBeDefined();
    }
  });

  it('every discard layer mirrors an existing layer and is named after it', () => {
    const discards = LAYERS.filter((l) => l.discardOf !== undefined);
    expect(discards.length).toBe(14);
    for (const d of discards) {
      const base = getLayer(d.discardOf ?? '');
      expect(base, d.id).toBeDefined();
      expect(d.id).toBe(`${base?.id}-discard`);
      expect(d.sees.moments).toEqual(['discard']);
      expect(d.fwpm.every((n) => n.endsWith('_DISCARD'))).toBe(true);
    }
  });

  it('every caveat on a record is one of the named open questions', () => {
    const named = new Set<Caveat>(Object.values(CAVEATS).map((n) => n.caveat));
    const onRecords = [
      ...LAYERS.flatMap((l) => l.caveats),
      ...CONSIDERATIONS.flatMap((c) => c.caveats),
    ];
    expect(onRecords.filter((c) => !named.has(c))).toEqual([]);
  });

  it('words every caveat once, by its key: a title, a topic and a note', () => {
    expect(duplicates(CAVEAT_KEYS.map((k) => CAVEATS[k].id))).toEqual([]);
    expect(Object.keys(CAVEAT_NOTES).sort()).toEqual([...CAVEAT_KEYS].sort());
    for (const key of CAVEAT_KEYS) {
      const { title, topic, note } = CAVEAT_NOTES[key];
      expect(title.length, key).toBeGreaterThan(5);
      expect(topic.length, key).toBeGreaterThan(2);
      expect(note.length, key).toBeGreaterThan(20);
    }
    // A note other facts quote is the note the caveat shows.
    for (const [key, note] of Object.entries(QUOTED_CAVEAT_NOTES))
      expect(CAVEAT_NOTES[key as CaveatKey].note).toBe(note);
  });

  it('words every injection function once, by its id', () => {
    expect(Object.keys(INJECTION_NOTES).sort()).toEqual(
      INJECTION_FUNCTIONS.map((f) => f.id).sort(),
    );
    for (const f of INJECTION_FUNCTIONS) {
      expect(INJECTION_NOTES[f.id].bufferStartsWith.length, f.id).toBeGreaterThan(10);
      expect(INJECTION_NOTES[f.id].notes.length, f.id).toBeGreaterThan(20);
    }
  });

  it('lists each open question with exactly the layers that carry its caveat', () => {
    for (const q of OPEN_QUESTIONS) {
      const carriers = LAYERS.filter((l) =>
        l.caveats.some((c) => c.id === q.id && c.kind === q.kind),
      ).map((l) => l.id);
      expect(q.layerIds, q.id).toEqual(carriers);
    }
  });
});

describe('every layer is complete', () => {
  const tiers = ['user-mode', 'ale', 'data', 'transport', 'network', 'mac', 'vswitch', 'internal'];

  it.each(LAYERS.map((l) => [l.id, l] as const))(
    '%s has a tier, a stack position, an IPsec status with a reason, and a minimum OS or an explained null',
    (_, layer: Layer) => {
      expect(tiers).toContain(layer.tier);
      expect(Number.isInteger(layer.stackOrder)).toBe(true);
      expect(layer.ipsec.reason.length).toBeGreaterThan(20);
      expect(layer.ipsec.sourceIds.length).toBeGreaterThan(0);
      if (layer.ipsec.callout === 'conditional')
        expect(layer.ipsec.conditions.length).toBeGreaterThan(0);
      if (layer.minOs === null) {
        expect(layer.internal).toBe(true);
        expect(layer.caveats.some((c) => caveatNoteOf(c.id).topic === 'internal layer')).toBe(true);
      }
      expect(layer.sourceIds.length).toBeGreaterThan(0);
      expect(layer.summary.length).toBeGreaterThan(10);
      for (const words of Object.values(LAYER_NOTES[layer.id]))
        expect(words.length, layer.id).toBeGreaterThan(5);
    },
  );

  it('orders LAYERS by a unique stack position', () => {
    const orders = LAYERS.map((l) => l.stackOrder);
    expect(duplicates(orders.map(String))).toEqual([]);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('draws the bands top to bottom: user mode, ALE, data, transport, network, MAC, vSwitch, internal', () => {
    const firstAppearance = [...new Set(LAYERS.map((l) => l.tier))];
    expect(firstAppearance).toEqual(tiers);
  });

  it.each([
    ['ale', 1],
    ['network', 4],
    ['mac', 5],
    ['vswitch', null],
    ['user-mode', null],
    ['internal', null],
  ] as const)('gives every %s layer rung %s', (tier, rung) => {
    const layers = LAYERS.filter((l) => l.tier === tier);
    expect(layers.length).toBeGreaterThan(0);
    for (const l of layers) expect(l.rung, l.id).toBe(rung);
  });

  it('puts stream and datagram-data on rung 2 and stream-packet, transport and ICMP error on rung 3', () => {
    const rungOf = (id: string) => getLayer(id)?.rung;
    for (const id of ['stream', 'stream-discard', 'datagram-data', 'datagram-data-discard'])
      expect(rungOf(id), id).toBe(2);
    for (const id of [
      'stream-packet',
      'inbound-transport',
      'outbound-transport-discard',
      'inbound-icmp-error',
      'outbound-icmp-error',
    ])
      expect(rungOf(id), id).toBe(3);
  });

  it('lets no callout run at user-mode or internal layers', () => {
    for (const l of LAYERS.filter((x) => x.mode === 'user' || x.internal)) {
      expect(l.actions.callouts, l.id).toBe(false);
      expect(l.actions.injection, l.id).toEqual([]);
      expect(l.actions.pend, l.id).toEqual([]);
      expect(l.ipsec.callout, l.id).toBe('not-applicable');
    }
  });

  it('gives app identity as a condition exactly where ALE_APP_ID is a condition', () => {
    for (const l of LAYERS) {
      const hasAppId = l.conditions.includes('FWPM_CONDITION_ALE_APP_ID');
      expect(l.identity === 'condition', l.id).toBe(hasAppId);
    }
  });

  it('has the seven considerations of the seed, each with English and Japanese words', () => {
    const expected: ConsiderationId[] = [
      'user-mode-first',
      'highest-layer',
      'no-block-at-flow-established',
      'classify-at-dispatch',
      'receive-injection-checksum',
      'tcp-injection-needs-dpc',
      'outbound-header-alignment',
    ];
    expect(CONSIDERATIONS.map((c) => c.id)).toEqual(expected);
    for (const c of CONSIDERATIONS) {
      expect(c.text.length, c.id).toBeGreaterThan(80);
      const words = ja.knowledge.considerations[c.id];
      expect(words.title, c.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(words.text, c.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(words.appliesWhen, c.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(c.appliesWhen.length, c.id).toBeGreaterThan(20);
    }
  });

  it('has the alternative ids fixed for the engine', () => {
    expect(ALTERNATIVES.map((a) => a.id).sort()).toEqual(
      [
        'windows-firewall-rules',
        'user-mode-wfp-api',
        'security-auditing',
        'ndis-lwf',
        'packet-diversion-driver',
        'policy-based-qos',
        'hyper-v-firewall',
        'hyper-v-switch-extension',
        'socket-option',
        'windows-nat',
        'connection-policy',
      ].sort(),
    );
  });

  it('has the IPsec condition ids fixed for the engine', () => {
    expect(IPSEC_CONDITIONS.map((c) => c.id).sort()).toEqual(
      [
        'register-at-recv-accept',
        'sublayer-below-universal',
        'permit-ale-classify-required',
        'skip-undetunneled-tunnel',
        'rebuild-ip-header-before-reinjection',
        'detect-ipsec-correctly',
        'esp-length-from-net-buffer',
      ].sort(),
    );
  });
});

describe('id unions', () => {
  it('list exactly the ids of the records, so a typo in an id fails tsc and nothing is missing', () => {
    expect([...LAYER_IDS]).toEqual(LAYERS.map((l) => l.id));
    expect([...SOURCE_IDS]).toEqual(SOURCES.map((s) => s.id));
    expect([...WFP_API_SOURCE_IDS]).toEqual(WFP_API_SOURCES.map((s) => s.id));
    expect([...CONDITION_IDS]).toEqual(CONDITIONS.map((c) => c.id));
    expect([...INJECTION_IDS]).toEqual(INJECTION_FUNCTIONS.map((f) => f.id));
    expect([...IPSEC_CONDITION_IDS]).toEqual(IPSEC_CONDITIONS.map((c) => c.id));
  });
});
