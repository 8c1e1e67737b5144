/**
 * Engine accuracy against Microsoft's pages (rules 1.5.0). Each block cites the Microsoft page that
 * settles the behaviour and asserts what a user relies on: verdict, primary, companions, IPsec
 * status, warnings, alternatives and the build plan.
 */
import { describe, expect, it } from 'vitest';
import { recommendInWords as recommend } from '@/i18n/word';
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

// Point 1 — https://learn.microsoft.com/windows-hardware/drivers/network/types-of-callouts
// (out-of-band callouts clone, block and absorb, then reinject with the packet injection functions).
describe('shaping holds traffic out of band', () => {
  const upload = makeProfile({
    action: 'shape',
    direction: 'outbound',
    moment: 'data',
    basis: ['app'],
    decider: 'code',
  });

  it('limits an app’s upload rate computed in code with a stream callout that holds and reinjects', () => {
    const rec = recommend(upload);
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('stream');
    expect(companionIds(rec)).toContain('ale-flow-established:flow-context');
    expect(rec.build.calloutType).toMatch(/out-of-band/);
    expect(rec.build.injection).toEqual(['FwpsStreamInjectAsync0']);
    expect(rec.build.pend).toMatch(/absorb/);
    expect(warningIds(rec)).toEqual(
      expect.arrayContaining(['out-of-band-shaping-costs', 'pend-across-power-transitions']),
    );
    expect(rec.warnings.find((w) => w.id === 'shaping-outside-wfp')?.text).not.toMatch(
      /only by deferring/,
    );
    expect(alternativeIds(rec)).toContain('policy-based-qos');
  });

  it('shapes UDP at datagram-data, reinjecting with the transport injection functions', () => {
    const rec = recommend({ ...upload, protocol: 'udp', basis: ['port'] });
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('datagram-data');
    expect(rec.build.injection).toEqual(['FwpsInjectTransportSendAsync0']);
  });

  it('keeps Policy-based QoS as the answer when the rate is a fixed rule on outbound traffic', () => {
    // https://learn.microsoft.com/windows-server/networking/technologies/qos/qos-policy-top
    const rec = recommend({ ...upload, decider: 'rules' });
    expect(rec.verdict).toBe('other-technology');
    expect(rec.primary).toBeNull();
    expect(alternativeIds(rec)).toEqual(['policy-based-qos']);
  });

  it('still slows inbound TCP by deferring the stream, with no reinjection', () => {
    const rec = recommend({ ...upload, direction: 'inbound' });
    expect(rec.primary).toBe('stream');
    expect(rec.build.calloutType).toMatch(/DEFER/);
    expect(warningIds(rec)).not.toContain('out-of-band-shaping-costs');
    expect(rec.build.injection).toEqual([]);
    expect(alternativeIds(rec)).not.toContain('policy-based-qos');
  });
});

// Point 2 — https://learn.microsoft.com/windows-hardware/drivers/network/packet-flow-through-the-extensible-switch-data-path
// (every frame passes the ingress path from its source port, then the egress path to its destination
// port) and https://learn.microsoft.com/windows-hardware/drivers/ddi/fwpsk/nf-fwpsk-fwpsinjectvswitchethernetingressasync0.
describe('the Hyper-V switch path', () => {
  const vm = makeProfile({
    traffic: 'vswitch',
    protocol: 'any-ip',
    direction: 'inbound',
    moment: undefined,
    basis: ['payload'],
    decider: 'code',
  });

  it('modifies traffic arriving at a VM at ingress, reinjecting with the one vSwitch injection', () => {
    const rec = recommend({ ...vm, action: 'modify' });
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('ingress-vswitch-ethernet');
    expect(rec.build.injection).toEqual(['FwpsInjectvSwitchEthernetIngressAsync0']);
    expect(warningIds(rec)).toContain('vswitch-ingress-injection-only');
    expect(rec.excluded.find((e) => e.layerId === 'egress-vswitch-ethernet')?.code).toBe(
      'cannot-modify',
    );
  });

  it('blocks traffic for one VM at egress, on the destination-VM condition', () => {
    const rec = recommend({ ...vm, action: 'allow-block', basis: ['vm'], decider: 'rules' });
    expect(rec.verdict).toBe('user-mode');
    expect(rec.primary).toBe('egress-vswitch-ethernet');
    expect(rec.build.conditions).toContain('FWPM_CONDITION_VSWITCH_DESTINATION_VM_ID');
    expect(rec.build.conditions).not.toContain('FWPM_CONDITION_VSWITCH_SOURCE_VM_ID');
    const ingress = rec.excluded.find((e) => e.layerId === 'ingress-vswitch-ethernet');
    expect(ingress?.code).toBe('vm-not-known-here');
  });

  it('filters traffic a VM sends at ingress, on the source-VM condition', () => {
    const rec = recommend({
      ...vm,
      action: 'allow-block',
      direction: 'outbound',
      basis: ['vm'],
      decider: 'rules',
    });
    expect(rec.primary).toBe('ingress-vswitch-ethernet');
    expect(rec.build.conditions).toEqual(['FWPM_CONDITION_VSWITCH_SOURCE_VM_ID']);
  });
});

