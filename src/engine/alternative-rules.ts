/**
 * Which alternatives a reviewer would weigh for a design (ids from ALTERNATIVES), each with a
 * named predicate that returns why, or null. Pure.
 */
import { osAtLeast, type MinOs } from '@/knowledge/vocabulary';
import type { Design } from './design';
import { rewritesAddresses } from './evaluate';
import { QOS_BASIS } from '@/knowledge/rule-facts';
import type { AlternativeHit } from './types';
import type { Coded, NoParams } from './messages';

/** Why an alternative fits the design: the parameters of each message. */
export interface AlternativeParams {
  readonly 'firewall-protect': NoParams;
  readonly 'firewall-admin-owned': NoParams;
  readonly 'firewall-fixed-parts': NoParams;
  readonly 'user-mode-filters': NoParams;
  readonly 'audit-records': NoParams;
  readonly 'ndis-before-win8': { readonly os: MinOs };
  readonly 'ndis-frames': NoParams;
  readonly 'diversion-no-driver': NoParams;
  readonly 'diversion-prototype': NoParams;
  readonly 'qos-throttle': NoParams;
  readonly 'qos-dscp': NoParams;
  readonly 'hyper-v-firewall': NoParams;
  readonly 'hyper-v-switch-extension': NoParams;
  readonly 'socket-option': NoParams;
  readonly 'connection-policy': { readonly minOs: MinOs };
  readonly 'windows-nat': NoParams;
}

/** Why an alternative fits, as a coded message (words in src/i18n/en/alternatives.ts). */
export type AlternativeWhy = Coded<AlternativeParams>;

interface AlternativeRule {
  readonly id: string;
  readonly why: (design: Design) => AlternativeWhy | null;
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
        return { key: 'firewall-protect', params: {} };
      }
      if (p.action !== 'allow-block' || p.decider !== 'rules') return null;
      if (![...d.task.basis].every((b) => FIREWALL_BASIS.has(b))) return null;
      return d.verdict === 'user-mode'
        ? { key: 'firewall-admin-owned', params: {} }
        : { key: 'firewall-fixed-parts', params: {} };
    },
  },
  {
    id: 'user-mode-wfp-api',
    why: (d) => {
      const p = d.task.profile;
      if (d.mode !== 'callout' || p.action === 'protect' || needsContent(d)) return null;
      if (p.action === 'allow-block' || p.action === 'monitor') {
        return { key: 'user-mode-filters', params: {} };
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
      return { key: 'audit-records', params: {} };
    },
  },
  {
    id: 'ndis-lwf',
    why: (d) => {
      const p = d.task.profile;
      if (p.traffic === 'l2' && !osAtLeast(d.task.os, 'win8')) {
        return { key: 'ndis-before-win8', params: { os: d.task.os } };
      }
      if (p.traffic === 'l2' || p.protocol === 'non-ip') {
        return { key: 'ndis-frames', params: {} };
      }
      return null;
    },
  },
  {
    id: 'packet-diversion-driver',
    why: (d) => {
      const p = d.task.profile;
      if (d.driverAvoided) {
        return { key: 'diversion-no-driver', params: {} };
      }
      if (
        d.verdict === 'kernel-callout' &&
        (p.traffic === 'local' || p.traffic === 'forwarded') &&
        p.action !== 'redirect'
      ) {
        return { key: 'diversion-prototype', params: {} };
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
        return { key: 'qos-throttle', params: {} };
      }
      if (
        p.action === 'modify' &&
        p.traffic === 'local' &&
        p.direction !== 'inbound' &&
        d.task.basis.has('ip-header')
      ) {
        return { key: 'qos-dscp', params: {} };
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
        ? { key: 'hyper-v-firewall', params: {} }
        : null,
  },
  {
    id: 'hyper-v-switch-extension',
    why: (d) =>
      d.task.profile.traffic === 'vswitch' && osAtLeast(d.task.os, 'win8')
        ? { key: 'hyper-v-switch-extension', params: {} }
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
      return { key: 'connection-policy', params: { minOs: 'win11-22h2' } };
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
        ? { key: 'windows-nat', params: {} }
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
        ? { key: 'socket-option', params: {} }
        : null;
    },
  },
];

/** The alternatives worth weighing for the design, each with why. */
export function alternativesFor(design: Design): readonly AlternativeHit[] {
  const out: AlternativeHit[] = [];
  for (const rule of ALTERNATIVE_RULES) {
    const why = rule.why(design);
    if (why !== null) out.push({ id: rule.id, message: why });
  }
  return out;
}
