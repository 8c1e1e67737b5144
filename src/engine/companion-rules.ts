/**
 * Companion picking (DESIGN §5.5): the layers a design needs besides its primary. A rule table
 * like the warnings: each rule names the roles it gives, the modes whose designs it applies to,
 * whether a reviewed proposal is held to it too, its sources per role, and a pick over what the
 * design has so far (task, primary, serving layers, companions picked before it). `pickCompanions`
 * runs the table in order. Pure.
 */
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { getLayer } from '@/knowledge/layers';
import type { Layer, SourceId } from '@/knowledge/types';
import { osAtLeast } from '@/knowledge/vocabulary';
import type { CompanionPick, InjectionUse, LayerFit, Mode, Serving, Task, Unit } from './design';
import {
  filterBasis,
  identityViaFlowContext,
  redirectsByRewriting,
  rewritesAddresses,
  servesUnit,
} from './evaluate';
import {
  ALE_CLASSIFY_LAYER,
  FLOW_CONTEXT_LAYER,
  FLOW_CONTEXT_SOURCES,
  IDENTITY_BASIS,
  NAT_RETURN_LAYER,
  REQUIRE_SECURED_LAYERS,
  REQUIRE_SECURED_SOURCES,
} from '@/knowledge/rule-facts';
import { RANKED_LAYERS, rankGroup } from './rank';
import type { CompanionRole } from './types';

/** What the companion rules read. */
export interface CompanionContext {
  readonly task: Task;
  readonly mode: Mode;
  readonly primary: Layer;
  /** The primary's fit and the workable fits, highest first (the engine's own design only). */
  readonly primaryFit: LayerFit | null;
  readonly workable: readonly LayerFit[];
  /** The layers serving the traffic so far, with their slices. */
  readonly serving: readonly Serving[];
  /** The companions picked so far. */
  readonly companions: readonly CompanionPick[];
}

/** What a rule adds: companions, and the serving layers when it changes them. */
export interface CompanionPicked {
  readonly companions: readonly CompanionPick[];
  readonly serving?: readonly Serving[];
}

export type CompanionRuleId =
  | 'coverage'
  | 'require-secured'
  | 'ipsec-policy-members'
  | 'nat-return'
  | 'return-path'
  | 'flow-context'
  | 'ale-classify';

export interface CompanionRule {
  readonly id: CompanionRuleId;
  /** The modes whose designs the rule applies to. */
  readonly modes: readonly Mode[];
  /** Whether a reviewed proposal is held to the rule too (review.ts, proposed-design.ts). */
  readonly proposals: boolean;
  /** Sources per role it gives; `layer`: the companion layer's own sources. */
  readonly sourceIds: Partial<Readonly<Record<CompanionRole, readonly SourceId[] | 'layer'>>>;
  readonly pick: (ctx: CompanionContext) => CompanionPicked | null;
}

function sourcesFor(rule: CompanionRuleId, role: CompanionRole, layer: Layer): readonly SourceId[] {
  const sources = RULES_BY_ID.get(rule)?.sourceIds[role] ?? [];
  return sources === 'layer' ? layer.sourceIds : sources;
}

/** The primary's group members that fill the slices the primary does not serve. */
function coverageCompanions(primary: LayerFit, workable: readonly LayerFit[], task: Task) {
  const serving: Serving[] = [{ layer: primary.layer, units: primary.covered }];
  const companions: CompanionPick[] = [];
  const done = new Set(primary.covered.map((u) => u.key));
  // Workable layers come highest first, so each missing slice is taken from the highest rung
  // that serves it: the primary's own rung when it can, a lower one otherwise.
  for (const fit of workable) {
    if (done.size === task.units.length) break;
    if (fit === primary) continue;
    const fresh = fit.covered.filter((u) => !done.has(u.key));
    if (fresh.length === 0) continue;
    for (const u of fresh) done.add(u.key);
    serving.push({ layer: fit.layer, units: fresh });
    const otherProtocol = fresh.some(
      (u) => !primary.covered.some((p) => p.protocol === u.protocol),
    );
    const role: CompanionRole = otherProtocol ? 'pair-protocol' : 'other-direction';
    companions.push({
      layer: fit.layer,
      role,
      message: {
        key: 'serves-rest',
        params: { units: fresh, traffic: task.profile.traffic, primary: primary.layer.id },
      },
      sourceIds: sourcesFor('coverage', role, fit.layer),
    });
  }
  return { serving, companions };
}

/** Identity below ALE reaches a data layer through a flow context associated at flow-established. */
export function flowContextCompanion(
  serving: readonly Serving[],
  task: Task,
): CompanionPick | null {
  const needsIdentity = [...task.basis].some((b) => IDENTITY_BASIS.has(b));
  if (!needsIdentity) return null;
  const viaContext = serving.filter(
    (s) =>
      identityViaFlowContext(s.layer) &&
      [...task.basis].some((b) => IDENTITY_BASIS.has(b) && !filterBasis(s.layer, task.os).has(b)),
  );
  const layer = getLayer(FLOW_CONTEXT_LAYER);
  if (viaContext.length === 0 || !layer) return null;
  return {
    layer,
    role: 'flow-context',
    message: { key: 'flow-context', params: { layers: viaContext.map((s) => s.layer.id) } },
    sourceIds: sourcesFor('flow-context', 'flow-context', layer),
  };
}

