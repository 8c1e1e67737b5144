/**
 * When the seed page's seven considerations apply (DESIGN §5.7, expert notes P10), as named
 * predicates over the design, each returning why it applies or null. Pure.
 */
import { RECEIVE_PATHS } from '@/knowledge/injection';
import type { ConsiderationId, LayerId, PreferenceRung } from '@/knowledge/types';
import type { Action, Basis, MinOs } from '@/knowledge/vocabulary';
import type { Coded, NoParams } from './messages';
import type { AuditEvents, Design } from './design';
import { FLOW_CONTEXT_LAYER } from '@/knowledge/rule-facts';
import type { ConsiderationHit } from './types';

/** Why user-mode filtering cannot do the task: the parameters of each reason. */
export interface NotUserModeParams {
  readonly 'changes-traffic': { readonly action: Action };
  readonly shape: NoParams;
  readonly 'code-decides': NoParams;
  readonly 'outside-decides': NoParams;
  readonly 'no-close-event': NoParams;
  readonly 'no-monitor-event': NoParams;
  readonly 'not-filter-conditions': { readonly missing: readonly Basis[]; readonly layer: LayerId };
  readonly 'nothing-covers': NoParams;
}

export type NotUserMode = Coded<NotUserModeParams>;

/** Why a consideration applies: the parameters of each message (words in src/i18n/en). */
export interface ConsiderationParams {
  readonly 'ipsec-policy-user-mode': NoParams;
  readonly 'audit-events': { readonly events: AuditEvents | null };
  readonly 'built-in-callout': { readonly name: string };
  readonly 'plain-filters': NoParams;
  readonly 'callout-avoided': { readonly because: NotUserMode };
  readonly 'callout-needed': { readonly because: NotUserMode };
  readonly 'nothing-on-os': { readonly os: MinOs };
  readonly 'no-layer': NoParams;
  readonly 'highest-layer': {
    readonly layer: LayerId;
    readonly rung: PreferenceRung;
    readonly higher: number;
  };
  readonly 'flow-established-primary': NoParams;
  readonly 'flow-established-companion': NoParams;
  readonly 'flow-established-ruled-out': { readonly primary: LayerId | null };
  readonly 'dispatch-pended': NoParams;
  readonly 'dispatch-short': NoParams;
  readonly 'receive-injection': { readonly fns: readonly string[]; readonly pended: boolean };
  readonly 'tcp-injection': {
    readonly fns: readonly string[];
    readonly layers: readonly LayerId[];
  };
  readonly 'ip-header-send': { readonly fns: readonly string[] };
  readonly 'turnaround-alignment': NoParams;
  readonly 'raw-send-alignment': NoParams;
}

export type ConsiderationWhy = Coded<ConsiderationParams>;

const NONE = {} as const;

interface ConsiderationRule {
  readonly id: ConsiderationId;
  readonly why: (design: Design) => ConsiderationWhy | null;
}

function callout(design: Design): boolean {
  return design.verdict === 'kernel-callout';
}

function whyNotUserMode(design: Design): NotUserMode {
  const { action, decider } = design.task.profile;
  if (action === 'modify' || action === 'redirect' || action === 'inject') {
    return { key: 'changes-traffic', params: { action } };
  }
  if (action === 'shape') return { key: 'shape', params: NONE };
  if (decider === 'code') return { key: 'code-decides', params: NONE };
  if (decider === 'outside') return { key: 'outside-decides', params: NONE };
  if (action === 'monitor') {
    if (design.task.profile.moment === 'close') return { key: 'no-close-event', params: NONE };
    return { key: 'no-monitor-event', params: NONE };
  }
  const primary = design.primary;
  if (primary) {
    const missing = [...design.task.basis].filter((b) => !design.primaryFilterBasis.has(b));
    if (missing.length > 0) {
      return { key: 'not-filter-conditions', params: { missing, layer: primary.id } };
    }
  }
  return { key: 'nothing-covers', params: NONE };
}

/** The rules, in the seed page's order. */
export const CONSIDERATION_RULES: readonly ConsiderationRule[] = [
  {
    id: 'user-mode-first',
    why: (d) => {
      if (d.verdict === 'user-mode') {
        if (d.mode === 'ipsec-policy') return { key: 'ipsec-policy-user-mode', params: NONE };
        if (d.mode === 'audit')
          return { key: 'audit-events', params: { events: d.audit?.events ?? null } };
        if (d.builtIn) return { key: 'built-in-callout', params: { name: d.builtIn.name } };
        return { key: 'plain-filters', params: NONE };
      }
      if (d.driverAvoided)
        return { key: 'callout-avoided', params: { because: whyNotUserMode(d) } };
      if (d.verdict === 'kernel-callout')
        return { key: 'callout-needed', params: { because: whyNotUserMode(d) } };
      return { key: 'nothing-on-os', params: { os: d.task.os } };
    },
  },
  {
    id: 'highest-layer',
    why: (d) => {
      if (!d.primary) return { key: 'no-layer', params: NONE };
      const higher = d.whyNotHigher.length;
      return {
        key: 'highest-layer',
        params: { layer: d.primary.id, rung: d.primary.rung, higher },
      };
    },
  },
  {
    id: 'no-block-at-flow-established',
    why: (d) => {
      if (d.layers.some((l) => l.id === FLOW_CONTEXT_LAYER)) {
        return d.primary?.id === FLOW_CONTEXT_LAYER
          ? { key: 'flow-established-primary', params: NONE }
          : { key: 'flow-established-companion', params: NONE };
      }
      if (d.blockForbidden.length > 0) {
        return { key: 'flow-established-ruled-out', params: { primary: d.primary?.id ?? null } };
      }
      return null;
    },
  },
  {
    id: 'classify-at-dispatch',
    why: (d) =>
      callout(d)
        ? d.pend
          ? { key: 'dispatch-pended', params: NONE }
          : { key: 'dispatch-short', params: NONE }
        : null,
  },
  {
    id: 'receive-injection-checksum',
    why: (d) => {
      if (!callout(d)) return null;
      const uses = d.injection.filter((u) => RECEIVE_PATHS.has(u.fn.path));
      if (uses.length === 0) return null;
      return {
        key: 'receive-injection',
        params: {
          fns: [...new Set(uses.map((u) => u.fn.id))],
          pended: d.pend === 'pend-operation',
        },
      };
    },
  },
  {
    id: 'tcp-injection-needs-dpc',
    why: (d) => {
      if (!callout(d)) return null;
      const uses = d.injection.filter((u) => u.unit.protocol === 'tcp' && u.fn.tcpOutOfBandOnly);
      if (uses.length === 0) return null;
      return {
        key: 'tcp-injection',
        params: {
          fns: [...new Set(uses.map((u) => u.fn.id))],
          layers: [...new Set(uses.map((u) => u.layer.id))],
        },
      };
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
        return {
          key: 'ip-header-send',
          params: { fns: [...new Set(ipHeader.map((u) => u.fn.id))] },
        };
      }
      if (
        d.task.profile.direction === 'turnaround' &&
        d.injection.some((u) => u.fn.path !== 'stream')
      ) {
        return { key: 'turnaround-alignment', params: NONE };
      }
      if (
        d.task.basis.has('ip-header') &&
        d.injection.some((u) => u.fn.path === 'transport-send')
      ) {
        return { key: 'raw-send-alignment', params: NONE };
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
    if (why !== null) out.push({ id: rule.id, message: why });
  }
  return out;
}
