/**
 * English words of the rules changelog (src/knowledge/rules-changelog.ts): one line per change
 * code. The Japanese twin is ja/rules-changelog.ts. Pure.
 */

/** One line per change code (test/knowledge/rules-changelog.test.ts: every code has one). */
export type RulesChangeWords = Readonly<Record<string, string>>;

export const rulesChanges: RulesChangeWords = {
  'first-release':
    'First rules: highest workable layer, verdict, IPsec status, considerations, warnings and exclusions for every layer.',
  'user-mode-filter-ipsec-reason':
    'The IPsec status of a plain user-mode filter gets its own reason instead of the callout rules.',
  'close-before-win7-flow-context':
    'Closing connections before Windows 7: a flow context at flow-established whose flowDeleteFn sees the end, instead of another technology.',
  'ale-first-packet-payload-only':
    'ALE layers see only the first packet of a flow: they no longer serve payload work at the discard moment or per datagram.',
  'alternatives-and-warnings-narrowed':
    'No audit-log alternative for closing connections; no TLS warning for ICMP payload; socket options only for headers this host sends.',
  'modify-inject-at-connection-on-packets':
    'Modifying or injecting at the connection or established moment works on the packets instead of finding no layer.',
  'rewriting-redirect-serves-replies':
    'A rewriting redirect at a layer that sees both directions also serves the replies.',
  'own-driver-avoid-build-plan':
    'With own-driver=avoid the build plan names no callout, pend or injection.',
  'redirect-warnings-narrowed':
    'Redirect warnings only where they apply; a pended rewriting redirect is out of band.',
  'slice-at-highest-layer':
    'Each traffic slice at the highest layer that serves it, instead of the whole design dropping to one lower layer.',
  'fragments-at-ippacket-and-mac': 'Fragments are watched at inbound IP packet and outbound MAC.',
  'shaping-out-of-band':
    'Shaping computed in code holds traffic out of band and reinjects it (stream, datagram-data, transport, IP); Policy-based QoS stays the answer for fixed outbound rules.',
  'vswitch-ingress-then-egress':
    'Every vSwitch frame passes ingress, then egress: traffic arriving at a VM can be changed at ingress; the destination VM is named only at egress.',
  'nat-return-path-and-checksums':
    'NAT on a gateway names the return path at inbound IP packet and its forward injection; every header change carries the checksum rule; Windows NAT is offered.',
  'driverless-technology-named':
    'Without a driver of your own, the verdict names the technology (a packet-diversion driver or Policy-based QoS) with its cost and the IPsec status of what runs; no callout coding advice.',
  'layer-2-ipsec-not-applicable':
    'Work on layer-2 frames or fields only (VLAN tag, ARP) is IPsec not-applicable.',
  'ipsec-alert-exact':
    'The IPsec alert offers only fixes that exist and separates the documented rule from what is inferred about mutable header fields.',
  'connection-policy-offered':
    'Per-app routing on Windows 11 offers the connection policy (FwpmConnectionPolicyAdd0), with its documented OS versions.',
  'build-plan-mechanisms':
    'Build plans name the mechanism (flowDeleteFn, endpoint closure), say why each condition is there, leave loopback out of stealth mode, and number ICMP echo and errors per version.',
  'protocol-tcp-udp':
    'The protocol answer "TCP and UDP" (tcp,udp) is served as a TCP slice and a UDP slice.',
};