/** A transport callout registers at ALE receive/accept for packets that need ALE classification. */
export function aleClassifyCompanion(
  serving: readonly Serving[],
  task: Task,
): CompanionPick | null {
  const layer = getLayer(ALE_CLASSIFY_LAYER);
  if (!layer || task.profile.traffic !== 'local') return null;
  const needing = serving.filter(
    (s) =>
      s.layer.id !== layer.id &&
      s.layer.ipsec.conditions.includes('register-at-recv-accept') &&
      s.units.some(
        (u) =>
          u.direction === 'inbound' &&
          layer.sees.protocols.includes(u.protocol === 'non-tcp' ? 'udp' : u.protocol),
      ),
  );
  if (needing.length === 0) return null;
  return {
    layer,
    role: 'ale-classify',
    message: { key: 'ale-classify', params: { layers: needing.map((s) => s.layer.id) } },
    sourceIds: sourcesFor('ale-classify', 'ale-classify', layer),
  };
}

/** Replies to rewritten traffic must be rewritten back, on the return path. */
export function returnPathCompanion(
  primary: Layer,
  serving: readonly Serving[],
  task: Task,
): { serving: readonly Serving[]; companion: CompanionPick | null } | null {
  if (task.profile.traffic !== 'local' || !redirectsByRewriting(primary, task)) return null;
  const covered = new Set(serving.flatMap((s) => s.units.map((u) => u.key)));
  const missing: Unit[] = [];
  for (const u of task.units) {
    const back: Unit = {
      key: '',
      protocol: u.protocol,
      direction: u.direction === 'inbound' ? 'outbound' : 'inbound',
    };
    const key = `${back.protocol}/${back.direction}`;
    if (!covered.has(key) && !missing.some((m) => m.key === key)) missing.push({ ...back, key });
  }
  if (missing.length === 0) return null;
  // Replies must be rewritten back. A serving layer that sees the other direction does it too: it
  // then also serves those slices (so its receive or send injection counts for IPsec and the
  // considerations), with no extra companion.
  if (missing.every((u) => serving.some((s) => s.layer.sees.directions.includes(u.direction)))) {
    return {
      serving: serving.map((s) => {
        const extra = missing.filter((u) => s.layer.sees.directions.includes(u.direction));
        return extra.length > 0 && s.layer.id === serving[0]?.layer.id
          ? { layer: s.layer, units: [...s.units, ...extra] }
          : s;
      }),
      companion: null,
    };
  }
  const layer = RANKED_LAYERS.find(
    (l) =>
      rankGroup(l) === rankGroup(primary) &&
      !serving.some((s) => s.layer.id === l.id) &&
      missing.every((u) => servesUnit(l, task, 'callout', u)),
  );
  if (!layer) return null;
  return {
    serving: [...serving, { layer, units: missing }],
    companion: {
      layer,
      role: 'return-path',
      message: {
        key: 'return-path',
        params: { units: missing, traffic: task.profile.traffic },
      },
      sourceIds: sourcesFor('return-path', 'return-path', layer),
    },
  };
}

/**
 * NAT on a gateway is not symmetric: the forward layer sees the outgoing translation, but replies
 * to the gateway's own address are local inbound traffic (the inbound IP packet layer) until they
 * are translated back and forwarded (FwpsInjectForwardAsync0; cross-layer injection, wdk-inj).
 */
export function natReturnPath(
  primary: Layer,
  task: Task,
): { serving: Serving; companion: CompanionPick; injection: InjectionUse[] } | null {
  if (task.profile.traffic !== 'forwarded' || primary.tier !== 'network') return null;
  // A NAT rewrites the forwarded addresses; a redirect to a local proxy answers from this host.
  if (task.profile.action !== 'modify' || !rewritesAddresses(task)) return null;
  const layer = getLayer(NAT_RETURN_LAYER);
  const forward = INJECTION_FUNCTIONS.find(
    (f) => f.path === 'forward' && osAtLeast(task.os, f.minOs),
  );
  if (!layer || !forward || layer.id === primary.id) return null;
  const units: Unit[] = [...new Set(task.units.map((u) => u.protocol))].map((protocol) => ({
    key: `${protocol}/inbound`,
    protocol,
    direction: 'inbound',
  }));
  return {
    serving: { layer, units },
    companion: {
      layer,
      role: 'return-path',
      message: {
        key: 'nat-return-path',
        params: { layer: layer.id, units, traffic: task.profile.traffic, injection: forward.id },
      },
      sourceIds: sourcesFor('nat-return', 'return-path', layer),
    },
    injection: units.map((unit) => ({ layer, unit, fn: forward })),
  };
}

