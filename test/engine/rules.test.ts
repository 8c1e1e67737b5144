import { describe, expect, it } from 'vitest';
import { recommendInWords as recommend } from '@/i18n/word';
import { makeProfile } from './fixtures';

function considerationIds(rec: ReturnType<typeof recommend>): string[] {
  return rec.considerations.map((c) => c.id);
}
function warningIds(rec: ReturnType<typeof recommend>): string[] {
  return rec.warnings.map((w) => w.id);
}
function exclusion(rec: ReturnType<typeof recommend>, layerId: string) {
  return rec.excluded.find((e) => e.layerId === layerId);
}

describe('user mode first', () => {
  it('monitors connections on Windows 7 through auditing, with no driver', () => {
    const rec = recommend(
      makeProfile({ action: 'monitor', basis: ['app', 'port'], 'min-os': 'win7' }),
    );
    expect(rec.verdict).toBe('user-mode');
    expect(rec.primary).toBe('ale-auth-connect');
    expect(warningIds(rec)).toContain('auditing-off-by-default');
    expect(rec.warnings.find((w) => w.id === 'auditing-off-by-default')?.text).toMatch(/Windows 8/);
  });

  it('needs a callout at endpoint closure to monitor closing connections, since no event reports them', () => {
    const rec = recommend(makeProfile({ action: 'monitor', moment: 'close', basis: ['app'] }));
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('ale-endpoint-closure');
    expect(warningIds(rec)).toContain('no-close-event-in-user-mode');
  });

  it('records established connections from the audit log when the rules are fixed', () => {
    const rec = recommend(
      makeProfile({ action: 'monitor', direction: 'both', moment: 'established', basis: ['app'] }),
    );
    expect(rec.verdict).toBe('user-mode');
    expect(rec.primary).toBe('ale-auth-connect');
    expect(rec.companions).toEqual([
      expect.objectContaining({ layerId: 'ale-auth-recv-accept', role: 'other-direction' }),
    ]);
  });

  it('suppresses the RST for closed ports with the built-in silent-drop callout', () => {
    const rec = recommend(
      makeProfile({ direction: 'inbound', moment: 'discard', basis: ['port'] }),
    );
    expect(rec.verdict).toBe('user-mode');
    expect(rec.primary).toBe('inbound-transport-discard');
    expect(rec.build.builtInCallout).toMatch(/SILENT_DROP/);
  });

  it('filters layer-2 frames by MAC address from user mode at an Ethernet MAC layer on Windows 10', () => {
    const rec = recommend(
      makeProfile({ traffic: 'l2', protocol: 'non-ip', direction: 'inbound', basis: ['mac'] }),
    );
    expect(rec.verdict).toBe('user-mode');
    expect(rec.primary).toBe('inbound-mac-frame-ethernet');
    expect(exclusion(rec, 'inbound-mac-frame-native')?.code).toBe('needs-callout');
  });

  it('configures IPsec from user mode for protect, where compatibility does not apply', () => {
    const rec = recommend(
      makeProfile({ action: 'protect', direction: 'both', basis: ['address', 'port'] }),
    );
    expect(rec.verdict).toBe('user-mode');
    expect(rec.ipsec.status).toBe('not-applicable');
    expect(rec.primary).not.toBeNull();
    expect(rec.excluded.find((e) => e.layerId === 'ale-auth-connect')?.code).toBe(
      'serves-other-task',
    );
  });

  it('requires IPsec for one application with an ALE filter beside the IPsec policy', () => {
    const rec = recommend(makeProfile({ action: 'protect', direction: 'inbound', basis: ['app'] }));
    expect(rec.verdict).toBe('user-mode');
    expect(rec.companions).toContainEqual(
      expect.objectContaining({ layerId: 'ale-auth-recv-accept', role: 'require-ipsec' }),
    );
  });

  it('decides on unchanging facts at ALE even when the work is on the data (§5.4)', () => {
    const rec = recommend(
      makeProfile({
        protocol: 'udp',
        direction: 'inbound',
        moment: 'data',
        basis: ['address', 'port'],
      }),
    );
    expect(rec.primary).toBe('ale-auth-recv-accept');
    expect(rec.rationale.map((s) => s.id)).toContain('decision-at-ale');
  });

  it('blocks established connections at the ALE authorization, ruling out flow-established', () => {
    const rec = recommend(makeProfile({ moment: 'established', basis: ['app'] }));
    expect(rec.primary).toBe('ale-auth-connect');
    expect(exclusion(rec, 'ale-flow-established')?.code).toBe('block-forbidden');
    expect(considerationIds(rec)).toContain('no-block-at-flow-established');
  });

  it('serves both directions with the mirror ALE layer as a companion', () => {
    const rec = recommend(makeProfile({ protocol: 'udp', direction: 'both' }));
    expect(rec.primary).toBe('ale-auth-connect');
    expect(rec.companions.map((c) => [c.layerId, c.role])).toEqual([
      ['ale-auth-recv-accept', 'other-direction'],
    ]);
  });

  it('reads vSwitch directions from the VM: leaving a VM is ingress, arriving at a VM is egress', () => {
    const leaving = recommend(
      makeProfile({ traffic: 'vswitch', protocol: 'any-ip', direction: 'outbound', basis: ['vm'] }),
    );
    const arriving = recommend(
      makeProfile({ traffic: 'vswitch', protocol: 'any-ip', direction: 'inbound', basis: ['vm'] }),
    );
    expect(leaving.primary).toMatch(/^ingress-vswitch-/);
    expect(arriving.primary).toMatch(/^egress-vswitch-/);
    expect(exclusion(leaving, 'outbound-mac-frame-ethernet')?.code).toBe('not-vswitch-path');
  });

  it('keeps the vSwitch layers out of host traffic', () => {
    const rec = recommend(makeProfile({ traffic: 'l2', protocol: 'non-ip', basis: ['vlan'] }));
    expect(exclusion(rec, 'ingress-vswitch-ethernet')?.code).toBe('vswitch-path-only');
  });

  it('filters RPC calls at the user-mode RPC layers', () => {
    const rec = recommend(makeProfile({ direction: 'inbound', basis: ['rpc-interface'] }));
    expect(rec.verdict).toBe('user-mode');
    expect(rec.primary).toBe('rpc-um');
  });
});

