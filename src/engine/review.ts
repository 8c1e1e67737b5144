/**
 * Reviewing a proposed design against a task profile (DESIGN §4 `p-…` keys):
 * does each proposed layer see the traffic, the moment and every basis item, is the action allowed
 * there, is a higher layer workable, which companions, considerations and warnings the design must
 * take on, its IPsec status and what breaks on the minimum Windows. The per-layer verdicts are the
 * engine's own (`fitLayer` with the proposal's mode), so a layer `recommend` excludes fails here
 * with the same reason code. Returns codes and typed parameters; words are in the catalogue's `review` section.
 * Pure and total.
 */
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { getLayer } from '@/knowledge/layers';
import type { LayerId, SourceId } from '@/knowledge/types';
import { MIN_OS, osAtLeast, type Profile } from '@/knowledge/vocabulary';
import { considerationsFor } from './consideration-rules';
import type { Mode, Task } from './design';
import type { ExclusionReason } from './exclusion-reasons';
import { fitLayer, injectionNeed } from './evaluate';
import { ipsecResult } from './ipsec-status';
import { buildProposedDesign, proposedMode } from './proposed-design';
import { recommend } from './recommend';
import { ranksAbove, selectDesign } from './select';
import { buildPlanFor } from './build-plan';
import { makeTask, normalizeProfile } from './task';
import type { IpsecResult } from './types';
import { warningsFor } from './warning-rules';

import type { Proposal, ProposalCallout, ProposalKind, ReviewVerdict } from './proposal';

export {
  PROPOSAL_CALLOUTS,
  PROPOSAL_KINDS,
  PROPOSAL_WEIGHTS,
  type Proposal,
  type ProposalCallout,
  type ProposalKind,
  type ProposalWeight,
  type ReviewVerdict,
} from './proposal';

export type FindingSeverity = 'blocker' | 'gap' | 'better' | 'ok' | 'info';

export type FindingParam = string | number | boolean | readonly string[];

export interface Finding {
  /** Stable within a review (used as `data-finding-id`), e.g. `ok-sees-traffic:ale-auth-connect`. */
  readonly id: string;
  /**
   * Finding kind. A layer that cannot do the task carries the engine's exclusion code
   * (`block-forbidden`, `basis-not-visible`, `not-on-os`, …); the review's own codes are listed in
   * `REVIEW_CODES`.
   */
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly layerId?: LayerId;
  readonly params: Readonly<Record<string, FindingParam>>;
  /** For an engine exclusion code: why the layer cannot do the task (words in src/i18n). */
  readonly reason?: ExclusionReason;
  readonly sourceIds: readonly SourceId[];
}

export interface Review {
  readonly verdict: ReviewVerdict;
  /** Ordered: blockers first, then better, gaps, ok, info. */
  readonly findings: readonly Finding[];
  /** For does-not-work: the first blocker. */
  readonly firstReason?: Finding;
  /** IPsec status of the PROPOSED design. */
  readonly ipsec: IpsecResult;
  /** The recommended layer, for comparison (null when no WFP layer does the task). */
  readonly recommendedPrimary: LayerId | null;
  /** The proposed layers that serve the traffic, highest first. */
  readonly servingLayers: readonly LayerId[];
}

/** The review's own finding codes (layer failures reuse the engine's exclusion codes). */
export const REVIEW_CODES = [
  'no-layers',
  'unknown-layer',
  'filter-cannot-do-action',
  'callout-for-protect',
  'own-driver-avoided',
  'traffic-not-covered',
  'missing-companion',
  'supporting-companion',
  'not-needed',
  'ok-sees-traffic',
  'higher-workable',
  'user-mode-suffices',
  'callout-type-mismatch',
  'inject-unknown',
  'inject-needs-callout',
  'inject-not-at-layer',
  'inject-not-on-os',
  'inject-not-needed',
  'ipsec-status',
  'ipsec-incompatible',
  'weight-above-universal',
  'consideration',
  'warning',
] as const;
export type ReviewCode = (typeof REVIEW_CODES)[number];

const SEVERITY_ORDER: Readonly<Record<FindingSeverity, number>> = {
  blocker: 0,
  better: 1,
  gap: 2,
  ok: 3,
  info: 4,
};

