/**
 * What to build for the design, in the terms of the API: the conditions the filter matches, the
 * filter action, the callout type in the WDK taxonomy, the injection functions and how a decision
 * is held. Pure.
 */
import { getCondition } from '@/knowledge/conditions';
import { osAtLeast, type PathDirection } from '@/knowledge/vocabulary';
import type { Design } from './design';
import type { BuildPlan, BuildSummary, CalloutKind } from './types';
import { BUILT_INS_EXCLUDING_LOOPBACK, VM_CONDITION_BY_DIRECTION } from '@/knowledge/rule-facts';

const VM_DIRECTION_BY_CONDITION = new Map<string, PathDirection>(
  (Object.entries(VM_CONDITION_BY_DIRECTION) as [PathDirection, string][]).map(([d, id]) => [
    id,
    d,
  ]),
);

function conditionIds(design: Design): readonly string[] {
  const primary = design.primary;
  if (!primary) return [];
  const out: string[] = [];
  // The directions the primary serves, listed only when a VM condition asks (rarely).
  let directions: Set<PathDirection> | undefined;
  const servedDirections = (): Set<PathDirection> =>
    (directions ??= new Set(
      design.serving
        .filter((s) => s.layer.id === primary.id)
        .flatMap((s) => s.units.map((u) => u.direction)),
    ));
  for (const id of primary.conditions) {
    const c = getCondition(id);
    if (!c || c.basis === null || !design.task.basis.has(c.basis)) continue;
    if (!osAtLeast(design.task.os, c.minOs)) continue;
    // The VM a vSwitch slice concerns: the source VM leaving a VM, the destination VM arriving.
    const vmDirection = VM_DIRECTION_BY_CONDITION.get(id);
    if (vmDirection !== undefined) {
      const served = servedDirections();
      if (served.size > 0 && !served.has(vmDirection)) continue;
    }
    out.push(id);
  }
  return out;
}

/**
 * The built-in silent drop at the inbound transport discard layer leaves loopback out, as
 * Microsoft's "Preventing port scanning" filters do (FWP_CONDITION_FLAG_IS_LOOPBACK not set).
 */
export function excludesLoopback(design: Design): boolean {
  return design.builtIn !== null && BUILT_INS_EXCLUDING_LOOPBACK.has(design.builtIn.layerId);
}

const LOOPBACK_FLAG = 'FWP_CONDITION_FLAG_IS_LOOPBACK';

/** Flags the filter matches as not set (loopback left out of a built-in's job). */
function notSet(design: Design): readonly string[] {
  return excludesLoopback(design) ? [LOOPBACK_FLAG] : [];
}

function calloutType(design: Design): CalloutKind | undefined {
  if (design.mode !== 'callout' || !design.primary) return undefined;
  const { action } = design.task.profile;
  if (action === 'monitor' && design.task.profile.moment === 'close') {
    if (design.primary.sees.moments.includes('close')) return 'endpoint-closure';
    return 'flow-delete';
  }
  const outOfBandTcp = design.injection.some(
    (u) => u.unit.protocol === 'tcp' && u.fn.tcpOutOfBandOnly,
  );
  switch (action) {
    case 'monitor':
      return 'inline-inspection';
    case 'allow-block':
      if (design.pend === 'pend-operation') return 'pended-authorization';
      if (design.pend === 'out-of-band') return 'out-of-band-inspection';
      return 'terminating';
    case 'modify':
    case 'inject':
      if (design.primary.actions.redirect.length > 0) return 'redirection';
      if (design.injection.some((u) => u.fn.path === 'stream')) {
        return design.pend ? 'out-of-band-stream-modification' : 'inline-stream-modification';
      }
      return design.pend || outOfBandTcp ? 'out-of-band-modification' : 'inline-modification';
    case 'redirect':
      if (design.rewriteRedirect) {
        return design.pend || outOfBandTcp ? 'out-of-band-rewrite' : 'inline-rewrite';
      }
      return design.pend === 'pend-classify' ? 'redirection-pended' : 'redirection-layer-data';
    case 'shape':
      return design.pend === 'out-of-band' ? 'out-of-band-shaping' : 'stream-defer';
    case 'protect':
      return undefined;
  }
}

