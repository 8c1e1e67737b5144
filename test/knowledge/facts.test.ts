import { describe, expect, it } from 'vitest';
import { CAVEATS } from '@/knowledge/caveats';
import { LAYER_NOTES } from '@/knowledge/layer-notes';
import { filterBasisOf } from '@/knowledge/conditions';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { LAYERS, getLayer } from '@/knowledge/layers';
import { PACKET_PATHS } from '@/knowledge/stack';
import type { Layer, LayerId } from '@/knowledge/types';

function layer(id: string): Layer {
  const l = getLayer(id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
}

const ids = (pred: (l: Layer) => boolean): LayerId[] => LAYERS.filter(pred).map((l) => l.id);

const IP_PACKET_AND_FORWARD = [
  'inbound-ippacket',
  'outbound-ippacket',
  'ipforward',
  'inbound-ippacket-discard',
  'outbound-ippacket-discard',
  'ipforward-discard',
];
const MAC = [
  'inbound-mac-frame-ethernet',
  'outbound-mac-frame-ethernet',
  'inbound-mac-frame-native',
  'outbound-mac-frame-native',
];
const VSWITCH = [
  'ingress-vswitch-ethernet',
  'egress-vswitch-ethernet',
  'ingress-vswitch-transport',
  'egress-vswitch-transport',
];

/**
 * Facts a WFP engineer checks first. Each row: the fact, and a check that fails if the data
 * gets it wrong.
 */
const FACTS: readonly (readonly [string, () => void])[] = [
  [
    'app and user identity are filter conditions only at ALE layers',
    () => {
      const withIdentity = ids((l) => {
        const b = filterBasisOf(l);
        return b.has('app') || b.has('user');
      });
      expect(withIdentity.length).toBeGreaterThan(10);
      for (const id of withIdentity) expect(layer(id).tier, id).toBe('ale');
    },
  ],
  [
    'IP packet and IP forward layers offer no port or protocol condition',
    () => {
      for (const id of IP_PACKET_AND_FORWARD) {
        const b = filterBasisOf(layer(id));
        expect(b.has('port'), id).toBe(false);
        expect(b.has('protocol'), id).toBe(false);
        expect(b.has('address'), id).toBe(true);
      }
    },
  ],
  [
    'a callout at IP packet or forward can still parse ports and protocol from the headers',
    () => {
      for (const id of ['inbound-ippacket', 'outbound-ippacket', 'ipforward'])
        expect(layer(id).calloutExtraBasis, id).toEqual(
          expect.arrayContaining(['port', 'protocol']),
        );
    },
  ],
  [
    'flow-established forbids BLOCK for filters and callouts and cannot pend',
    () => {
      const fe = layer('ale-flow-established');
      expect(fe.actions.filterBlock).toBe('forbidden');
      expect(fe.actions.calloutBlock).toBe('forbidden');
      expect(fe.actions.pend).toEqual([]);
    },
  ],
  [
    'stream data starts with no IP or TCP header',
    () => {
      const s = layer('stream');
      expect(LAYER_NOTES[s.id].dataStarts).toMatch(/no IP or TCP header/);
      expect(s.calloutExtraBasis).not.toContain('transport-header');
      expect(s.calloutExtraBasis).not.toContain('ip-header');
      expect(s.calloutExtraBasis).toContain('payload');
    },
  ],
  [
    'stream injection is FwpsStreamInjectAsync0, callable inline',
    () => {
      expect(layer('stream').actions.injection).toEqual(['FwpsStreamInjectAsync0']);
      const f = INJECTION_FUNCTIONS.find((x) => x.id === 'FwpsStreamInjectAsync0');
      expect(f?.fromLayers).toEqual(['stream']);
      expect(f?.tcpOutOfBandOnly).toBe(false);
    },
  ],
  [
    'TCP injection through the transport injection functions is out of band only',
    () => {
      for (const id of [
        'FwpsInjectTransportSendAsync0',
        'FwpsInjectTransportSendAsync1',
        'FwpsInjectTransportReceiveAsync0',
      ])
        expect(INJECTION_FUNCTIONS.find((f) => f.id === id)?.tcpOutOfBandOnly, id).toBe(true);
    },
  ],
  [
    'the redirect layers need Windows 7 and are the only layers that redirect',
    () => {
      expect(layer('ale-connect-redirect').minOs).toBe('win7');
      expect(layer('ale-bind-redirect').minOs).toBe('win7');
      expect(layer('ale-connect-redirect').actions.redirect).toEqual([
        'remote-endpoint',
        'local-proxy',
      ]);
      expect(layer('ale-bind-redirect').actions.redirect).toEqual(['local-endpoint']);
      expect(ids((l) => l.actions.redirect.length > 0).sort()).toEqual([
        'ale-bind-redirect',
        'ale-connect-redirect',
      ]);
    },
  ],
  [
    'MAC and vSwitch layers need Windows 8',
    () => {
      for (const id of [...MAC, ...VSWITCH]) expect(layer(id).minOs, id).toBe('win8');
    },
  ],
  [
    'IP packet and forward layers are IPsec-incompatible for callouts, not applicable for plain filters',
    () => {
      for (const id of IP_PACKET_AND_FORWARD) {
        expect(layer(id).ipsec.callout, id).toBe('incompatible');
        expect(layer(id).ipsec.userModeFilter, id).toBe('not-applicable');
      }
    },
  ],
  [
    'MAC address, EtherType and VLAN conditions exist only at the *-mac-frame-ethernet and vSwitch Ethernet layers; native MAC layers match media type only',
    () => {
      const l2Condition = ids((l) => {
        const b = filterBasisOf(l);
        return b.has('mac') || b.has('ethertype');
      });
      expect(l2Condition.sort()).toEqual(
        [
          'inbound-mac-frame-ethernet',
          'outbound-mac-frame-ethernet',
          'ingress-vswitch-ethernet',
          'egress-vswitch-ethernet',
        ].sort(),
      );
      for (const id of ['inbound-mac-frame-native', 'outbound-mac-frame-native']) {
        const b = filterBasisOf(layer(id));
        expect([b.has('mac'), b.has('ethertype'), b.has('vlan')], id).toEqual([
          false,
          false,
          false,
        ]);
        expect(layer(id).conditions, id).toContain('FWPM_CONDITION_NDIS_MEDIA_TYPE');
      }
    },
  ],
  [
    'a callout at a native MAC layer can still parse MAC, EtherType and VLAN',
    () => {
      for (const id of ['inbound-mac-frame-native', 'outbound-mac-frame-native'])
        expect(layer(id).calloutExtraBasis, id).toEqual(
          expect.arrayContaining(['mac', 'ethertype', 'vlan']),
        );
    },
  ],
  [
    'the destination-VM condition exists only at the egress vSwitch layers',
    () => {
      expect(
        ids((l) => l.conditions.includes('FWPM_CONDITION_VSWITCH_DESTINATION_VM_ID')).sort(),
      ).toEqual(['egress-vswitch-ethernet', 'egress-vswitch-transport']);
    },
  ],
  [
    // wdk-vsw-flow: every frame passes ingress from its source port, then egress to its destination.
    'every frame, whichever VM it is for, passes ingress and then egress; only egress names the destination VM',
    () => {
      for (const id of VSWITCH) {
        expect(layer(id).sees.directions, id).toEqual(['inbound', 'outbound']);
        expect(layer(id).conditions.includes('FWPM_CONDITION_VSWITCH_DESTINATION_VM_ID'), id).toBe(
          id.startsWith('egress'),
        );
      }
      for (const id of VSWITCH) expect(layer(id).sees.traffic, id).toEqual(['vswitch']);
    },
  ],
  [
    'the ICMP type is a documented condition at the ICMP-error layers',
    () => {
      for (const id of [
        'inbound-icmp-error',
        'outbound-icmp-error',
        'outbound-icmp-error-discard',
      ]) {
        expect(layer(id).conditions, id).toContain('FWPM_CONDITION_ICMP_TYPE');
        expect(filterBasisOf(layer(id)).has('icmp-type'), id).toBe(true);
      }
    },
  ],
  [
    'outside the ICMP-error layers the ICMP type travels in the port fields, and the data says so',
    () => {
      for (const id of [
        'ale-auth-connect',
        'ale-auth-recv-accept',
        'inbound-transport',
        'datagram-data',
      ]) {
        expect(layer(id).conditions, id).toContain('FWPM_CONDITION_ICMP_TYPE');
        expect(layer(id).caveats, id).toContain(CAVEATS.icmpTypeInPortFields.caveat);
      }
      expect(layer('inbound-ippacket').conditions).not.toContain('FWPM_CONDITION_ICMP_TYPE');
    },
  ],
  [
    'ICMP errors never reach the ALE layers; they have their own layers',
    () => {
      for (const l of LAYERS.filter((x) => x.tier === 'ale'))
        expect(l.sees.protocols, l.id).not.toContain('icmp-error');
      expect(layer('inbound-icmp-error').sees.protocols).toEqual(['icmp-error']);
    },
  ],
  [
    'promiscuous mode can be filtered only at resource assignment',
    () => {
      expect(
        ids((l) => l.conditions.includes('FWPM_CONDITION_ALE_PROMISCUOUS_MODE')).sort(),
      ).toEqual(['ale-resource-assignment', 'ale-resource-assignment-discard']);
    },
  ],
  [
    'IP forward sees only forwarded traffic, and no IP packet layer sees forwarded traffic',
    () => {
      expect(layer('ipforward').sees.traffic).toEqual(['forwarded']);
      for (const id of ['inbound-ippacket', 'outbound-ippacket', 'inbound-transport'])
        expect(layer(id).sees.traffic, id).toEqual(['local']);
    },
  ],
  [
    'outbound transport starts at the transport header: no IP header there; inbound transport can retreat to it',
    () => {
      expect(LAYER_NOTES['outbound-transport'].dataStarts).toMatch(
        /^Start of the transport header/,
      );
      expect(layer('outbound-transport').calloutExtraBasis).not.toContain('ip-header');
      expect(layer('inbound-transport').calloutExtraBasis).toContain('ip-header');
      expect(LAYER_NOTES['outbound-ippacket'].dataStarts).toBe('Start of the IP header.');
    },
  ],
  [
    'the flow handle (flow context) reaches stream, datagram-data, stream-packet and transport, not IP packet, forward, ICMP error, MAC or vSwitch',
    () => {
      for (const id of [
        'stream',
        'datagram-data',
        'stream-packet',
        'inbound-transport',
        'outbound-transport',
      ]) {
        expect(layer(id).carriesFlowHandle, id).toBe(true);
        expect(layer(id).identity, id).toBe('flow-context');
      }
      for (const id of [
        ...IP_PACKET_AND_FORWARD,
        'inbound-icmp-error',
        'outbound-icmp-error',
        ...MAC,
        ...VSWITCH,
      ]) {
        expect(layer(id).carriesFlowHandle, id).toBe(false);
        expect(layer(id).identity, id).toBe('none');
      }
      expect(layer('ale-flow-established').carriesFlowHandle).toBe(true);
    },
  ],
  [
    'pend-operation is available at the ALE authorization layers but not at flow-established',
    () => {
      for (const id of [
        'ale-resource-assignment',
        'ale-auth-listen',
        'ale-auth-connect',
        'ale-auth-recv-accept',
      ])
        expect(layer(id).actions.pend, id).toEqual(['pend-operation']);
      expect(layer('ale-auth-recv-accept').caveats).toContain(CAVEATS.pendOperationLayers.caveat);
      expect(layer('ale-flow-established').actions.pend).not.toContain('pend-operation');
    },
  ],
  [
    'the redirect and endpoint-closure layers pend with FwpsPendClassify0',
    () => {
      for (const id of ['ale-connect-redirect', 'ale-bind-redirect', 'ale-endpoint-closure'])
        expect(layer(id).actions.pend, id).toEqual(['pend-classify']);
    },
  ],
  [
    'stream, datagram-data and transport callouts can hold traffic out of band',
    () => {
      for (const id of ['stream', 'datagram-data', 'inbound-transport', 'outbound-transport'])
        expect(layer(id).actions.pend, id).toContain('out-of-band');
    },
  ],
  [
    'only the stream layer can defer (inbound throttling)',
    () => {
      expect(ids((l) => l.actions.defer)).toEqual(['stream']);
    },
  ],
  [
    'stream-packet is Windows 7, sees TCP only, and has no documented block or injection',
    () => {
      const sp = layer('stream-packet');
      expect(sp.minOs).toBe('win7');
      expect(sp.sees.protocols).toEqual(['tcp']);
      expect(sp.actions.calloutBlock).toBe('undocumented');
      expect(sp.actions.injection).toEqual([]);
      expect(sp.actions.modify).toBe(false);
      expect(sp.caveats).toContain(CAVEATS.streamPacketCapabilities.caveat);
    },
  ],
  [
    'auth listen sees TCP only; datagram-data sees UDP and non-error ICMP but not TCP',
    () => {
      expect(layer('ale-auth-listen').sees.protocols).toEqual(['tcp']);
      expect(layer('datagram-data').sees.protocols).toEqual(['udp', 'icmp']);
    },
  ],
  [
    'stream is IPsec-compatible for callouts; datagram-data too, unless it receive-injects',
    () => {
      expect(layer('stream').ipsec.callout).toBe('compatible');
      const dd = layer('datagram-data').ipsec;
      expect(dd.callout).toBe('compatible');
      expect(dd.calloutReceiveInjecting).toBe('conditional');
      expect(dd.conditions).toEqual(['rebuild-ip-header-before-reinjection']);
      expect(layer('datagram-data-discard').ipsec.callout).toBe('compatible');
    },
  ],
  [
    'ALE callouts are IPsec-conditional on a sublayer below FWPM_SUBLAYER_UNIVERSAL; plain ALE filters are compatible',
    () => {
      for (const id of ['ale-auth-connect', 'ale-flow-established', 'ale-connect-redirect']) {
        expect(layer(id).ipsec.callout, id).toBe('conditional');
        expect(layer(id).ipsec.conditions, id).toContain('sublayer-below-universal');
        expect(layer(id).ipsec.userModeFilter, id).toBe('compatible');
      }
      expect(layer('ale-auth-recv-accept').ipsec.conditions).toContain(
        'rebuild-ip-header-before-reinjection',
      );
    },
  ],
  [
    'transport callouts must follow every transport IPsec rule; stream-packet and ICMP error inherit them as an inference',
    () => {
      const all = [
        'register-at-recv-accept',
        'sublayer-below-universal',
        'permit-ale-classify-required',
        'skip-undetunneled-tunnel',
        'rebuild-ip-header-before-reinjection',
        'detect-ipsec-correctly',
        'esp-length-from-net-buffer',
      ];
      for (const id of ['inbound-transport', 'outbound-transport']) {
        expect(layer(id).ipsec.callout, id).toBe('conditional');
        expect([...layer(id).ipsec.conditions].sort(), id).toEqual([...all].sort());
        expect(layer(id).ipsec.confidence, id).toBe('documented');
      }
      for (const id of ['stream-packet', 'inbound-icmp-error', 'outbound-icmp-error']) {
        expect(layer(id).ipsec.callout, id).toBe('conditional');
        expect(layer(id).ipsec.confidence, id).toBe('inferred');
      }
    },
  ],
  [
    'MAC and vSwitch callouts are IPsec-incompatible by inference; plain filters there are not applicable',
    () => {
      for (const id of [...MAC, ...VSWITCH]) {
        expect(layer(id).ipsec.callout, id).toBe('incompatible');
        expect(layer(id).ipsec.confidence, id).toBe('inferred');
        expect(layer(id).ipsec.userModeFilter, id).toBe('not-applicable');
      }
    },
  ],
  [
    'blocking at a discard layer changes behaviour only at inbound transport discard (RST) and inbound IP packet discard (ICMP error)',
    () => {
      expect(
        ids((l) => l.discardOf !== undefined && l.actions.filterBlock === 'allowed').sort(),
      ).toEqual(['inbound-ippacket-discard', 'inbound-transport-discard']);
      for (const l of LAYERS.filter((x) => x.discardOf !== undefined)) {
        expect(l.actions.injection, l.id).toEqual([]);
        expect(l.actions.pend, l.id).toEqual([]);
      }
    },
  ],
  [
    'the stream discard layer carries its "reserved for future use" conflict',
    () => {
      const sd = layer('stream-discard');
      expect(sd.discardOf).toBe('stream');
      expect(sd.caveats).toContain(CAVEATS.streamDiscard.caveat);
      expect(sd.caveats.find((c) => c === CAVEATS.streamDiscard.caveat)?.kind).toBe('conflict');
    },
  ],
  [
    'no ALE discard layer exists for the redirect, release or closure layers',
    () => {
      for (const id of [
        'ale-bind-redirect',
        'ale-connect-redirect',
        'ale-resource-release',
        'ale-endpoint-closure',
      ])
        expect(getLayer(`${id}-discard`), id).toBeUndefined();
    },
  ],
  [
    'inbound IP packet sees fragments; outbound IP packet does not (outgoing fragments are not indicated)',
    () => {
      expect(layer('inbound-ippacket').calloutExtraBasis).toContain('fragments');
      expect(layer('outbound-ippacket').calloutExtraBasis).not.toContain('fragments');
      expect(filterBasisOf(layer('inbound-ippacket')).has('fragments')).toBe(true);
    },
  ],
  [
    'forwarded traffic is injected with FwpsInjectForwardAsync0 from IP forward only',
    () => {
      expect(layer('ipforward').actions.injection).toEqual(['FwpsInjectForwardAsync0']);
      expect(
        INJECTION_FUNCTIONS.find((f) => f.id === 'FwpsInjectForwardAsync0')?.fromLayers,
      ).toEqual(['ipforward']);
    },
  ],
  [
    'MAC injection and vSwitch ingress injection need Windows 8; no egress vSwitch injection is documented',
    () => {
      for (const id of [
        'FwpsInjectMacSendAsync0',
        'FwpsInjectMacReceiveAsync0',
        'FwpsInjectvSwitchEthernetIngressAsync0',
      ])
        expect(INJECTION_FUNCTIONS.find((f) => f.id === id)?.minOs, id).toBe('win8');
      expect(layer('egress-vswitch-ethernet').actions.injection).toEqual([]);
      expect(layer('egress-vswitch-ethernet').caveats).toContain(CAVEATS.vswitchInjection.caveat);
    },
  ],
  [
    'the outbound network connection policy layer needs Windows 11 22H2 and is flagged as barely documented',
    () => {
      const p = layer('outbound-network-connection-policy');
      expect(p.minOs).toBe('win11-22h2');
      expect(p.caveats).toContain(CAVEATS.networkConnectionPolicy.caveat);
    },
  ],
  [
    'the _FAST layers are internal: no callouts, no rung, no stated minimum OS',
    () => {
      const fast = ids((l) => l.id.endsWith('-fast'));
      expect(fast.length).toBe(4);
      for (const id of fast) {
        const l = layer(id);
        expect([l.internal, l.actions.callouts, l.rung, l.minOs], id).toEqual([
          true,
          false,
          null,
          null,
        ]);
      }
    },
  ],
  [
    'IPsec is configured at IKEEXT, IPSEC and the keying-module demux layers, in user mode',
    () => {
      expect(ids((l) => l.actions.configureIpsec).sort()).toEqual([
        'ikeext',
        'ipsec',
        'ipsec-km-demux',
      ]);
      for (const id of ['ikeext', 'ipsec', 'ipsec-km-demux'])
        expect(layer(id).mode, id).toBe('user');
    },
  ],
  [
    'RPC calls can be filtered by interface at the user-mode RPC layers',
    () => {
      for (const id of ['rpc-um', 'rpc-epmap', 'rpc-proxy-if']) {
        expect(filterBasisOf(layer(id)).has('rpc-interface'), id).toBe(true);
        expect(layer(id).actions.filterBlock, id).toBe('allowed');
      }
      expect(
        ids((l) => filterBasisOf(l).has('rpc-interface')).every((id) => layer(id).mode === 'user'),
      ).toBe(true);
    },
  ],
  [
    'the loopback flag is a condition at ALE connect and receive-accept but not at IP forward',
    () => {
      expect(filterBasisOf(layer('ale-auth-connect')).has('loopback')).toBe(true);
      expect(filterBasisOf(layer('ale-auth-recv-accept')).has('loopback')).toBe(true);
      expect(filterBasisOf(layer('ipforward')).has('loopback')).toBe(false);
    },
  ],
  [
    'the first UDP packet sent passes connect, then flow-established, then datagram-data, then transport',
    () => {
      const steps = PACKET_PATHS.find((p) => p.id === 'udp-send-first')?.steps ?? [];
      const at = (id: string) => steps.indexOf(id as LayerId);
      expect(at('ale-auth-connect')).toBeGreaterThanOrEqual(0);
      expect(at('ale-auth-connect')).toBeLessThan(at('ale-flow-established'));
      expect(at('ale-flow-established')).toBeLessThan(at('datagram-data'));
      expect(at('datagram-data')).toBeLessThan(at('outbound-transport'));
    },
  ],
  [
    'an outgoing ICMP port-unreachable passes outbound ICMP error before outbound transport',
    () => {
      const steps = PACKET_PATHS.find((p) => p.id === 'udp-no-listener')?.steps ?? [];
      expect(steps.indexOf('outbound-icmp-error')).toBeLessThan(
        steps.indexOf('outbound-transport'),
      );
      expect(layer('outbound-transport').sees.protocols).toContain('icmp-error');
    },
  ],
];

describe('facts a WFP engineer checks first', () => {
  it('checks at least 25 facts', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FACTS)('%s', (_, check) => {
    check();
  });
});
