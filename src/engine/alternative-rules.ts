/**
 * Which alternatives a reviewer would weigh for a design (ids from ALTERNATIVES), each with a
 * named predicate that returns why, or null. Pure.
 */
import { engineAlternatives } from '@/i18n/engine';
import { osAtLeast } from '@/knowledge/vocabulary';
import type { Design } from './design';
import { rewritesAddresses } from './evaluate';
import { QOS_BASIS } from './tables';
import type { AlternativeHit } from './types';
import { OS_NAMES } from './words';

interface AlternativeRule {
  readonly id: string;
  readonly why: (design: Design) => string | null;
}

/** Basis items Windows Firewall rules can express. */
const FIREWALL_BASIS = new Set([
  'app',
  'user',
  'package',
  'remote-identity',
  'address',
  'port',
  'protocol',
  'interface',
  'icmp-type',
]);

/**
 * Items no filter condition and no audit or net event carries: content and per-packet facts. An
 * alternative built on conditions or events cannot do a task that needs one of them.
 */
const CONTENT_BASIS = new Set(['payload', 'transport-header', 'ip-header', 'fragments', 'volume']);

function needsContent(d: Design): boolean {
  return [...d.task.basis].some((b) => CONTENT_BASIS.has(b));
}

/** What a connection policy matches (FwpmConnectionPolicyAdd0 conditions, api-connpolicy). */
const CONNECTION_POLICY_BASIS = new Set(['app', 'user', 'package', 'address', 'port', 'protocol']);

