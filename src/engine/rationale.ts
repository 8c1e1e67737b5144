/**
 * The ordered steps that led to the result, each citing sources, each with the id of the rule
 * that produced it (so the UI can show "why" without knowing the logic). The steps are a rule
 * table like the warnings: each rule says when it applies (a named predicate over the design), the
 * coded message it produces and its sources; rules about the primary layer run only when there is
 * one, and one rule adds a step per companion. Pure.
 */
import type { Layer, PendMechanism, SourceId } from '@/knowledge/types';
import type { CompanionPick, Design } from './design';
import { ipsecResult } from './ipsec-status';
import { FLOW_INVARIANT_SOURCES } from '@/knowledge/rule-facts';
import type { RationaleMessage, RationaleStep } from './types';

const NONE = {} as const;

/** A step about the task or the route, whatever the design settled on. */
interface DesignRule {
  readonly id: string;
  readonly on: 'design';
  readonly when: (d: Design) => boolean;
  readonly message: (d: Design) => RationaleMessage;
  readonly sourceIds: readonly SourceId[] | ((d: Design) => readonly SourceId[]);
}

/** A step about the chosen layers: only when there is a primary. */
interface PrimaryRule {
  readonly id: string;
  readonly on: 'primary';
  readonly when: (d: Design, primary: Layer) => boolean;
  readonly message: (d: Design, primary: Layer) => RationaleMessage;
  readonly sourceIds: readonly SourceId[] | ((d: Design) => readonly SourceId[]);
}

/** One step per companion, in the design's order (step id `companion-<role>`). */
interface CompanionRule {
  readonly id: 'companion';
  readonly on: 'each-companion';
  readonly message: (c: CompanionPick) => RationaleMessage;
  readonly sourceIds: (c: CompanionPick) => readonly SourceId[];
}

/** The step when no layer does the task. */
interface NoPrimaryRule {
  readonly id: string;
  readonly on: 'no-primary';
  readonly message: (d: Design) => RationaleMessage;
  readonly sourceIds: readonly SourceId[];
}

type RationaleRule = DesignRule | PrimaryRule | CompanionRule | NoPrimaryRule;

const always = () => true;

/** A callout design on a task a user-mode route was tried for first. */
function userModeTried(d: Design): boolean {
  const { action, decider } = d.task.profile;
  return (action === 'allow-block' || action === 'monitor') && decider === 'rules';
}