describe('kernel callouts', () => {
  it('pends an inbound connection at recv-accept and reinjects the clone: checksum and DPC rules apply', () => {
    const rec = recommend(makeProfile({ direction: 'inbound', decider: 'outside' }));
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('ale-auth-recv-accept');
    expect(rec.build.pend).toMatch(/FwpsPendOperation0/);
    expect(rec.build.injection).toEqual(['FwpsInjectTransportReceiveAsync0']);
    expect(considerationIds(rec)).toEqual(
      expect.arrayContaining([
        'receive-injection-checksum',
        'tcp-injection-needs-dpc',
        'classify-at-dispatch',
      ]),
    );
    expect(rec.ipsec.status).toBe('conditional');
    expect(rec.ipsec.conditions.map((c) => c.id)).toContain('rebuild-ip-header-before-reinjection');
    expect(warningIds(rec)).toEqual(
      expect.arrayContaining(['pend-across-power-transitions', 'pend-first-authorization-only']),
    );
  });

  it('filters routed traffic by port with a callout at IP forward, which has no port condition', () => {
    const rec = recommend(
      makeProfile({ traffic: 'forwarded', direction: 'both', basis: ['port'] }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('ipforward');
    expect(rec.ipsec.status).toBe('incompatible');
    expect(warningIds(rec)).toContain('ip-forwarding-must-be-enabled');
  });

  it('raises an incompatible design loudly when IPsec is in use', () => {
    const rec = recommend(
      makeProfile({ traffic: 'forwarded', direction: 'both', basis: ['port'], ipsec: 'in-use' }),
    );
    expect(rec.ipsec.emphasis).toBe('loud');
    expect(warningIds(rec)).toContain('ipsec-incompatible-in-use');
  });

  it('redirects on Vista by rewriting packets at the transport layers (no redirect layers yet)', () => {
    const rec = recommend(
      makeProfile({
        action: 'redirect',
        basis: ['address', 'port'],
        'redirect-to': 'local-proxy',
        'min-os': 'vista',
      }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('outbound-transport');
    expect(rec.build.calloutType).toMatch(/modification/);
    expect(rec.companions.map((c) => c.role)).toContain('return-path');
    expect(exclusion(rec, 'ale-connect-redirect')?.code).toBe('not-on-os');
  });

  it('redirects forwarded traffic to a local proxy by capturing at IP forward and injecting into the receive path', () => {
    const rec = recommend(
      makeProfile({
        action: 'redirect',
        traffic: 'forwarded',
        direction: 'inbound',
        basis: ['address'],
        'redirect-to': 'local-proxy',
      }),
    );
    expect(rec.primary).toBe('ipforward');
    expect(rec.build.injection).toEqual(['FwpsInjectTransportReceiveAsync0']);
    expect(considerationIds(rec)).toContain('receive-injection-checksum');
  });

  it('slows inbound TCP by deferring the stream', () => {
    const rec = recommend(
      makeProfile({
        action: 'shape',
        direction: 'inbound',
        moment: 'data',
        basis: ['port'],
        decider: 'code',
      }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('stream');
    expect(rec.build.calloutType).toMatch(/DEFER/);
  });

  it('pairs stream with datagram-data for payload work on all IP traffic', () => {
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        protocol: 'any-ip',
        direction: 'inbound',
        moment: 'data',
        basis: ['payload'],
        decider: 'code',
      }),
    );
    expect(rec.primary).toBe('stream');
    expect(rec.companions).toEqual([
      expect.objectContaining({ layerId: 'datagram-data', role: 'pair-protocol' }),
    ]);
  });

  it('reads the app at the stream layer through a flow context from flow-established', () => {
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        moment: 'data',
        basis: ['app', 'payload'],
        decider: 'code',
      }),
    );
    expect(rec.primary).toBe('stream');
    expect(rec.companions).toContainEqual(
      expect.objectContaining({ layerId: 'ale-flow-established', role: 'flow-context' }),
    );
    expect(considerationIds(rec)).toContain('no-block-at-flow-established');
    expect(warningIds(rec)).toEqual(
      expect.arrayContaining(['no-app-identity-below-ale', 'flow-context-lifecycle']),
    );
    expect(rec.build.calloutFlags).toContain('FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW');
  });

  it('never reads the app at the IP packet layer, where no flow context arrives', () => {
    const rec = recommend(
      makeProfile({
        action: 'modify',
        protocol: 'any-ip',
        moment: 'data',
        basis: ['app', 'ip-header'],
        decider: 'code',
      }),
    );
    expect(rec.verdict).toBe('other-technology');
    expect(exclusion(rec, 'outbound-ippacket')?.code).toBe('no-identity-here');
  });

  it('answers a received packet by injecting into the send path, with the alignment rule', () => {
    const rec = recommend(
      makeProfile({
        action: 'inject',
        protocol: 'icmp',
        direction: 'turnaround',
        moment: 'data',
        basis: ['icmp-type'],
        decider: 'code',
      }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.build.injection.some((f) => f.includes('Send'))).toBe(true);
    expect(considerationIds(rec)).toContain('outbound-header-alignment');
    expect(warningIds(rec)).toContain('icmpv6-type-numbering');
  });

  it('keeps only the sublayer rule for an outbound-only transport callout', () => {
    const rec = recommend(
      makeProfile({
        action: 'inject',
        moment: 'data',
        basis: ['transport-header'],
        decider: 'code',
      }),
    );
    expect(rec.primary).toBe('outbound-transport');
    expect(rec.ipsec.conditions.map((c) => c.id)).toEqual(['sublayer-below-universal']);
  });

  it('adds recv-accept and the inbound IPsec rules when a transport callout works inbound', () => {
    const rec = recommend(
      makeProfile({
        action: 'modify',
        direction: 'both',
        moment: 'data',
        basis: ['transport-header'],
        decider: 'code',
      }),
    );
    expect(rec.companions.map((c) => c.role)).toEqual(['other-direction', 'ale-classify']);
    expect(rec.ipsec.conditions.map((c) => c.id)).toEqual(
      expect.arrayContaining(['register-at-recv-accept', 'permit-ale-classify-required']),
    );
    expect(warningIds(rec)).toContain('ale-classify-required-permit');
  });

  it('tells a fail-open design to permit while the callout is unregistered', () => {
    const rec = recommend(makeProfile({ decider: 'code', fail: 'open' }));
    expect(rec.build.filterFlags).toContain('FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED');
    expect(rec.warnings.find((w) => w.id === 'unregistered-callout-blocks')?.text).toMatch(
      /PERMIT_IF_CALLOUT_UNREGISTERED/,
    );
  });
});

describe('outside WFP', () => {
  it('has nothing for vSwitch traffic before Windows 8 and says so', () => {
    const rec = recommend(
      makeProfile({
        traffic: 'vswitch',
        protocol: 'any-ip',
        direction: 'inbound',
        basis: ['vm'],
        'min-os': 'win7',
      }),
    );
    expect(rec.verdict).toBe('other-technology');
    expect(rec.primary).toBeNull();
    expect(warningIds(rec)).toContain('no-vswitch-before-win8');
  });

  it('hands layer-2 work before Windows 8 to an NDIS lightweight filter', () => {
    const rec = recommend(
      makeProfile({
        traffic: 'l2',
        protocol: 'non-ip',
        direction: 'inbound',
        basis: ['ethertype'],
        'min-os': 'win7',
      }),
    );
    expect(rec.verdict).toBe('other-technology');
    expect(rec.alternatives.map((a) => a.id)).toContain('ndis-lwf');
  });

  it('hands outbound shaping by fixed rules to Policy-based QoS', () => {
    // A rate computed in code is held out of band by a callout instead (accuracy-v1-5.test.ts).
    const rec = recommend(
      makeProfile({ action: 'shape', moment: 'data', basis: ['app'], decider: 'rules' }),
    );
    expect(rec.verdict).toBe('other-technology');
    expect(rec.primary).toBeNull();
    expect(rec.alternatives.map((a) => a.id)).toContain('policy-based-qos');
  });

  it('turns a callout design into another technology when the product avoids its own driver', () => {
    const rec = recommend(
      makeProfile({
        action: 'modify',
        protocol: 'udp',
        direction: 'inbound',
        moment: 'data',
        basis: ['payload'],
        decider: 'code',
        'own-driver': 'avoid',
      }),
    );
    expect(rec.verdict).toBe('other-technology');
    expect(rec.primary).toBe('datagram-data');
    expect(rec.alternatives.map((a) => a.id)).toContain('packet-diversion-driver');
    expect(warningIds(rec)).toContain('diversion-driver-limits');
    expect(considerationIds(rec)).not.toContain('classify-at-dispatch');
  });
});

describe('always-on considerations', () => {
  it.each([
    makeProfile(),
    makeProfile({ decider: 'code' }),
    makeProfile({ traffic: 'vswitch', basis: ['vm'], 'min-os': 'win7' }),
  ])('explains the verdict and the rank for every design (%#)', (p) => {
    const ids = considerationIds(recommend(p));
    expect(ids).toEqual(expect.arrayContaining(['user-mode-first', 'highest-layer']));
  });
});

describe('closing connections, dropped traffic, payloads and redirection', () => {
  it('watches connections close on Vista through a flow context at flow-established (flowDeleteFn)', () => {
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        direction: 'both',
        moment: 'close',
        basis: ['app', 'port'],
        'min-os': 'vista',
      }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('ale-flow-established');
    expect(considerationIds(rec)).toContain('no-block-at-flow-established');
    expect(exclusion(rec, 'ale-endpoint-closure')?.code).toBe('not-on-os');
  });

  it('offers no audit-log alternative for closing connections, which no event reports', () => {
    const rec = recommend(makeProfile({ action: 'monitor', moment: 'close', basis: ['app'] }));
    expect(rec.alternatives.map((a) => a.id)).not.toContain('security-auditing');
  });

  it('reads the payload of dropped datagrams at datagram-data discard, not at an ALE discard layer', () => {
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        protocol: 'udp',
        direction: 'inbound',
        moment: 'discard',
        basis: ['payload'],
        decider: 'code',
      }),
    );
    expect(rec.primary).toBe('datagram-data-discard');
    expect(rec.ipsec.status).toBe('compatible');
    expect(exclusion(rec, 'ale-auth-recv-accept-discard')?.code).toBe('basis-not-visible');
  });

  it('keeps the first-datagram payload at ALE receive-accept for a decision on the connection itself', () => {
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        protocol: 'udp',
        direction: 'inbound',
        basis: ['payload'],
        decider: 'code',
      }),
    );
    expect(rec.primary).toBe('ale-auth-recv-accept');
  });

  it('does not warn about TLS ciphertext for ICMP payload work', () => {
    const rec = recommend(
      makeProfile({
        action: 'inject',
        protocol: 'icmp',
        direction: 'turnaround',
        moment: 'data',
        basis: ['payload'],
        decider: 'code',
      }),
    );
    expect(warningIds(rec)).not.toContain('tls-ciphertext-at-stream');
  });

  it('suggests socket options only for headers this host sends', () => {
    const inbound = recommend(
      makeProfile({
        action: 'modify',
        protocol: 'any-ip',
        direction: 'inbound',
        moment: 'data',
        basis: ['ip-header'],
        decider: 'code',
      }),
    );
    expect(inbound.alternatives.map((a) => a.id)).not.toContain('socket-option');
    const outbound = recommend(
      makeProfile({
        action: 'modify',
        protocol: 'any-ip',
        direction: 'outbound',
        moment: 'data',
        basis: ['ip-header'],
        decider: 'code',
      }),
    );
    expect(outbound.alternatives.map((a) => a.id)).toContain('socket-option');
  });
});

