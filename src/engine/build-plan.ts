/**
 * What to build for the design, in the terms of the API: the conditions the filter matches, the
 * filter action, the callout type in the WDK taxonomy, the injection functions and how a decision
 * is held. Pure.
 */
import { engineBuild, engineTechnology } from '@/i18n/engine';
import { getCondition } from '@/knowledge/conditions';
import { osAtLeast, type PathDirection } from '@/knowledge/vocabulary';
import type { Design } from './design';
import type { BuildPlan } from './types';
import { BUILT_INS_EXCLUDING_LOOPBACK, VM_CONDITION_BY_DIRECTION } from './tables';
import { listWords } from './words';

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
  const directions = new Set(
    design.serving
      .filter((s) => s.layer.id === primary.id)
      .flatMap((s) => s.units.map((u) => u.direction)),
  );
  for (const id of primary.conditions) {
    const c = getCondition(id);
    if (!c || c.basis === null || !design.task.basis.has(c.basis)) continue;
    if (!osAtLeast(design.task.os, c.minOs)) continue;
    // The VM a vSwitch slice concerns: the source VM leaving a VM, the destination VM arriving.
    const vmDirection = VM_DIRECTION_BY_CONDITION.get(id);
    if (vmDirection !== undefined && directions.size > 0 && !directions.has(vmDirection)) continue;
    out.push(id);
  }
  if (excludesLoopback(design)) out.push(engineBuild.notSet(LOOPBACK_FLAG));
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

/** Each listed condition with why it is there: what it matches (knowledge), or the exclusion. */
function conditionNotes(ids: readonly string[]) {
  return ids.map((id) =>
    id === engineBuild.notSet(LOOPBACK_FLAG)
      ? { id, why: engineBuild.why['loopback-excluded'] }
      : { id, why: getCondition(id)?.meaning ?? '' },
  );
}

function calloutType(design: Design): string | undefined {
  if (design.mode !== 'callout' || !design.primary) return undefined;
  const { action } = design.task.profile;
  if (action === 'monitor' && design.task.profile.moment === 'close') {
    if (design.primary.sees.moments.includes('close'))
      return engineBuild.calloutType['endpoint-closure'];
    return engineBuild.calloutType['flow-delete'];
  }
  const outOfBandTcp = design.injection.some(
    (u) => u.unit.protocol === 'tcp' && u.fn.tcpOutOfBandOnly,
  );
  switch (action) {
    case 'monitor':
      return 'inline inspection (FWP_ACTION_CALLOUT_INSPECTION: observes, never decides)';
    case 'allow-block':
      if (design.pend === 'pend-operation')
        return 'pended authorization (FwpsPendOperation0, then FwpsCompleteOperation0)';
      if (design.pend === 'out-of-band')
        return 'out-of-band inspection (absorb a clone, decide later, reinject what is permitted)';
      return 'terminating (classifyFn returns PERMIT or BLOCK)';
    case 'modify':
    case 'inject':
      if (design.primary.actions.redirect.length > 0) return 'redirection (changes the layer data)';
      if (design.injection.some((u) => u.fn.path === 'stream')) {
        return design.pend
          ? 'out-of-band stream modification (FwpsCloneStreamData0, inject later)'
          : 'inline stream modification (FwpsStreamInjectAsync0 from classifyFn)';
      }
      return design.pend || outOfBandTcp
        ? 'out-of-band modification (reference or clone, block and absorb, modify and inject later from a DPC or worker)'
        : 'inline modification (clone, modify, inject from classifyFn, block and absorb the original)';
    case 'redirect':
      if (design.rewriteRedirect) {
        return design.pend || outOfBandTcp
          ? 'out-of-band modification (rewrite the addresses and reinject from a DPC)'
          : 'inline modification (rewrite the addresses and reinject)';
      }
      return design.pend === 'pend-classify'
        ? 'redirection, pended (FwpsPendClassify0, then FwpsCompleteClassify0)'
        : 'redirection (FwpsAcquireWritableLayerDataPointer0, change the request, FwpsApplyModifiedLayerData0)';
    case 'shape':
      return design.pend === 'out-of-band'
        ? 'out-of-band (clone or reference, block and absorb, reinject later when the rate allows)'
        : 'stream callout that defers inbound data (FWPS_STREAM_ACTION_DEFER, then FwpsStreamContinue0)';
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

function summary(design: Design): string {
  const primary = design.primary;
  if (!primary) return 'No WFP layer can do this task; see the alternatives.';
  const others = design.companions.map((c) => c.layer.name);
  const also = others.length > 0 ? `, with ${listWords(others)}` : '';
  switch (design.mode) {
    case 'filter':
      return design.builtIn
        ? `A user-mode filter at ${primary.name} that calls the built-in ${design.builtIn.name}${also}.`
        : `User-mode filters (FwpmFilterAdd0) at ${primary.name}${also}.`;
    case 'audit':
      return `Turn on auditing and subscribe to net events for ${primary.name}${also}: ${design.audit?.events ?? ''}.`;
    case 'ipsec-policy':
      return `IPsec policy from user mode at ${primary.name}${also}.`;
    default:
      if (design.driverAvoided) {
        return design.substitute === null
          ? engineTechnology.none({ layer: primary.name })
          : engineTechnology[design.substitute].summary({ layer: primary.name });
      }
      return `A kernel callout at ${primary.name}${also}, registered with FwpsCalloutRegister and added with FwpmCalloutAdd0, and filters that call it.`;
  }
}

const PEND_WORDS = {
  'pend-operation':
    'FwpsPendOperation0 in classifyFn, FwpsCompleteOperation0 when the decision arrives',
  'pend-classify':
    'FwpsPendClassify0 in classifyFn, FwpsCompleteClassify0 when the decision arrives',
  'out-of-band':
    'absorb (BLOCK + FWPS_CLASSIFY_OUT_FLAG_ABSORB) a referenced or cloned copy, reinject it when the decision arrives',
} as const;

/** The build plan for the design. */
export function buildPlanFor(design: Design): BuildPlan {
  // With own-driver=avoid no callout is built: name the layer that would serve, nothing to code.
  if (design.driverAvoided) {
    const conditions = conditionIds(design);
    return {
      summary: summary(design),
      conditions,
      conditionNotes: conditionNotes(conditions),
      injection: [],
      ...(design.substitute === null
        ? {}
        : {
            technology: {
              id: design.substitute,
              cost: engineTechnology[design.substitute].cost,
            },
          }),
    };
  }
  const type = calloutType(design);
  const action = filterAction(design);
  const flags = filterFlags(design);
  const conditions = conditionIds(design);
  return {
    summary: summary(design),
    conditions,
    conditionNotes: conditionNotes(conditions),
    ...(type === undefined ? {} : { calloutType: type }),
    injection: [...new Set(design.injection.map((u) => u.fn.id))],
    ...(design.pend ? { pend: PEND_WORDS[design.pend] } : {}),
    ...(action === undefined ? {} : { filterAction: action }),
    ...(flags.length > 0 ? { filterFlags: flags } : {}),
    ...(design.flowContext ? { calloutFlags: ['FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW'] } : {}),
    ...(design.builtIn ? { builtInCallout: design.builtIn.name } : {}),
  };
}