/** The alternatives, in the order a reviewer would weigh them. */
export const ALTERNATIVE_RULES: readonly AlternativeRule[] = [
  {
    id: 'windows-firewall-rules',
    why: (d) => {
      const p = d.task.profile;
      if (p.traffic !== 'local') return null;
      if (p.action === 'protect') {
        return 'Connection security rules and firewall rules that require authentication configure the same IPsec policy without code.';
      }
      if (p.action !== 'allow-block' || p.decider !== 'rules') return null;
      if (![...d.task.basis].every((b) => FIREWALL_BASIS.has(b))) return null;
      return d.verdict === 'user-mode'
        ? 'If an administrator or policy owns the rule rather than your product, a firewall rule expresses the same conditions with no code.'
        : 'For the parts that are fixed conditions, a firewall rule needs no code at all.';
    },
  },
  {
    id: 'user-mode-wfp-api',
    why: (d) => {
      const p = d.task.profile;
      if (d.mode !== 'callout' || p.action === 'protect' || needsContent(d)) return null;
      if (p.action === 'allow-block' || p.action === 'monitor') {
        return 'If the decision can be reduced to the conditions the layers offer (application, user, addresses, ports, protocol, interface), plain filters from user mode are enough and no driver is needed.';
      }
      return null;
    },
  },
  {
    id: 'security-auditing',
    why: (d) => {
      const p = d.task.profile;
      if (p.action !== 'monitor' || p.traffic !== 'local') return null;
      if (d.mode === 'audit') return null;
      // No audit or net event reports a connection closing (DESIGN §5.3), or any content.
      if (p.moment === 'close' || needsContent(d)) return null;
      return 'If connection-level records are enough (application, addresses, ports, allowed or blocked), the audit log and net events give them without a driver — allowed connections as net events only from Windows 8.';
    },
  },
  {
    id: 'ndis-lwf',
    why: (d) => {
      const p = d.task.profile;
      if (p.traffic === 'l2' && !osAtLeast(d.task.os, 'win8')) {
        return `The MAC-frame layers exist from Windows 8; on ${OS_NAMES[d.task.os]} an NDIS lightweight filter is the documented way to filter frames.`;
      }
      if (p.traffic === 'l2' || p.protocol === 'non-ip') {
        return 'An NDIS lightweight filter sees every frame of an adapter, for protocols WFP does not classify too (no application or socket context down there).';
      }
      return null;
    },
  },
  {
    id: 'packet-diversion-driver',
    why: (d) => {
      const p = d.task.profile;
      if (d.driverAvoided) {
        return 'The product cannot ship its own driver: a signed packet-diversion driver lets a user-mode program capture, drop, change and reinject packets, within its limits.';
      }
      if (
        d.verdict === 'kernel-callout' &&
        (p.traffic === 'local' || p.traffic === 'forwarded') &&
        p.action !== 'redirect'
      ) {
        return 'For a prototype or a tool, a signed packet-diversion driver does packet work from user mode, at the IP packet and forward layers only.';
      }
      return null;
    },
  },
  {
    id: 'policy-based-qos',
    why: (d) => {
      const p = d.task.profile;
      // QoS throttles outbound traffic on what its policies match (qos-top, qos-works).
      if (
        p.action === 'shape' &&
        p.direction !== 'inbound' &&
        [...d.task.basis].every((b) => QOS_BASIS.has(b))
      ) {
        return 'Policy-based QoS throttles outbound traffic by application, addresses, protocol or ports without a driver; it does not shape inbound traffic.';
      }
      if (
        p.action === 'modify' &&
        p.traffic === 'local' &&
        p.direction !== 'inbound' &&
        d.task.basis.has('ip-header')
      ) {
        return 'If the header change is DSCP marking, Policy-based QoS marks outbound traffic per application, address or port without a driver.';
      }
      return null;
    },
  },
  {
    id: 'hyper-v-firewall',
    why: (d) =>
      d.task.profile.traffic === 'vswitch' &&
      d.task.profile.action === 'allow-block' &&
      osAtLeast(d.task.os, 'win11-22h2')
        ? 'For containers and WSL hosted by Windows, Hyper-V firewall rules filter their traffic without a driver.'
        : null,
  },
  {
    id: 'hyper-v-switch-extension',
    why: (d) =>
      d.task.profile.traffic === 'vswitch' && osAtLeast(d.task.os, 'win8')
        ? 'A Hyper-V extensible switch extension (capture, filtering or forwarding) works on the same switch path, with NDIS semantics instead of WFP.'
        : null,
  },
  {
    id: 'connection-policy',
    why: (d) => {
      const p = d.task.profile;
      // Per-app routing: choose the interface or source address of an app's new outgoing connections.
      const routes =
        p.action === 'redirect' &&
        p['redirect-to'] === 'local-endpoint' &&
        p.direction === 'outbound';
      if (!routes || p.traffic !== 'local' || !osAtLeast(d.task.os, 'win11-22h2')) return null;
      if (![...d.task.basis].every((b) => CONNECTION_POLICY_BASIS.has(b))) return null;
      return engineAlternatives['connection-policy']({ minOs: OS_NAMES['win11-22h2'] });
    },
  },
  {
    id: 'windows-nat',
    why: (d) => {
      const p = d.task.profile;
      // NetNat translates an internal prefix on the gateway and rewrites the replies back.
      return p.traffic === 'forwarded' &&
        p.action === 'modify' &&
        rewritesAddresses(d.task) &&
        osAtLeast(d.task.os, 'win10')
        ? engineAlternatives['windows-nat']
        : null;
    },
  },
  {
    id: 'socket-option',
    why: (d) => {
      const p = d.task.profile;
      // Socket options and system defaults shape only what this host sends.
      return p.action === 'modify' &&
        p.traffic === 'local' &&
        p.direction === 'outbound' &&
        d.task.basis.has('ip-header')
        ? 'If the product owns the sockets, a per-socket option (such as IP_TTL) or the system-wide default changes the header without rewriting packets.'
        : null;
    },
  },
];

/** The alternatives worth weighing for the design, each with why. */
export function alternativesFor(design: Design): readonly AlternativeHit[] {
  const out: AlternativeHit[] = [];
  for (const rule of ALTERNATIVE_RULES) {
    const why = rule.why(design);
    if (why !== null) out.push({ id: rule.id, why });
  }
  return out;
}