/** Callout types that fit a task (DESIGN §5; WDK "Types of callouts"). */
function fittingCalloutTypes(task: Task): readonly ProposalCallout[] {
  if (task.mustHold) return ['pend'];
  switch (task.profile.action) {
    case 'allow-block':
    case 'monitor':
      return ['inspect'];
    case 'modify':
      return ['modify', 'inject'];
    case 'redirect':
      return ['redirect', 'modify'];
    case 'inject':
      return ['inject'];
    case 'shape':
      return ['modify', 'inspect'];
    case 'protect':
      return [];
  }
}

/** Whether plain filters (or audit, or IPsec policy) can serve the task at all (DESIGN §5.3). */
function filterServes(task: Task): boolean {
  const { action, decider } = task.profile;
  if (action === 'protect') return true;
  return (action === 'allow-block' || action === 'monitor') && decider === 'rules';
}

/** The oldest Windows on which the layer fits in this mode, when it does not on the task's. */
function worksFrom(layerId: LayerId, task: Task, mode: Mode): string | null {
  const layer = getLayer(layerId);
  if (!layer) return null;
  for (const os of MIN_OS) {
    if (!osAtLeast(os, task.os) || os === task.os) continue;
    const later = makeTask(normalizeProfile({ ...task.profile, 'min-os': os }));
    if (fitLayer(layer, later, mode).failure === null) return os;
  }
  return null;
}

interface FindingArgs {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly params?: Record<string, FindingParam>;
  readonly sourceIds?: readonly SourceId[];
  readonly layerId?: LayerId | undefined;
  readonly reason?: ExclusionReason | undefined;
}

class Findings {
  private readonly list: Finding[] = [];
  private readonly ids = new Set<string>();

