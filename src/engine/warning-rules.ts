/**
 * When each catalogued warning applies: one named predicate per warning id, over the design
 * (STYLE §2.2 rule 11). The catalogue with the texts is `warnings.ts`. Pure.
 */
import { osAtLeast } from '@/knowledge/vocabulary';
import type { Design } from './design';
import { excludesLoopback as buildsLoopbackExclusion } from './build-plan';
import { rewritesAddresses } from './evaluate';
import { ipsecResult } from './ipsec-status';
import { IDENTITY_BASIS } from '@/knowledge/rule-facts';
import type { Warning } from './types';
import { warningFor, type WarningId } from './warnings';

type Predicate = (design: Design) => boolean;

/**
 * The product builds its own kernel callout — the one meaning "callout" has in these rules. With
 * own-driver=avoid the verdict is another technology and no callout advice applies.
 */
function isCallout(d: Design): boolean {
  return d.verdict === 'kernel-callout';
}

function calloutLayers(d: Design) {
  return isCallout(d) ? d.layers : [];
}

function hasLayer(d: Design, predicate: (tier: string, id: string) => boolean): boolean {
  return d.layers.some((l) => predicate(l.tier, l.id));
}

const PACKET_UNITS = new Set(['packet', 'frame']);

const TLS_PROTOCOLS = new Set(['tcp', 'udp', 'tcp,udp', 'any-ip']);

function hasIdentityBasis(d: Design): boolean {
  for (const b of d.task.basis) if (IDENTITY_BASIS.has(b)) return true;
  return false;
}

/** Paths whose injected data starts at the IP header: a change there is a change to an IP packet. */
const IP_PACKET_PATHS = new Set(['network-send', 'network-receive', 'forward', 'vswitch-ingress']);

/**
 * The design changes an IP or transport header, whatever basis item named it: header fields,
 * rewritten addresses or ports (NAT, a redirect by rewriting), or any change to packets that are
 * injected with their IP header.
 */
function modifiesHeaders(d: Design): boolean {
  const { action } = d.task.profile;
  if (action !== 'modify' && action !== 'redirect') return false;
  if (d.rewriteRedirect || rewritesAddresses(d.task))
    return action === 'modify' || d.rewriteRedirect;
  if (d.task.basis.has('ip-header') || d.task.basis.has('transport-header')) return true;
  return (
    action === 'modify' && isCallout(d) && d.injection.some((u) => IP_PACKET_PATHS.has(u.fn.path))
  );
}

