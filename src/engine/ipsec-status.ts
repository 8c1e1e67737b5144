/**
 * The IPsec status of the design (DESIGN §5.6): the primary layer's status for a plain filter or
 * for a callout, switched to the receive-injecting status when the design reinjects into the
 * transport receive path; conditions from IPSEC_CONDITIONS, trimmed to the ones the design
 * touches. The `ipsec` answer only decides how loudly it is raised. Pure.
 */
import { REBUILD_BEFORE_REINJECTION_PATH } from '@/knowledge/injection';
import { IPSEC_CONDITIONS } from '@/knowledge/ipsec';
import type { IpsecConditionId, IpsecStatus, Layer } from '@/knowledge/types';
import type { Design, Serving } from './design';
import {
  ALE_FLOW_IPSEC_CONDITION_IDS,
  INBOUND_IPSEC_CONDITION_IDS,
  REINJECTION_IPSEC_CONDITION,
} from '@/knowledge/rule-facts';
import { getAlternative } from '@/knowledge/alternatives';
import type { Basis } from '@/knowledge/vocabulary';
import { alternativesFor } from './alternative-rules';
import type { IpsecFix, IpsecNote, IpsecReason, IpsecResult } from './types';

/** Layer-2 fields: IPsec protects the IP payload, never these. */
const LAYER_2_BASIS: ReadonlySet<Basis> = new Set<Basis>([
  'mac',
  'ethertype',
  'vlan',
  'interface',
  'vm',
]);

/** Each condition as a result lists it, made once and shared (results are never mutated). */
const CONDITION_ENTRY = new Map<IpsecConditionId, IpsecResult['conditions'][number]>(
  IPSEC_CONDITIONS.map((c) => [c.id, Object.freeze({ id: c.id, sourceIds: c.sourceIds })]),
);
const NO_CONDITION_IDS: readonly IpsecConditionId[] = Object.freeze([]);
const NO_NOTES: readonly IpsecNote[] = Object.freeze([]);
const NO_FIXES: readonly IpsecFix[] = Object.freeze([]);

/** The design's callout at `layer` reinjects what the IPsec rebuild rule concerns (knowledge/injection.ts). */
function reinjectsAt(design: Design, layer: Layer): boolean {
  return design.injection.some(
    (u) => u.layer.id === layer.id && u.fn.path === REBUILD_BEFORE_REINJECTION_PATH,
  );
}

const SEVERITY: Readonly<Record<IpsecStatus, number>> = {
  'not-applicable': 0,
  compatible: 1,
  conditional: 2,
  incompatible: 3,
};

function emphasis(design: Design, status: IpsecStatus): IpsecResult['emphasis'] {
  const answer = design.task.profile.ipsec;
  if (answer === 'in-use' && status === 'incompatible') return 'loud';
  if (answer === 'not-used') return 'quiet';
  return 'normal';
}

interface ResultArgs {
  design: Design;
  status: IpsecStatus;
  reason: IpsecReason;
  confidence: IpsecResult['confidence'];
  sourceIds: IpsecResult['sourceIds'];
  conditionIds?: readonly IpsecConditionId[];
  notes?: readonly IpsecNote[];
}

function result({
  design,
  status,
  reason,
  confidence,
  sourceIds,
  conditionIds = NO_CONDITION_IDS,
  notes = NO_NOTES,
}: ResultArgs): IpsecResult {
  const conditions: IpsecResult['conditions'][number][] = [];
  for (const id of conditionIds) {
    const c = CONDITION_ENTRY.get(id);
    if (c !== undefined) conditions.push(c);
  }
  return {
    status,
    conditions,
    message: reason,
    confidence,
    emphasis: emphasis(design, status),
    sourceIds,
    notes,
    fixes: status === 'incompatible' ? ipsecFixes(design) : NO_FIXES,
  };
}

/** Alternatives that do the task without working below IPsec, offered as fixes in the alert. */
const DRIVERLESS_FIXES: ReadonlySet<string> = new Set([
  'socket-option',
  'policy-based-qos',
  'windows-nat',
  'connection-policy',
  'windows-firewall-rules',
]);

/**
 * Fixes that exist for an IPsec-incompatible design: the design is already at the highest workable
 * layer, so no higher layer is offered; the alternatives that can do the task without working
 * below IPsec; and leaving IPsec-protected packets untouched.
 */
export function ipsecFixes(design: Design): readonly IpsecFix[] {
  const fromAlternatives = alternativesFor(design)
    .filter((a) => DRIVERLESS_FIXES.has(a.id))
    .map((a) => ({
      id: a.id,
      message: a.message,
      sourceIds: getAlternative(a.id)?.sourceIds ?? [],
    }));
  return [
    ...fromAlternatives,
    {
      id: 'leave-ipsec-untouched',
      message: { key: 'leave-ipsec-untouched', params: {} },
      sourceIds: ['wdk-ipsec'],
    },
  ];
}

/** Layer-2 work that never touches an IP payload: non-IP frames, or only layer-2 fields. */
function touchesNoIp(design: Design): boolean {
  const { task } = design;
  if (task.units.length > 0 && task.units.every((u) => u.protocol === 'non-ip')) return true;
  return (
    task.profile.traffic === 'l2' &&
    task.profile.action !== 'inject' &&
    task.basis.size > 0 &&
    [...task.basis].every((b) => LAYER_2_BASIS.has(b))
  );
}