/** IPsec policy cannot single out an app or user: an ALE filter per direction requires IPsec for them. */
export function requireSecuredCompanions(primary: Layer, task: Task): CompanionPick[] {
  const missing = [...task.basis].filter((b) => !filterBasis(primary, task.os).has(b));
  if (missing.length === 0) return [];
  const out: CompanionPick[] = [];
  for (const direction of new Set(task.units.map((u) => u.direction))) {
    const layer = getLayer(REQUIRE_SECURED_LAYERS[direction]);
    if (!layer || out.some((c) => c.layer.id === layer.id)) continue;
    out.push({
      layer,
      role: 'require-ipsec',
      message: { key: 'require-ipsec', params: { direction, missing } },
      sourceIds: sourcesFor('require-secured', 'require-ipsec', layer),
    });
  }
  return out;
}

/** The rules, in the order companions are listed. */
export const COMPANION_RULES: readonly CompanionRule[] = [
  {
    // Lower members of the primary's rung, or lower rungs, serve the slices the primary does not.
    id: 'coverage',
    modes: ['filter', 'audit', 'ipsec-policy', 'callout'],
    proposals: false,
    sourceIds: { 'pair-protocol': ['wdk-insppts', 'w32-bp'], 'other-direction': 'layer' },
    pick: ({ primaryFit, workable, task }) =>
      primaryFit === null ? null : coverageCompanions(primaryFit, workable, task),
  },
  {
    id: 'require-secured',
    modes: ['ipsec-policy'],
    proposals: true,
    sourceIds: { 'require-ipsec': REQUIRE_SECURED_SOURCES },
    pick: ({ primary, task }) => ({ companions: requireSecuredCompanions(primary, task) }),
  },
  {
    // The other keying layers that take part in the IPsec policy.
    id: 'ipsec-policy-members',
    modes: ['ipsec-policy'],
    proposals: false,
    sourceIds: { 'ipsec-policy': 'layer' },
    pick: ({ primaryFit, workable, companions }) => {
      const out: CompanionPick[] = [];
      for (const fit of workable) {
        if (fit === primaryFit || companions.some((c) => c.layer.id === fit.layer.id)) continue;
        if (out.some((c) => c.layer.id === fit.layer.id)) continue;
        out.push({
          layer: fit.layer,
          role: 'ipsec-policy',
          message: { key: 'layer-summary', params: { layer: fit.layer.id } },
          sourceIds: sourcesFor('ipsec-policy-members', 'ipsec-policy', fit.layer),
        });
      }
      return { companions: out };
    },
  },
  {
    id: 'nat-return',
    modes: ['callout'],
    proposals: false,
    sourceIds: { 'return-path': ['wdk-inj', 'wdk-insppts', 'wdk-layerreq', 'ddi-fwd'] },
    pick: ({ primary, task, serving }) => {
      const nat = natReturnPath(primary, task);
      return nat ? { companions: [nat.companion], serving: [...serving, nat.serving] } : null;
    },
  },
  {
    id: 'return-path',
    modes: ['callout'],
    proposals: true,
    sourceIds: { 'return-path': ['wdk-port', 'ddi-construct', 'wdk-inj'] },
    pick: ({ primary, task, serving }) => {
      const back = returnPathCompanion(primary, serving, task);
      return back
        ? { companions: back.companion ? [back.companion] : [], serving: back.serving }
        : null;
    },
  },
  {
    id: 'flow-context',
    modes: ['callout'],
    proposals: true,
    sourceIds: { 'flow-context': FLOW_CONTEXT_SOURCES },
    pick: ({ task, serving }) => {
      const flow = flowContextCompanion(serving, task);
      return flow && !serving.some((s) => s.layer.id === flow.layer.id)
        ? { companions: [flow] }
        : null;
    },
  },
  {
    id: 'ale-classify',
    modes: ['callout'],
    proposals: true,
    sourceIds: { 'ale-classify': ['wdk-ipsec', 'wdk-layerreq', 'smp-inspect'] },
    pick: ({ task, serving, companions }) => {
      const ale = aleClassifyCompanion(serving, task);
      return ale && !companions.some((c) => c.layer.id === ale.layer.id)
        ? { companions: [ale] }
        : null;
    },
  },
];

const RULES_BY_ID: ReadonlyMap<CompanionRuleId, CompanionRule> = new Map(
  COMPANION_RULES.map((r) => [r.id, r]),
);

/**
 * Runs the companion rules for a design (`target` `design`: every rule of its mode) or a reviewed
 * proposal (`proposal`: the rules proposals are held to), starting from `serving`.
 */
export function pickCompanions(
  start: Omit<CompanionContext, 'companions'>,
  target: 'design' | 'proposal',
): { companions: CompanionPick[]; serving: readonly Serving[] } {
  const companions: CompanionPick[] = [];
  let serving = start.serving;
  for (const rule of COMPANION_RULES) {
    if (!rule.modes.includes(start.mode)) continue;
    if (target === 'proposal' && !rule.proposals) continue;
    const { task, mode, primary, primaryFit, workable } = start;
    const picked = rule.pick({ task, mode, primary, primaryFit, workable, serving, companions });
    if (picked === null) continue;
    companions.push(...picked.companions);
    if (picked.serving) serving = picked.serving;
  }
  return { companions, serving };
}