function filterAction(design: Design): string | undefined {
  if (!design.primary || design.mode === null) return undefined;
  if (design.mode === 'audit') return undefined;
  if (design.mode === 'ipsec-policy') return undefined;
  if (design.mode === 'filter') {
    return design.builtIn
      ? 'FWP_ACTION_CALLOUT_TERMINATING (built-in callout)'
      : 'FWP_ACTION_BLOCK / FWP_ACTION_PERMIT';
  }
  switch (design.task.profile.action) {
    case 'monitor':
      return 'FWP_ACTION_CALLOUT_INSPECTION';
    case 'redirect':
    case 'shape':
      return 'FWP_ACTION_CALLOUT_UNKNOWN';
    default:
      return 'FWP_ACTION_CALLOUT_TERMINATING';
  }
}

function filterFlags(design: Design): readonly string[] {
  if (!design.primary || design.mode === 'audit' || design.mode === 'ipsec-policy') return [];
  const p = design.task.profile;
  const out: string[] = [];
  if (p.lifetime === 'persistent') out.push('FWPM_FILTER_FLAG_PERSISTENT');
  if (p.lifetime === 'boot-time') out.push('FWPM_FILTER_FLAG_BOOTTIME');
  if (p.lifetime === 'dynamic') out.push('FWPM_SESSION_FLAG_DYNAMIC (on the session)');
  if (design.mode === 'callout' && p.fail === 'open' && p.action !== 'monitor') {
    out.push('FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED');
  }
  if (p.precedence === 'must-win') out.push('FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT');
  return out;
}

function summary(design: Design): BuildSummary {
  const primary = design.primary;
  if (!primary) return { key: 'nothing', params: {} };
  const layer = primary.id;
  const companions = design.companions.map((c) => c.layer.id);
  switch (design.mode) {
    case 'filter':
      return design.builtIn
        ? { key: 'built-in-filter', params: { layer, builtIn: design.builtIn.name, companions } }
        : { key: 'filters', params: { layer, companions } };
    case 'audit':
      return {
        key: 'audit',
        params: { layer, companions, events: design.audit?.events ?? null },
      };
    case 'ipsec-policy':
      return { key: 'ipsec-policy', params: { layer, companions } };
    default:
      if (design.driverAvoided) {
        return design.substitute === null
          ? { key: 'no-technology', params: { layer } }
          : { key: 'technology', params: { layer, technology: design.substitute } };
      }
      return { key: 'callout', params: { layer, companions } };
  }
}

/** The build plan for the design. */
export function buildPlanFor(design: Design): BuildPlan {
  // With own-driver=avoid no callout is built: name the layer that would serve, nothing to code.
  if (design.driverAvoided) {
    const conditions = conditionIds(design);
    const excluded = notSet(design);
    return {
      message: summary(design),
      conditions,
      ...(excluded.length > 0 ? { notSet: excluded } : {}),
      injection: [],
      ...(design.substitute === null ? {} : { technology: { id: design.substitute } }),
    };
  }
  const type = calloutType(design);
  const action = filterAction(design);
  const flags = filterFlags(design);
  const conditions = conditionIds(design);
  const excluded = notSet(design);
  return {
    message: summary(design),
    conditions,
    ...(excluded.length > 0 ? { notSet: excluded } : {}),
    ...(type === undefined ? {} : { calloutKind: type }),
    injection: [...new Set(design.injection.map((u) => u.fn.id))],
    ...(design.pend ? { pendMechanism: design.pend } : {}),
    ...(action === undefined ? {} : { filterAction: action }),
    ...(flags.length > 0 ? { filterFlags: flags } : {}),
    ...(design.flowContext ? { calloutFlags: ['FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW'] } : {}),
    ...(design.builtIn ? { builtInCallout: design.builtIn.name } : {}),
  };
}