/** Notes for a network-layer design that changes IP header fields (mutable ones are not protected). */
function headerNotes(design: Design): readonly IpsecNote[] {
  const { action } = design.task.profile;
  if (action !== 'modify' || !design.task.basis.has('ip-header')) return [];
  return [
    {
      id: 'mutable-header-fields',
      confidence: 'inferred',
      sourceIds: ['rfc-4302', 'rfc-4303', 'wdk-ipsec'],
    },
  ];
}

/** A callout's status at one serving layer of the design. */
function calloutStatus(design: Design, layer: Layer): IpsecStatus {
  return reinjectsAt(design, layer) && layer.ipsec.calloutReceiveInjecting
    ? layer.ipsec.calloutReceiveInjecting
    : layer.ipsec.callout;
}

/** The conditions of a conditional callout at `s`, trimmed to the paths the design touches. */
function conditionsAt(design: Design, s: Serving): readonly IpsecConditionId[] {
  const inbound = s.units.some((u) => u.direction === 'inbound');
  const reinjects = reinjectsAt(design, s.layer);
  // ICMP error messages never create or reauthorize a flow (they skip ALE, w32-alestate): the
  // rules about ALE-classify-required packets do not concern a callout that sees only them.
  const errorsOnly = s.units.length > 0 && s.units.every((u) => u.protocol === 'icmp-error');
  return s.layer.ipsec.conditions.filter((id) => {
    if (errorsOnly && ALE_FLOW_IPSEC_CONDITION_IDS.has(id)) return false;
    if (id === REINJECTION_IPSEC_CONDITION) return reinjects;
    if (INBOUND_IPSEC_CONDITION_IDS.has(id)) return inbound;
    return true;
  });
}

/**
 * The IPsec result for a design: the least compatible status among the layers that serve the
 * traffic (the primary, and companions for another direction or protocol), with the conditions of
 * every conditional one.
 */
export function ipsecResult(design: Design): IpsecResult {
  // Several rules ask for the same design's result, one design after the other; a design never
  // changes, so the last design's result is kept (no weak map entry per design for the GC).
  if (design !== lastDesign || lastResult === undefined) {
    lastResult = ipsecResultOf(design);
    lastDesign = design;
  }
  return lastResult;
}

let lastDesign: Design | undefined;
let lastResult: IpsecResult | undefined;

function ipsecResultOf(design: Design): IpsecResult {
  const primary = design.primary;
  if (design.mode === 'ipsec-policy') {
    return result({
      design,
      status: 'not-applicable',
      reason: { key: 'configures-ipsec', params: {} },
      confidence: 'documented',
      sourceIds: ['w32-ipseccfg', 'w32-transportmode'],
    });
  }
  if (design.driverAvoided) {
    if (design.substitute === 'packet-diversion-driver') {
      return result({
        design,
        status: 'incompatible',
        reason: { key: 'diversion-driver', params: {} },
        confidence: 'inferred',
        sourceIds: ['wd-doc', 'wdk-ipsec', 'wdk-mgmtlayers'],
        notes: headerNotes(design),
      });
    }
    return result({
      design,
      status: 'not-applicable',
      reason: { key: design.substitute === null ? 'no-substitute' : 'qos-policy', params: {} },
      confidence: 'documented',
      sourceIds: design.substitute === null ? [] : ['qos-top'],
    });
  }
  if (primary !== null && touchesNoIp(design)) {
    return result({
      design,
      status: 'not-applicable',
      reason: { key: 'layer-2-only', params: {} },
      confidence: 'inferred',
      sourceIds: ['wdk-l2', 'wdk-ipsec', 'rfc-4303'],
    });
  }
  if (primary === null || design.mode === null) {
    return result({
      design,
      status: 'not-applicable',
      reason: { key: 'no-wfp-layer', params: {} },
      confidence: 'documented',
      sourceIds: [],
    });
  }
  const serving = design.serving.length > 0 ? design.serving : [{ layer: primary, units: [] }];
  if (design.mode !== 'callout') {
    let worst = serving[0] ?? { layer: primary, units: [] };
    for (const s of serving) {
      if (SEVERITY[s.layer.ipsec.userModeFilter] > SEVERITY[worst.layer.ipsec.userModeFilter])
        worst = s;
    }
    const ipsec = worst.layer.ipsec;
    return result({
      design,
      status: ipsec.userModeFilter,
      reason: {
        key: 'user-mode-filter',
        params: { layer: worst.layer.id, audit: design.mode === 'audit' },
      },
      confidence: ipsec.userModeFilterConfidence ?? ipsec.confidence,
      sourceIds: ipsec.sourceIds,
    });
  }
  let worst = serving[0] ?? { layer: primary, units: [] };
  for (const s of serving) {
    if (SEVERITY[calloutStatus(design, s.layer)] > SEVERITY[calloutStatus(design, worst.layer)])
      worst = s;
  }
  const status = calloutStatus(design, worst.layer);
  const conditionIds: IpsecConditionId[] = [];
  if (status === 'conditional') {
    for (const s of serving) {
      if (calloutStatus(design, s.layer) !== 'conditional') continue;
      for (const id of conditionsAt(design, s))
        if (!conditionIds.includes(id)) conditionIds.push(id);
    }
  }
  const reinjects = reinjectsAt(design, worst.layer);
  return result({
    design,
    status,
    reason: { key: 'callout', params: { layer: worst.layer.id, reinjects } },
    confidence: worst.layer.ipsec.confidence,
    sourceIds: worst.layer.ipsec.sourceIds,
    conditionIds,
    notes: status === 'incompatible' ? headerNotes(design) : NO_NOTES,
  });
}