describe('modifying, rewriting and redirecting without surprises', () => {
  it('changes the outgoing SYN (e.g. MSS clamping) at outbound transport for the connection moment', () => {
    const rec = recommend(
      makeProfile({
        action: 'modify',
        moment: 'connection',
        basis: ['transport-header'],
        decider: 'code',
      }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('outbound-transport');
    expect(considerationIds(rec)).toContain('tcp-injection-needs-dpc');
  });

  it('changes datagrams of an established flow at datagram-data, with the flow context for the app', () => {
    const rec = recommend(
      makeProfile({
        action: 'modify',
        protocol: 'udp',
        direction: 'inbound',
        moment: 'established',
        basis: ['app', 'payload'],
        decider: 'code',
      }),
    );
    expect(rec.primary).toBe('datagram-data');
    expect(rec.companions.map((c) => c.role)).toContain('flow-context');
    expect(considerationIds(rec)).toContain('receive-injection-checksum');
  });

  it('rewrites the replies back when a layer that sees both directions redirects by rewriting', () => {
    const rec = recommend(
      makeProfile({
        action: 'redirect',
        protocol: 'udp',
        basis: ['address', 'port'],
        decider: 'code',
        'redirect-to': 'remote-endpoint',
        'min-os': 'vista',
      }),
    );
    expect(rec.primary).toBe('datagram-data');
    expect(rec.build.injection).toContain('FwpsInjectTransportReceiveAsync0');
    expect(rec.ipsec.status).toBe('conditional');
    expect(considerationIds(rec)).toContain('receive-injection-checksum');
  });

  it('builds no callout and warns about no pend when the product cannot ship a driver', () => {
    const rec = recommend(makeProfile({ decider: 'outside', 'own-driver': 'avoid' }));
    expect(rec.verdict).toBe('other-technology');
    expect(rec.build.calloutType).toBeUndefined();
    expect(rec.build.pend).toBeUndefined();
    expect(rec.build.injection).toEqual([]);
    expect(warningIds(rec)).not.toContain('pend-across-power-transitions');
  });

  it('keeps the connect-redirect loop warning off bind redirection', () => {
    const rec = recommend(
      makeProfile({ action: 'redirect', moment: 'bind', 'redirect-to': 'local-endpoint' }),
    );
    expect(rec.primary).toBe('ale-bind-redirect');
    expect(warningIds(rec)).not.toContain('redirect-loop-local-proxy');
  });

  it('does not say a pended listen has no TCP connect packet', () => {
    const rec = recommend(
      makeProfile({ direction: 'inbound', moment: 'listen', decider: 'outside' }),
    );
    expect(rec.primary).toBe('ale-auth-listen');
    expect(warningIds(rec)).not.toContain('tcp-connect-has-no-packet');
  });
});

describe('each path at its highest layer', () => {
  it('keeps connect redirection for outbound connections and rewrites only the inbound ones', () => {
    const rec = recommend(
      makeProfile({ action: 'redirect', direction: 'both', 'redirect-to': 'local-proxy' }),
    );
    expect(rec.primary).toBe('ale-connect-redirect');
    expect(rec.companions).toContainEqual(
      expect.objectContaining({ layerId: 'inbound-transport', role: 'other-direction' }),
    );
    expect(warningIds(rec)).toContain('redirect-loop-local-proxy');
  });

  it('watches inbound fragments at the IP packet layer and outbound ones at the MAC layer', () => {
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        protocol: 'any-ip',
        direction: 'both',
        moment: 'data',
        basis: ['payload', 'fragments'],
        decider: 'code',
      }),
    );
    expect(rec.primary).toBe('inbound-ippacket');
    expect(rec.companions.map((c) => c.layerId)).toEqual(['outbound-mac-frame-ethernet']);
    expect(rec.workable.indexOf('inbound-ippacket')).toBe(0);
  });
});