// Point 3 — https://learn.microsoft.com/windows-hardware/drivers/network/packet-injection-functions
// (cross-layer injection; "callouts must adjust the IP or transport layer checksum, or both, after
// they modify an IP packet") and https://learn.microsoft.com/powershell/module/netnat/new-netnat.
describe('forwarding and NAT are not symmetric', () => {
  const nat = makeProfile({
    action: 'modify',
    traffic: 'forwarded',
    protocol: 'tcp',
    direction: 'outbound',
    moment: undefined,
    basis: ['address', 'port'],
    decider: 'code',
  });

  it('names the return-path companion at inbound IP packet and its forward injection', () => {
    const rec = recommend(nat);
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('ipforward');
    expect(companionIds(rec)).toContain('inbound-ippacket:return-path');
    expect(rec.companions.find((c) => c.role === 'return-path')?.text).toMatch(
      /FwpsInjectForwardAsync0/,
    );
    expect(rec.build.injection).toEqual(['FwpsInjectForwardAsync0']);
  });

  it('carries the checksum rule and offers Windows NAT', () => {
    const rec = recommend(nat);
    const checksum = rec.warnings.find((w) => w.id === 'ipv4-header-checksum');
    expect(checksum?.text).toMatch(/adjust the IP or transport layer checksum/);
    expect(checksum?.sourceIds).toContain('wdk-inj');
    expect(alternativeIds(rec)).toContain('windows-nat');
  });

  it('carries the checksum rule for any header change, whatever basis item was picked', () => {
    for (const basis of [['transport-header'], ['address'], ['ip-header']] as const) {
      const rec = recommend(
        makeProfile({ action: 'modify', moment: 'data', basis: [...basis], decider: 'code' }),
      );
      expect(warningIds(rec), basis.join()).toContain('ipv4-header-checksum');
    }
    const stream = recommend(
      makeProfile({ action: 'modify', moment: 'data', basis: ['payload'], decider: 'code' }),
    );
    expect(stream.primary).toBe('stream');
    expect(warningIds(stream)).not.toContain('ipv4-header-checksum');
  });
});

// Point 4 — a design without a driver of one's own runs an off-the-shelf diversion driver on IP
// packets: https://learn.microsoft.com/windows-hardware/drivers/network/ipsec-compatibility-for-callouts-on-the-network-layers
// (network-layer callouts are incompatible), WinDivert documentation (wd-doc) for what it runs.
describe('designs without a driver of one’s own', () => {
  const avoid = makeProfile({
    action: 'modify',
    moment: 'data',
    basis: ['payload'],
    decider: 'code',
    ipsec: 'in-use',
    'own-driver': 'avoid',
  });
  const CALLOUT_CODING =
    /classifyFn|FWP_CALLOUT_FLAG|FwpsQueryPacketInjectionState0|FwpsFlowAssociateContext0/;

  it('describes the IPsec status of what actually runs, loudly when IPsec is in use', () => {
    const rec = recommend(avoid);
    expect(rec.verdict).toBe('other-technology');
    expect(rec.ipsec.status).toBe('incompatible');
    expect(rec.ipsec.emphasis).toBe('loud');
    expect(rec.ipsec.reason).toMatch(/packet-diversion driver/);
    expect(rec.ipsec.reason).not.toMatch(/^For a callout/);
    expect(rec.warnings.find((w) => w.id === 'ipsec-incompatible-in-use')?.text).toMatch(
      /packet-diversion driver/,
    );
  });

  it('names the technology and its cost, and never tells the user to write callout code', () => {
    for (const profile of [
      avoid,
      { ...avoid, action: 'monitor' as const, ipsec: 'unknown' as const },
      { ...avoid, protocol: 'udp' as const, direction: 'inbound' as const },
      {
        ...avoid,
        action: 'allow-block' as const,
        decider: 'outside' as const,
        basis: ['app' as const],
      },
    ]) {
      const rec = recommend(profile);
      expect(rec.verdict).toBe('other-technology');
      expect(rec.build.technology?.id).toBe('packet-diversion-driver');
      expect(rec.build.technology?.cost).toMatch(/IPsec/);
      expect(rec.build.summary).toMatch(/packet-diversion driver/);
      const texts = [
        ...rec.warnings.map((w) => w.text),
        ...rec.considerations.map((c) => c.why),
        rec.build.summary,
        rec.build.calloutType ?? '',
      ];
      for (const text of texts) expect(text).not.toMatch(CALLOUT_CODING);
    }
  });

  it('lists only alternatives that can do the task: no auditing for content', () => {
    const rec = recommend({
      ...avoid,
      action: 'monitor',
      ipsec: 'unknown',
      'own-driver': 'allowed',
    });
    expect(rec.verdict).toBe('kernel-callout');
    expect(alternativeIds(rec)).not.toContain('security-auditing');
    expect(alternativeIds(rec)).not.toContain('user-mode-wfp-api');
  });
});