/** Warning id → when it applies. The order is the order warnings are shown. */
export const WARNING_RULES: Readonly<Record<WarningId, Predicate>> = {
  'ipsec-incompatible-in-use': (d) =>
    d.task.profile.ipsec === 'in-use' &&
    d.primary !== null &&
    ipsecResult(d).status === 'incompatible',
  'no-vswitch-before-win8': (d) =>
    d.task.profile.traffic === 'vswitch' && !osAtLeast(d.task.os, 'win8'),
  'no-app-identity-below-ale': (d) =>
    hasIdentityBasis(d) &&
    (d.primary === null || (d.primary.tier !== 'ale' && d.primary.mode === 'kernel')),
  'unregistered-callout-blocks': (d) => d.verdict === 'kernel-callout',
  // The pend warnings concern a callout of the product's own; with own-driver=avoid none is built.
  'pend-across-power-transitions': (d) => d.pend !== null && !d.driverAvoided,
  'pend-first-authorization-only': (d) => d.pend === 'pend-operation' && !d.driverAvoided,
  'pend-flushes-non-tcp-data': (d) =>
    d.pend === 'pend-operation' &&
    !d.driverAvoided &&
    d.task.units.some((u) => u.protocol !== 'tcp'),
  'tcp-connect-has-no-packet': (d) => d.tcpConnectWithoutPacket && !d.driverAvoided,
  'self-injection-loop': (d) => isCallout(d) && d.injection.some((u) => u.fn.path !== 'stream'),
  // Connect redirection (remote endpoint or local proxy) sees its own redirected connections again;
  // bind redirection changes only the local endpoint.
  'redirect-loop-local-proxy': (d) =>
    isCallout(d) &&
    d.task.profile.action === 'redirect' &&
    !d.rewriteRedirect &&
    d.primary !== null &&
    d.primary.actions.redirect.some((target) => target !== 'local-endpoint'),
  'proxy-must-not-redirect-itself': (d) =>
    d.task.profile.action === 'redirect' &&
    d.task.profile['redirect-to'] === 'local-proxy' &&
    !d.rewriteRedirect,
  'local-proxy-needs-win8': (d) =>
    d.task.profile.action === 'redirect' &&
    d.task.profile['redirect-to'] === 'local-proxy' &&
    !osAtLeast(d.task.os, 'win8'),
  'ale-classify-required-permit': (d) =>
    isCallout(d) && ipsecResult(d).conditions.some((c) => c.id === 'permit-ale-classify-required'),
  'ip-forwarding-must-be-enabled': (d) =>
    d.layers.some((l) => l.sees.traffic.includes('forwarded') && l.tier === 'network'),
  'forward-fragment-groups': (d) =>
    isCallout(d) &&
    d.layers.some((l) => l.sees.traffic.includes('forwarded') && l.tier === 'network') &&
    d.injection.length > 0,
  'fragments-indicated-three-times': (d) =>
    d.layers.some(
      (l) =>
        l.tier === 'network' &&
        l.sees.directions.includes('inbound') &&
        l.sees.traffic.includes('local'),
    ) &&
    (isCallout(d) || d.task.basis.has('fragments')),
  'receive-injection-bypasses-ipsec': (d) =>
    isCallout(d) &&
    d.task.profile.action === 'inject' &&
    d.injection.some((u) => u.fn.path === 'transport-receive'),
  'companion-ipsec-conditions': (d) =>
    isCallout(d) &&
    ipsecResult(d).status === 'compatible' &&
    d.companions.some((c) => c.layer.ipsec.callout === 'conditional'),
  'tunnel-mode-outer-addresses': (d) =>
    d.primary !== null &&
    (d.primary.tier === 'network' || d.primary.tier === 'mac' || d.primary.tier === 'vswitch') &&
    d.task.profile.traffic !== 'l2',
  'icmpv6-type-numbering': (d) =>
    d.task.basis.has('icmp-type') || d.task.profile.protocol === 'icmp-error',
  // The loopback flag at connect, flow-established and stream needs Vista SP1 (w32-flags).
  'loopback-flag-vista-sp1': (d) =>
    d.task.os === 'vista' &&
    d.primary !== null &&
    (d.task.basis.has('loopback') || buildsLoopbackExclusion(d)),
  'dual-stack-v6-layers': (d) =>
    d.verdict !== 'other-technology' &&
    d.primary !== null &&
    d.primary.tier === 'ale' &&
    d.primary.mode === 'kernel',
  'app-id-device-path': (d) => d.task.basis.has('app') && d.primary !== null,
  'tls-ciphertext-at-stream': (d) =>
    d.task.basis.has('payload') &&
    // TLS rides on TCP and QUIC/DTLS on UDP; ICMP payload is not an application's encrypted stream.
    TLS_PROTOCOLS.has(d.task.profile.protocol) &&
    hasLayer(d, (tier) => tier === 'data'),
  'flow-context-lifecycle': (d) => isCallout(d) && d.flowContext,
  'flow-context-after-handshake': (d) =>
    isCallout(d) &&
    d.flowContext &&
    // Rung 3: stream-packet and the transport layers see the handshake segments.
    d.serving.some((s) => s.layer.rung === 3 && s.layer.sees.protocols.includes('tcp')) &&
    d.task.units.some((u) => u.protocol === 'tcp'),
  'auditing-off-by-default': (d) => d.mode === 'audit',
  'no-close-event-in-user-mode': (d) => d.task.profile.moment === 'close',
  'reauthorization-on-policy-change': (d) =>
    d.task.profile.action === 'allow-block' && d.primary !== null && d.primary.tier === 'ale',
  'both-directions-need-two-filters': (d) =>
    d.mode === 'filter' &&
    d.task.profile.direction === 'both' &&
    d.companions.length === 0 &&
    (d.task.basis.has('address') || d.task.basis.has('port')),
  'offload-disabled-without-flags': (d) =>
    calloutLayers(d).some((l) => PACKET_UNITS.has(l.sees.unit)),
  'l2-injection-rules': (d) => calloutLayers(d).some((l) => l.tier === 'mac'),
  'mac-filter-doc-conflict': (d) =>
    d.mode === 'filter' && d.primary !== null && d.primary.tier === 'mac',
  'vswitch-rules': (d) => d.primary !== null && d.primary.tier === 'vswitch',
  'vswitch-ingress-injection-only': (d) =>
    isCallout(d) && d.injection.some((u) => u.fn.path === 'vswitch-ingress'),
  'ipv4-header-checksum': (d) => modifiesHeaders(d),
  'shaping-outside-wfp': (d) => d.task.profile.action === 'shape',
  'out-of-band-shaping-costs': (d) => d.task.profile.action === 'shape' && d.pend === 'out-of-band',
  'diversion-driver-limits': (d) => d.driverAvoided,
  'vista-sp1-for-ipsec-rules': (d) =>
    d.task.os === 'vista' &&
    isCallout(d) &&
    ipsecResult(d).conditions.some(
      (c) =>
        c.id === 'permit-ale-classify-required' || c.id === 'rebuild-ip-header-before-reinjection',
    ),
  'must-win-arbitration': (d) => d.task.profile.precedence === 'must-win' && d.primary !== null,
  'boot-time-filters': (d) =>
    d.task.profile.lifetime === 'boot-time' && d.primary !== null && d.primary.mode === 'kernel',
  'dynamic-session': (d) => d.task.profile.lifetime === 'dynamic' && d.primary !== null,
  'persistent-provider': (d) =>
    d.task.profile.lifetime === 'persistent' && d.verdict === 'user-mode' && d.mode !== 'audit',
};

/** The rules as [id, predicate] pairs, in catalogue-rule order (listed once). */
const RULE_LIST = Object.entries(WARNING_RULES) as [WarningId, Predicate][];

/** The warnings that apply to the design, in catalogue-rule order. */
export function warningsFor(design: Design): readonly Warning[] {
  const out: Warning[] = [];
  for (const [id, applies] of RULE_LIST) {
    if (applies(design)) out.push(warningFor(id, design));
  }
  return out;
}