  add({ code, severity, params = {}, sourceIds = [], layerId, reason }: FindingArgs): void {
    const base = layerId ? `${code}:${layerId}` : code;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}:${n}`;
    this.ids.add(id);
    this.list.push({
      id,
      code,
      severity,
      ...(layerId ? { layerId } : {}),
      params,
      ...(reason ? { reason } : {}),
      sourceIds,
    });
  }

  sorted(): readonly Finding[] {
    return this.list
      .map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
      .map(({ f }) => f);
  }
}

/**
 * Reviews a proposed design for a profile. Pure; never throws (unknown layer ids and injection
 * names become findings).
 *
 * @example
 * reviewDesign(profile, { layers: ['inbound-ippacket'], kind: 'callout', callout: 'inspect' })
 * // → verdict 'does-not-work' when the IP packet layer cannot see the application
 */
export function reviewDesign(profile: Profile, proposal: Proposal): Review {
  const rec = recommend(profile);
  const task = makeTask(normalizeProfile(profile));
  const mode = proposedMode(proposal.kind, task);
  const out = new Findings();

  if (proposal.layers.length === 0) out.add({ code: 'no-layers', severity: 'blocker' });
  for (const id of proposal.layers) {
    if (!getLayer(id))
      out.add({
        code: 'unknown-layer',
        severity: 'blocker',
        params: { layerId: id },
        sourceIds: [],
        layerId: id,
      });
  }
  if (proposal.kind === 'filter' && !filterServes(task)) {
    out.add({
      code: 'filter-cannot-do-action',
      severity: 'blocker',
      params: { action: task.profile.action, decider: task.profile.decider },
      sourceIds: ['w32-op', 'wdk-types', 'wdk-pc'],
    });
  }
  if (proposal.kind === 'callout' && task.profile.action === 'protect') {
    out.add({
      code: 'callout-for-protect',
      severity: 'blocker',
      params: {},
      sourceIds: ['w32-ipseccfg'],
    });
  }
  if (proposal.kind === 'callout' && task.profile['own-driver'] === 'avoid') {
    out.add({ code: 'own-driver-avoided', severity: 'blocker', params: {}, sourceIds: ['wdk-pc'] });
  }

  const built = buildProposedDesign(task, proposal.layers, mode, proposal.inject);
  const { design, fits, neededCompanions } = built;
  const servingIds = new Set(design.serving.map((s) => s.layer.id));
  const supporting = new Map(neededCompanions.map((c) => [c.layer.id, c]));

  for (const fit of fits) {
    const id = fit.layer.id;
    if (fit.failure === null) {
      const serving = design.serving.find((s) => s.layer.id === id);
      if (serving && serving.units.length > 0) {
        out.add({
          code: 'ok-sees-traffic',
          severity: 'ok',
          params: { units: serving.units.map((u) => u.key) },
          sourceIds: fit.layer.sourceIds,
          layerId: id,
        });
      } else {
        out.add({
          code: 'not-needed',
          severity: 'info',
          params: {},
          sourceIds: fit.layer.sourceIds,
          layerId: id,
        });
      }
      continue;
    }
    const role = supporting.get(id);
    if (role) {
      out.add({
        code: 'supporting-companion',
        severity: 'ok',
        params: { role: role.role },
        sourceIds: role.sourceIds,
        layerId: id,
      });
      continue;
    }
    const from = worksFrom(id, task, mode);
    out.add({
      code: fit.failure.code,
      severity: 'blocker',
      params: from ? { worksFrom: from } : {},
      sourceIds: fit.failure.sourceIds,
      layerId: id,
      reason: fit.failure.message,
    });
  }

  if (built.uncovered.length > 0 && servingIds.size > 0) {
    const helpers = rec.companions
      .filter((c) => c.role === 'other-direction' || c.role === 'pair-protocol')
      .map((c) => c.layerId);
    out.add({
      code: 'traffic-not-covered',
      severity: 'gap',
      params: { units: built.uncovered, suggested: helpers },
      sourceIds: ['wdk-insppts', 'w32-bp'],
    });
  }
  for (const c of neededCompanions) {
    if (proposal.layers.includes(c.layer.id)) continue;
    out.add({
      code: 'missing-companion',
      severity: 'gap',
      params: { role: c.role },
      sourceIds: c.sourceIds,
      layerId: c.layer.id,
    });
  }

  // Is a higher layer workable, or does user mode do it?
  const proposedPrimary = design.serving[0]?.layer ?? null;
  if (proposal.kind === 'callout' && rec.verdict === 'user-mode' && rec.primary) {
    out.add({
      code: 'user-mode-suffices',
      severity: 'better',
      params: { recommended: rec.primary },
      sourceIds: ['wdk-pc', 'w32-arch'],
    });
  }
  if (rec.primary && proposedPrimary && ranksAbove(rec.primary, proposedPrimary)) {
    out.add({
      code: 'higher-workable',
      severity: 'better',
      params: { recommended: rec.primary, proposed: proposedPrimary.id },
      sourceIds: ['wdk-pc', 'w32-bp'],
      layerId: rec.primary,
    });
  }

  // Callout type.
  if (proposal.kind === 'callout' && proposal.callout !== undefined) {
    const fitting = fittingCalloutTypes(task);
    if (fitting.length > 0 && !fitting.includes(proposal.callout)) {
      out.add({
        code: 'callout-type-mismatch',
        severity: 'gap',
        params: { proposed: proposal.callout, fitting: [...fitting] },
        sourceIds: task.mustHold ? ['wdk-types', 'wdk-async'] : ['wdk-types'],
      });
    }
  }

  // Injection.
  if (proposal.inject !== undefined) {
    const fn = INJECTION_FUNCTIONS.find((f) => f.id === proposal.inject);
    if (!fn) {
      out.add({
        code: 'inject-unknown',
        severity: 'blocker',
        params: { name: proposal.inject },
        sourceIds: ['wdk-inj'],
      });
    } else if (proposal.kind !== 'callout') {
      out.add({
        code: 'inject-needs-callout',
        severity: 'blocker',
        params: { name: fn.id },
        sourceIds: fn.sourceIds,
      });
    } else {
      if (!proposal.layers.some((l) => fn.fromLayers.includes(l))) {
        out.add({
          code: 'inject-not-at-layer',
          severity: 'blocker',
          params: { name: fn.id, fromLayers: [...fn.fromLayers] },
          sourceIds: fn.sourceIds,
        });
      }
      if (!osAtLeast(task.os, fn.minOs)) {
        out.add({
          code: 'inject-not-on-os',
          severity: 'blocker',
          params: { name: fn.id, minOs: fn.minOs, taskOs: task.os },
          sourceIds: fn.sourceIds,
        });
      }
      const needs = design.serving.some((s) =>
        s.units.some((u) => injectionNeed(s.layer, task, u) !== null),
      );
      if (!needs) {
        out.add({
          code: 'inject-not-needed',
          severity: 'info',
          params: { name: fn.id },
          sourceIds: fn.sourceIds,
        });
      }
    }
  }

  // IPsec status of the proposed design.
  const ipsec = ipsecResult(design);
  out.add({
    code: 'ipsec-status',
    severity: 'info',
    params: { status: ipsec.status, conditions: ipsec.conditions.map((c) => c.id) },
    sourceIds: ipsec.sourceIds,
  });
  const ipsecUsed = task.profile.ipsec;
  if (ipsec.status === 'incompatible' && ipsecUsed !== 'not-used') {
    // When the recommended design is incompatible too, the task forces it: the engine's warning
    // says so, and the proposal is no worse than the best design.
    const forced = rec.ipsec.status === 'incompatible';
    out.add({
      code: 'ipsec-incompatible',
      severity: forced ? 'info' : ipsecUsed === 'in-use' ? 'blocker' : 'gap',
      params: { ipsec: ipsecUsed, forced },
      sourceIds: ipsec.sourceIds,
    });
  }
  if (
    proposal.kind === 'callout' &&
    proposal.weight === 'above-universal' &&
    ipsec.conditions.some((c) => c.id === 'sublayer-below-universal')
  ) {
    out.add({
      code: 'weight-above-universal',
      severity: ipsecUsed === 'in-use' ? 'blocker' : 'gap',
      params: { ipsec: ipsecUsed },
      sourceIds: ['wdk-layerreq', 'wdk-ipsec', 'w32-sublayers'],
    });
  }

  // What the design must take on.
  if (design.primary && servingIds.size > 0) {
    for (const c of considerationsFor(design))
      out.add({ code: 'consideration', severity: 'info', params: { id: c.id }, sourceIds: [] });
    for (const w of warningsFor(design)) {
      out.add({
        code: 'warning',
        severity: 'info',
        params: { id: w.id, severity: w.severity },
        sourceIds: w.sourceIds,
      });
    }
  }

  const findings = out.sorted();
  const firstBlocker = findings.find((f) => f.severity === 'blocker');
  const verdict: ReviewVerdict = firstBlocker
    ? 'does-not-work'
    : findings.some((f) => f.severity === 'better')
      ? 'higher-better'
      : findings.some((f) => f.severity === 'gap')
        ? 'gaps'
        : 'sound';
  return {
    verdict,
    findings,
    ...(firstBlocker ? { firstReason: firstBlocker } : {}),
    ipsec,
    recommendedPrimary: rec.primary,
    servingLayers: design.serving.map((s) => s.layer.id),
  };
}

/** The proposal that describes the recommended design (for "review the recommendation"). */
export function proposalOf(profile: Profile): Proposal | null {
  const rec = recommend(profile);
  if (rec.primary === null || rec.verdict === 'other-technology') return null;
  const kind: ProposalKind = rec.verdict === 'kernel-callout' ? 'callout' : 'filter';
  const task = makeTask(normalizeProfile(profile));
  const types = fittingCalloutTypes(task);
  const callout = kind === 'callout' ? types[0] : undefined;
  return {
    layers: [rec.primary, ...rec.companions.map((c) => c.layerId)],
    kind,
    ...(callout ? { callout } : {}),
    ...(kind === 'callout' && rec.ipsec.conditions.some((c) => c.id === 'sublayer-below-universal')
      ? { weight: 'below-universal' as const }
      : {}),
  };
}

/**
 * The engine's design for a profile — the recommended one, or the proposal's with its layers and
 * mode forced — with its build plan, considerations and IPsec result (for starter code).
 */
export function designFor(profile: Profile, proposal?: Proposal | null) {
  const task = makeTask(normalizeProfile(profile));
  const design = proposal
    ? buildProposedDesign(task, proposal.layers, proposedMode(proposal.kind, task), proposal.inject)
        .design
    : selectDesign(task);
  return {
    design,
    plan: buildPlanFor(design),
    considerations: design.primary ? considerationsFor(design) : [],
    ipsec: ipsecResult(design),
  };
}