// Point 5 — https://learn.microsoft.com/windows-hardware/drivers/network/using-layer-2-filtering and
// DESIGN's IPsec policy: IPsec protects IP payloads; rewriting non-IP frames touches none.
describe('layer 2 without IP', () => {
  it('gives IPsec status not applicable for rewriting a VLAN tag of non-IP frames', () => {
    const rec = recommend(
      makeProfile({
        action: 'modify',
        traffic: 'l2',
        protocol: 'non-ip',
        direction: 'outbound',
        moment: undefined,
        basis: ['vlan'],
        decider: 'code',
        ipsec: 'in-use',
      }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('outbound-mac-frame-ethernet');
    expect(rec.ipsec.status).toBe('not-applicable');
    expect(rec.ipsec.emphasis).toBe('normal');
    expect(warningIds(rec)).not.toContain('ipsec-incompatible-in-use');
  });
});

// Point 6 — https://learn.microsoft.com/windows-hardware/drivers/network/ipsec-compatibility-for-callouts-on-the-network-layers,
// RFC 4302 §3.3.3.1 (mutable fields), RFC 4303 §3.1 (ESP does not cover the outer header).
describe('an IPsec alert that is exact', () => {
  const ttl = makeProfile({
    action: 'modify',
    protocol: 'any-ip',
    moment: 'data',
    basis: ['ip-header'],
    decider: 'code',
    ipsec: 'in-use',
  });

  it('offers only fixes that exist, right in the result, and no higher layer', () => {
    const rec = recommend(ttl);
    expect(rec.primary).toBe('outbound-ippacket');
    expect(rec.ipsec.status).toBe('incompatible');
    expect(rec.ipsec.emphasis).toBe('loud');
    expect(rec.ipsec.fixes.map((f) => f.id)).toEqual([
      'policy-based-qos',
      'socket-option',
      'leave-ipsec-untouched',
    ]);
    const alert = rec.warnings.find((w) => w.id === 'ipsec-incompatible-in-use')?.text ?? '';
    expect(alert).not.toMatch(/stream|datagram-data|transport with/);
    expect(alert).toMatch(/IP_TTL/);
  });

  it('states what the docs say and what is inferred about mutable header fields', () => {
    const rec = recommend(ttl);
    expect(rec.ipsec.confidence).toBe('documented');
    expect(rec.ipsec.notes).toEqual([
      expect.objectContaining({ id: 'mutable-header-fields', confidence: 'inferred' }),
    ]);
    expect(rec.ipsec.notes[0]?.sourceIds).toEqual(expect.arrayContaining(['rfc-4302', 'rfc-4303']));
  });
});

// Point 7 — https://learn.microsoft.com/windows/win32/api/fwpmu/nf-fwpmu-fwpmconnectionpolicyadd0
// (process-based routing) and FWPS_CONNECTION_POLICY0 (minimum client Windows 11 24H2).
describe('per-app routing on Windows 11', () => {
  const split = makeProfile({
    action: 'redirect',
    'redirect-to': 'local-endpoint',
    protocol: 'tcp,udp',
    basis: ['app'],
    'min-os': 'win11-22h2',
  });

  it('offers the connection policy with its documented OS versions', () => {
    const rec = recommend(split);
    const hit = rec.alternatives.find((a) => a.id === 'connection-policy');
    expect(hit?.why).toMatch(/FwpmConnectionPolicyAdd0/);
    expect(hit?.why).toMatch(/22H2/);
    expect(hit?.why).toMatch(/24H2/);
  });

  it('does not offer it before Windows 11 or for payload work', () => {
    expect(alternativeIds(recommend({ ...split, 'min-os': 'win10' }))).not.toContain(
      'connection-policy',
    );
    expect(alternativeIds(recommend({ ...split, basis: ['app', 'payload'] }))).not.toContain(
      'connection-policy',
    );
  });
});

// Point 8 — build plans that name the mechanism and say why each condition is there.
describe('build plans that work', () => {
  it('watches connections close with a flow context and flowDeleteFn before Windows 7', () => {
    // https://learn.microsoft.com/windows-hardware/drivers/network/processing-flow-delete-callouts
    const rec = recommend(
      makeProfile({ action: 'monitor', moment: 'close', basis: ['app'], 'min-os': 'vista' }),
    );
    expect(rec.verdict).toBe('kernel-callout');
    expect(rec.primary).toBe('ale-flow-established');
    expect(rec.build.calloutType).toMatch(/FwpsFlowAssociateContext0/);
    expect(rec.build.calloutType).toMatch(/flowDeleteFn/);
  });

  it('watches endpoints close at endpoint closure from Windows 7, and says so', () => {
    const rec = recommend(makeProfile({ action: 'monitor', moment: 'close', basis: ['app'] }));
    expect(rec.primary).toBe('ale-endpoint-closure');
    expect(rec.build.calloutType).toMatch(/endpoint closure/);
  });

  it('leaves loopback out of the stealth-mode silent drop, as Preventing port scanning does', () => {
    // https://learn.microsoft.com/windows/win32/fwp/preventing-port-scanning
    const rec = recommend(
      makeProfile({ direction: 'inbound', moment: 'discard', basis: ['port'] }),
    );
    expect(rec.primary).toBe('inbound-transport-discard');
    expect(rec.build.conditions).toContain('FWP_CONDITION_FLAG_IS_LOOPBACK (not set)');
    const note = rec.build.conditionNotes.find((n) =>
      n.id.startsWith('FWP_CONDITION_FLAG_IS_LOOPBACK'),
    );
    expect(note?.why).toMatch(/hang/);
  });

  it('gives every listed condition a reason, e.g. ALE_ORIGINAL_APP_ID beside ALE_APP_ID', () => {
    const rec = recommend(makeProfile());
    expect(rec.build.conditionNotes.map((n) => n.id)).toEqual(rec.build.conditions);
    for (const note of rec.build.conditionNotes)
      expect(note.why.length, note.id).toBeGreaterThan(10);
    expect(
      rec.build.conditionNotes.find((n) => n.id === 'FWPM_CONDITION_ALE_ORIGINAL_APP_ID')?.why,
    ).toMatch(/proxied/);
  });

  it('numbers ICMP echo 8 and 128, and ICMP errors 3 and 1, matching the type asked', () => {
    // https://www.rfc-editor.org/rfc/rfc4443 §2.1 (ICMPv6 types)
    const echo = recommend(
      makeProfile({
        protocol: 'icmp',
        direction: 'inbound',
        moment: 'connection',
        basis: ['icmp-type'],
      }),
    );
    const echoText = echo.warnings.find((w) => w.id === 'icmpv6-type-numbering')?.text ?? '';
    expect(echoText).toMatch(/128/);
    expect(echoText).not.toMatch(/Destination Unreachable/);
    const errors = recommend(
      makeProfile({
        protocol: 'icmp-error',
        direction: 'outbound',
        moment: 'data',
        basis: ['icmp-type'],
      }),
    );
    expect(errors.warnings.find((w) => w.id === 'icmpv6-type-numbering')?.text).toMatch(/type 1/);
  });

  it('warns about the Vista SP1 caveat of the loopback flag', () => {
    const rec = recommend(makeProfile({ basis: ['app', 'loopback'], 'min-os': 'vista' }));
    expect(warningIds(rec)).toContain('loopback-flag-vista-sp1');
    expect(warningIds(recommend(makeProfile({ basis: ['app', 'loopback'] })))).not.toContain(
      'loopback-flag-vista-sp1',
    );
  });

  it('does not raise inbound-transport classification rules for a callout that only observes ICMP errors', () => {
    // https://learn.microsoft.com/windows/win32/fwp/ale-stateful-filtering (ICMP errors skip ALE)
    const rec = recommend(
      makeProfile({
        action: 'monitor',
        protocol: 'icmp-error',
        direction: 'inbound',
        moment: 'data',
        basis: ['icmp-type'],
        decider: 'code',
      }),
    );
    expect(rec.primary).toBe('inbound-icmp-error');
    expect(warningIds(rec)).not.toContain('ale-classify-required-permit');
    expect(rec.ipsec.conditions.map((c) => c.id)).not.toContain('permit-ale-classify-required');
    expect(rec.companions).toEqual([]);
  });
});
