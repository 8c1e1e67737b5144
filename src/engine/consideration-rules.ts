/**
 * When the seed page's seven considerations apply (DESIGN §5.7, expert notes P10), as named
 * predicates over the design, each returning why it applies or null. Pure.
 */
import { engineWhyNotUserMode } from '@/i18n/engine';
import type { ConsiderationId } from '@/knowledge/types';
import type { Design } from './design';
import { FLOW_CONTEXT_LAYER, RUNG_NAMES } from './tables';
import type { ConsiderationHit } from './types';
import { BASIS_WORDS, OS_NAMES, listWords } from './words';

interface ConsiderationRule {
  readonly id: ConsiderationId;
  readonly why: (design: Design) => string | null;
}

const RECEIVE_PATHS = new Set(['transport-receive', 'network-receive', 'mac-receive']);

function callout(design: Design): boolean {
  return design.verdict === 'kernel-callout';
}

function whyNotUserMode(design: Design): string {
  const { action, decider } = design.task.profile;
  if (action === 'modify' || action === 'redirect' || action === 'inject') {
    return `the task changes traffic (${action}), which built-in filtering cannot do`;
  }
  if (action === 'shape') return engineWhyNotUserMode.shape;
  if (decider === 'code') return 'the decision is computed by code in the classify function';
  if (decider === 'outside')
    return 'the decision waits for someone outside the classify, which only a callout can hold';
  if (action === 'monitor') {
    if (design.task.profile.moment === 'close')
      return 'no audit or net event reports an endpoint closing';
    return 'no audit or net event reports what this monitor needs';
  }
  const primary = design.primary;
  if (primary) {
    const missing = [...design.task.basis].filter((b) => !design.primaryFilterBasis.has(b));
    if (missing.length > 0) {
      return `the ${listWords(missing.map((b) => BASIS_WORDS[b]))} ${missing.length > 1 ? 'are not filter conditions' : 'is not a filter condition'} at ${primary.name}, the highest layer that sees the traffic`;
    }
  }
  return 'no built-in filter condition or action covers the task';
}

/** The rules, in the seed page's order. */
export const CONSIDERATION_RULES: readonly ConsiderationRule[] = [
  {
    id: 'user-mode-first',
    why: (d) => {
      if (d.verdict === 'user-mode') {
        if (d.mode === 'ipsec-policy')
          return 'IPsec policy is configured from user mode (IKE/IPsec layers, connection security rules): no driver.';
        if (d.mode === 'audit')
          return `Audit and net events report what the monitor needs (${d.audit?.events ?? 'connection events'}): no driver.`;
        if (d.builtIn)
          return `A filter calling the built-in callout ${d.builtIn.name} does the job from user mode: no driver.`;
        return 'Plain filters added from user mode (FwpmFilterAdd0) match every basis item here: no driver.';
      }
      if (d.driverAvoided)
        return `A kernel callout would be needed because ${whyNotUserMode(d)}, and the product cannot ship a driver of its own.`;
      if (d.verdict === 'kernel-callout')
        return `A kernel callout is needed because ${whyNotUserMode(d)}.`;
      return `No WFP layer can do the task on ${OS_NAMES[d.task.os]}, with or without a driver.`;
    },
  },
  {
    id: 'highest-layer',
    why: (d) => {
      if (!d.primary)
        return 'No WFP layer can do the task, so no layer is chosen; see why each was ruled out.';
      const higher = d.exclusions.filter((e) => d.whyNotHigherIds.has(e.layerId)).length;
      const rung = d.primary.rung;
      return `${d.primary.name} is the highest workable layer in the preference order (ALE → stream/datagram-data → stream-packet/transport/ICMP error → IP packet/forward → MAC frame)${rung ? `, on the ${RUNG_NAMES[rung]} rung` : ''}; ${higher} layer${higher === 1 ? '' : 's'} ranked above ${higher === 1 ? 'was' : 'were'} ruled out.`;
    },
  },
  {
    id: 'no-block-at-flow-established',
    why: (d) => {
      if (d.layers.some((l) => l.id === FLOW_CONTEXT_LAYER)) {
        return d.primary?.id === FLOW_CONTEXT_LAYER
          ? 'The design runs at ALE flow-established: its callout observes and must not return BLOCK (only to close a connection after a security-relevant error).'
          : 'The design registers a callout at ALE flow-established for the flow context: it must not return BLOCK there.';
      }
      if (d.blockForbidden.length > 0) {
        return `ALE flow-established was ruled out because blocking is forbidden there; the decision is made at ${d.primary?.name ?? 'another layer'}.`;
      }
      return null;
    },
  },
  {
    id: 'classify-at-dispatch',
    why: (d) =>
      callout(d)
        ? d.pend
          ? 'classifyFn runs at IRQL ≤ DISPATCH_LEVEL; the outside decision is waited for outside it (pend or absorb, finish at PASSIVE_LEVEL, complete later).'
          : 'classifyFn runs at IRQL ≤ DISPATCH_LEVEL: keep it short and move slow work (I/O, user-mode round-trips, big scans) to a worker.'
        : null,
  },
  {
    id: 'receive-injection-checksum',
    why: (d) => {
      if (!callout(d)) return null;
      const uses = d.injection.filter((u) => RECEIVE_PATHS.has(u.fn.path));
      if (uses.length === 0) return null;
      const fns = listWords([...new Set(uses.map((u) => u.fn.id))]);
      const pended =
        d.pend === 'pend-operation'
          ? ' (reinjecting the clone after the pended authorization)'
          : '';
      return `The design injects into the receive path with ${fns}${pended}: recompute the IP checksum first, since reassembled packets carry a stale one.`;
    },
  },
  {
    id: 'tcp-injection-needs-dpc',
    why: (d) => {
      if (!callout(d)) return null;
      const uses = d.injection.filter((u) => u.unit.protocol === 'tcp' && u.fn.tcpOutOfBandOnly);
      if (uses.length === 0) return null;
      return `TCP packets are injected with ${listWords([...new Set(uses.map((u) => u.fn.id))])} from ${listWords([...new Set(uses.map((u) => u.layer.name))])}: TCP can be injected only out of band, so queue a DPC instead of injecting inside classifyFn.`;
    },
  },
  {
    id: 'outbound-header-alignment',
    why: (d) => {
      if (!callout(d)) return null;
      const ipHeader = d.injection.filter(
        (u) => u.fn.path === 'network-send' || u.fn.path === 'forward',
      );
      if (ipHeader.length > 0) {
        return `The design sends with ${listWords([...new Set(ipHeader.map((u) => u.fn.id))])}, whose buffer starts with the IP header: the MDL holding it must be pointer-aligned.`;
      }
      if (
        d.task.profile.direction === 'turnaround' &&
        d.injection.some((u) => u.fn.path !== 'stream')
      ) {
        return 'A received packet is sent back out (turnaround): its IP header MDL may not be pointer-aligned, so rebuild the header in an aligned buffer before the send-path injection.';
      }
      if (
        d.task.basis.has('ip-header') &&
        d.injection.some((u) => u.fn.path === 'transport-send')
      ) {
        return 'Raw (header-include) sends carry the IP header in the buffer handed to the transport send injection: it must sit in a pointer-aligned MDL.';
      }
      return null;
    },
  },
];

/** The considerations that apply to the design, each with why. */
export function considerationsFor(design: Design): readonly ConsiderationHit[] {
  const out: ConsiderationHit[] = [];
  for (const rule of CONSIDERATION_RULES) {
    const why = rule.why(design);
    if (why !== null) out.push({ id: rule.id, why });
  }
  return out;
}