/** The rules, in the order their steps are shown. */
export const RATIONALE_RULES: readonly RationaleRule[] = [
  {
    id: 'task',
    on: 'design',
    when: always,
    message: ({ task }) => ({
      key: 'task',
      params: {
        action: task.profile.action,
        protocol: task.profile.protocol,
        traffic: task.profile.traffic,
        direction: task.profile.direction,
        moment: task.profile.moment ?? null,
        basis: task.profile.basis,
        decider: task.profile.decider,
        os: task.os,
      },
    }),
    sourceIds: ['wdk-pc'],
  },
  {
    id: 'vswitch-path',
    on: 'design',
    when: (d) => d.task.profile.traffic === 'vswitch',
    message: () => ({ key: 'vswitch-path', params: NONE }),
    sourceIds: ['wdk-vsw', 'wdk-vsw-overview'],
  },
  {
    id: 'protect-route',
    on: 'design',
    when: (d) => d.task.profile.action === 'protect',
    message: () => ({ key: 'protect-route', params: NONE }),
    sourceIds: ['w32-ipseccfg', 'w32-layers'],
  },
  {
    id: 'rpc-route',
    on: 'design',
    when: (d) => d.task.basis.has('rpc-interface'),
    message: () => ({ key: 'rpc-route', params: NONE }),
    sourceIds: ['w32-layers', 'w32-cond'],
  },
  {
    id: 'decision-at-ale',
    on: 'design',
    when: (d) => d.task.decisionAtAle,
    message: () => ({ key: 'decision-at-ale', params: NONE }),
    sourceIds: FLOW_INVARIANT_SOURCES,
  },
  {
    id: 'recorded-at-authorization',
    on: 'design',
    when: (d) =>
      d.mode === 'audit' &&
      (d.task.profile.moment === 'data' || d.task.profile.moment === 'established'),
    message: () => ({ key: 'recorded-at-authorization', params: NONE }),
    sourceIds: ['w32-audit', 'w32-alestate'],
  },
  {
    id: 'shaping-outbound-qos',
    on: 'design',
    when: (d) => d.task.shapingDelegated,
    message: () => ({ key: 'shaping-outbound-qos', params: NONE }),
    sourceIds: ['qos-top', 'qos-works', 'wdk-stream'],
  },
  {
    id: 'shaping-out-of-band',
    on: 'design',
    when: (d) => d.pend === 'out-of-band' && d.task.profile.action === 'shape',
    message: () => ({ key: 'shaping-out-of-band', params: NONE }),
    sourceIds: ['wdk-types', 'wdk-inj'],
  },
  {
    id: 'turnaround',
    on: 'design',
    when: (d) => d.task.profile.direction === 'turnaround',
    message: () => ({ key: 'turnaround', params: NONE }),
    sourceIds: ['wdk-inj'],
  },
  {
    // User-mode filtering comes first; a callout design says why it was not enough.
    id: 'user-mode-first',
    on: 'primary',
    when: (d) => d.verdict === 'user-mode' || d.mode === 'callout',
    message: (d, primary) => {
      if (d.verdict === 'user-mode') {
        return { key: 'user-mode-filtering', params: { layer: primary.id } };
      }
      const { action, decider } = d.task.profile;
      return userModeTried(d)
        ? { key: 'no-filter-covers', params: NONE }
        : { key: 'code-on-data-path', params: { action, decider } };
    },
    sourceIds: (d) =>
      d.verdict === 'user-mode' ? ['wdk-pc', 'w32-arch'] : ['wdk-pc', 'wdk-intro'],
  },
  {
    id: 'highest-layer',
    on: 'primary',
    when: always,
    message: (d, primary) => ({
      key: 'highest-layer',
      params: {
        layer: primary.id,
        rung: primary.rung,
        ruledOut: d.whyNotHigher.map((e) => ({ layerId: e.layerId, code: e.code })),
      },
    }),
    sourceIds: ['wdk-pc', 'w32-bp'],
  },
  {
    id: 'companion',
    on: 'each-companion',
    message: (c) => ({ key: 'companion', params: { layer: c.layer.id, message: c.message } }),
    sourceIds: (c) => c.sourceIds,
  },
  {
    id: 'hold-decision',
    on: 'primary',
    when: (d) => d.pend !== null,
    // `when` has checked that the design holds its decision.
    message: (d) => ({ key: 'hold-decision', params: { pend: d.pend as PendMechanism } }),
    sourceIds: ['wdk-async', 'ddi-pendop'],
  },
  {
    id: 'injection',
    on: 'primary',
    when: (d) => d.injection.length > 0,
    message: (d) => ({
      key: 'injection',
      params: {
        uses: d.injection
          .map((u) => ({ fn: u.fn.id, layer: u.layer.id }))
          .filter((u, i, all) => all.findIndex((v) => v.fn === u.fn && v.layer === u.layer) === i),
      },
    }),
    sourceIds: ['wdk-inj'],
  },
  {
    id: 'ipsec',
    on: 'primary',
    when: always,
    message: (d) => {
      const ipsec = ipsecResult(d);
      return { key: 'ipsec', params: { status: ipsec.status, reason: ipsec.message } };
    },
    sourceIds: (d) => {
      const { sourceIds } = ipsecResult(d);
      return sourceIds.length > 0 ? sourceIds : ['wdk-ipsec'];
    },
  },
  {
    id: 'own-driver-avoided',
    on: 'primary',
    when: (d) => d.driverAvoided,
    message: () => ({ key: 'own-driver-avoided', params: NONE }),
    sourceIds: ['wdk-sig', 'wd-doc'],
  },
  {
    id: 'nothing-workable',
    on: 'no-primary',
    message: (d) => ({ key: 'nothing-workable', params: { os: d.task.os } }),
    sourceIds: ['wdk-pc', 'wdk-port'],
  },
];

function sourcesOf(
  sourceIds: readonly SourceId[] | ((d: Design) => readonly SourceId[]),
  d: Design,
): readonly SourceId[] {
  return typeof sourceIds === 'function' ? sourceIds(d) : sourceIds;
}

/** The rationale for a design, in order. */
export function rationaleFor(design: Design): readonly RationaleStep[] {
  const primary = design.primary;
  const out: RationaleStep[] = [];
  for (const rule of RATIONALE_RULES) {
    switch (rule.on) {
      case 'design':
        if (rule.when(design)) {
          out.push({
            id: rule.id,
            message: rule.message(design),
            sourceIds: sourcesOf(rule.sourceIds, design),
          });
        }
        break;
      case 'primary':
        if (primary !== null && rule.when(design, primary)) {
          out.push({
            id: rule.id,
            message: rule.message(design, primary),
            sourceIds: sourcesOf(rule.sourceIds, design),
          });
        }
        break;
      case 'each-companion':
        if (primary === null) break;
        for (const c of design.companions) {
          out.push({
            id: `${rule.id}-${c.role}`,
            message: rule.message(c),
            sourceIds: rule.sourceIds(c),
          });
        }
        break;
      case 'no-primary':
        if (primary === null) {
          out.push({ id: rule.id, message: rule.message(design), sourceIds: rule.sourceIds });
        }
        break;
    }
  }
  return out;
}
