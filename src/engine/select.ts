/**
 * From layer fits to a design (DESIGN §5.1–§5.3): the user-mode route is tried first, then a
 * callout; within a route the highest rung whose layers together serve every slice of the traffic
 * wins, its best-ranked layer is the primary and the others that fill the gaps are companions.
 * Pure; the ranked layer list is built once.
 */
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { LAYERS, getLayer } from '@/knowledge/layers';
import { osAtLeast } from '@/knowledge/vocabulary';
import type { Layer, LayerId } from '@/knowledge/types';
import type {
  CompanionPick,
  Design,
  Failure,
  InjectionUse,
  LayerFit,
  Mode,
  Serving,
  Task,
  Unit,
} from './design';
import {
  aleHasNoPacket,
  builtInCalloutAt,
  filterBasis,
  fitLayer,
  holdsOutOfBand,
  identityViaFlowContext,
  injectionFor,
  injectionNeed,
  redirectsByRewriting,
  rewritesAddresses,
  servesUnit,
  userModeEventsAt,
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
import { substituteFor } from './substitute';
import type { Exclusion, Verdict } from './types';

/** Rank group: the preference rung, with the separate paths (null rung) after rung 5. */
export function rankGroup(layer: Layer): number {
  return layer.rung ?? 6;
}

function compareRank(a: Layer, b: Layer): number {
  return rankGroup(a) - rankGroup(b) || a.stackOrder - b.stackOrder || a.id.localeCompare(b.id);
}

/** Every layer in preference order, highest first. */
const RANKED_LAYERS: readonly Layer[] = [...LAYERS].sort(compareRank);

const RANK_INDEX = new Map<LayerId, number>(RANKED_LAYERS.map((l, i) => [l.id, i]));

function rankIndex(layer: Layer): number {
  return RANK_INDEX.get(layer.id) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Whether a layer ranks above the primary in the preference order. On a separate path (vSwitch,
 * user-mode layers) only layers of the same path count; with no primary, every layer does.
 */
function ranksAbove(layerId: LayerId, primary: Layer | null): boolean {
  const layer = getLayer(layerId);
  if (!layer) return false;
  if (primary === null) return true;
  if (primary.rung === null && (layer.rung !== null || layer.tier !== primary.tier)) return false;
  return rankIndex(layer) < rankIndex(primary);
}

/** The routes to try, in order: user mode first (DESIGN §5.3). */
function routes(task: Task): readonly Mode[] {
  const { action, decider } = task.profile;
  if (action === 'protect') return ['ipsec-policy'];
  const out: Mode[] = [];
  if (action === 'allow-block' && decider === 'rules') out.push('filter');
  if (action === 'monitor' && decider === 'rules') out.push('audit');
  out.push('callout');
  return out;
}

/** Workable fits: members of every rung whose layers together serve all units, ranked. */
function coverage(fits: readonly LayerFit[], units: readonly Unit[]): readonly LayerFit[] {
  if (units.length === 0) return [];
  const groups = new Map<number, LayerFit[]>();
  for (const fit of fits) {
    if (fit.covered.length === 0) continue;
    const g = rankGroup(fit.layer);
    const members = groups.get(g) ?? [];
    members.push(fit);
    groups.set(g, members);
  }
  const order = [...groups.keys()].sort((a, b) => a - b);
  const keysOf = (members: readonly LayerFit[]) =>
    new Set(members.flatMap((m) => m.covered.map((u) => u.key)));
  const workable = new Set<LayerFit>();
  // Every rung that serves all the traffic on its own.
  for (const g of order) {
    const members = groups.get(g) ?? [];
    if (keysOf(members).size === units.length) for (const m of members) workable.add(m);
  }
  // Each slice of the traffic at the highest rung that serves it (DESIGN §5: the highest layer that
  // can do the job, per path): when the top rung serves only part, lower rungs fill in the rest.
  const top = order[0];
  if (top !== undefined && keysOf(groups.get(top) ?? []).size < units.length) {
    const assembly: LayerFit[] = [...(groups.get(top) ?? [])];
    const done = keysOf(assembly);
    for (const g of order.slice(1)) {
      if (done.size === units.length) break;
      for (const fit of [...(groups.get(g) ?? [])].sort((a, b) => compareRank(a.layer, b.layer))) {
        if (fit.covered.some((u) => !done.has(u.key))) {
          assembly.push(fit);
          for (const u of fit.covered) done.add(u.key);
        }
      }
    }
    if (done.size === units.length) for (const m of assembly) workable.add(m);
  }
  return [...workable].sort((a, b) => compareRank(a.layer, b.layer));
}

/** The primary's group members that fill the slices the primary does not serve. */
function coverageCompanions(
  primary: LayerFit,
  workable: readonly LayerFit[],
  task: Task,
): { serving: Serving[]; companions: CompanionPick[] } {
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
    companions.push({
      layer: fit.layer,
      role: otherProtocol ? 'pair-protocol' : 'other-direction',
      message: {
        key: 'serves-rest',
        params: { units: fresh, traffic: task.profile.traffic, primary: primary.layer.id },
      },
      sourceIds: otherProtocol ? ['wdk-insppts', 'w32-bp'] : fit.layer.sourceIds,
    });
  }
  return { serving, companions };
}

function flowContextCompanion(serving: readonly Serving[], task: Task): CompanionPick | null {
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
    sourceIds: FLOW_CONTEXT_SOURCES,
  };
}

function aleClassifyCompanion(serving: readonly Serving[], task: Task): CompanionPick | null {
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
    sourceIds: ['wdk-ipsec', 'wdk-layerreq', 'smp-inspect'],
  };
}

function returnPathCompanion(
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
      sourceIds: ['wdk-port', 'ddi-construct', 'wdk-inj'],
    },
  };
}

/**
 * NAT on a gateway is not symmetric: the forward layer sees the outgoing translation, but replies
 * to the gateway's own address are local inbound traffic (the inbound IP packet layer) until they
 * are translated back and forwarded (FwpsInjectForwardAsync0; cross-layer injection, wdk-inj).
 */
function natReturnPath(
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
      sourceIds: ['wdk-inj', 'wdk-insppts', 'wdk-layerreq', 'ddi-fwd'],
    },
    injection: units.map((unit) => ({ layer, unit, fn: forward })),
  };
}

function requireSecuredCompanions(primary: Layer, task: Task): CompanionPick[] {
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
      sourceIds: REQUIRE_SECURED_SOURCES,
    });
  }
  return out;
}

interface ExplainArgs {
  layer: Layer;
  mode: Mode | null;
  fits: ReadonlyMap<Mode, ReadonlyMap<LayerId, LayerFit>>;
  task: Task;
  primary: Layer | null;
}

function explain({ layer, mode, fits, task, primary }: ExplainArgs): Failure {
  const fitIn = (m: Mode) => fits.get(m)?.get(layer.id);
  const shown: Mode = mode ?? (task.profile.action === 'protect' ? 'ipsec-policy' : 'callout');
  const own = fitIn(shown);
  const partial = (fit: LayerFit): Failure => ({
    code: 'partial-coverage',
    message: {
      key: 'partial-coverage',
      params: {
        units: fit.covered,
        traffic: task.profile.traffic,
        rest: primary ? 'served' : 'unserved',
      },
    },
    sourceIds: ['wdk-pc'],
  });
  if (shown === 'filter' || shown === 'audit') {
    const callout = fitIn('callout');
    if (callout && callout.covered.length > 0) {
      return {
        code: 'needs-callout',
        message: { key: 'needs-callout', params: { primary: primary?.id ?? null } },
        sourceIds: ['wdk-pc', 'w32-arch'],
      };
    }
  }
  if (own && own.covered.length > 0) return partial(own);
  return (
    own?.failure ?? {
      code: 'not-workable',
      message: { key: 'not-workable', params: {} },
      sourceIds: [],
    }
  );
}

/**
 * A shaper at `primary` holds traffic out of band, unless all it serves is inbound TCP at a layer
 * that defers the stream instead (FWPS_STREAM_ACTION_DEFER, then FwpsStreamContinue0).
 */
function shapesOutOfBand(primary: Layer, serving: readonly Serving[], task: Task): boolean {
  if (task.profile.action !== 'shape' || !holdsOutOfBand(primary)) return false;
  const deferOnly =
    primary.actions.defer &&
    serving.every((s) => s.units.every((u) => u.direction === 'inbound' && u.protocol === 'tcp'));
  return !deferOnly;
}

/** Settles the design for a task. */
export function selectDesign(task: Task): Design {
  const fits = new Map<Mode, ReadonlyMap<LayerId, LayerFit>>();
  let mode: Mode | null = null;
  let workable: readonly LayerFit[] = [];
  for (const route of routes(task)) {
    const routeFits = RANKED_LAYERS.map((l) => fitLayer(l, task, route));
    fits.set(route, new Map(routeFits.map((f) => [f.layer.id, f])));
    const found = coverage(routeFits, task.units);
    if (found.length > 0 && mode === null) {
      mode = route;
      workable = found;
    }
  }
  // The callout route is always evaluated too, so user-mode results can say where only a callout works.
  if (!fits.has('callout') && task.profile.action !== 'protect') {
    fits.set('callout', new Map(RANKED_LAYERS.map((l) => [l.id, fitLayer(l, task, 'callout')])));
  }

  const primaryFit = workable[0] ?? null;
  const primary = primaryFit?.layer ?? null;
  let serving: Serving[] = [];
  let companions: CompanionPick[] = [];
  if (primaryFit) {
    ({ serving, companions } = coverageCompanions(primaryFit, workable, task));
    if (mode === 'ipsec-policy') {
      companions.push(...requireSecuredCompanions(primaryFit.layer, task));
      for (const fit of workable) {
        if (fit === primaryFit || companions.some((c) => c.layer.id === fit.layer.id)) continue;
        companions.push({
          layer: fit.layer,
          role: 'ipsec-policy',
          message: { key: 'layer-summary', params: { layer: fit.layer.id } },
          sourceIds: fit.layer.sourceIds,
        });
      }
    }
    if (mode === 'callout') {
      const nat = natReturnPath(primaryFit.layer, task);
      if (nat) {
        serving.push(nat.serving);
        companions.push(nat.companion);
      }
      const back = returnPathCompanion(primaryFit.layer, serving, task);
      if (back) {
        serving = [...back.serving];
        if (back.companion) companions.push(back.companion);
      }
      const flow = flowContextCompanion(serving, task);
      if (flow && !serving.some((s) => s.layer.id === flow.layer.id)) companions.push(flow);
      const ale = aleClassifyCompanion(serving, task);
      if (ale && !companions.some((c) => c.layer.id === ale.layer.id)) companions.push(ale);
    }
  }

  const injection: InjectionUse[] = [];
  if (mode === 'callout') {
    const natLayer = primary ? natReturnPath(primary, task) : null;
    for (const s of serving) {
      if (natLayer && s.layer.id === natLayer.serving.layer.id) {
        injection.push(...natLayer.injection);
        continue;
      }
      for (const unit of s.units) {
        const purpose = injectionNeed(s.layer, task, unit);
        const fn = purpose === null ? null : injectionFor(s.layer, unit, purpose, task.os);
        if (
          fn &&
          !injection.some(
            (i) => i.fn.id === fn.id && i.layer.id === s.layer.id && i.unit.key === unit.key,
          )
        ) {
          injection.push({ layer: s.layer, unit, fn });
        }
      }
    }
  }

  const workableIds = new Set(workable.map((f) => f.layer.id));
  const exclusions: Exclusion[] = RANKED_LAYERS.filter((l) => !workableIds.has(l.id)).map((l) => {
    const f = explain({ layer: l, mode, fits, task, primary });
    return { layerId: l.id, code: f.code, message: f.message, sourceIds: f.sourceIds };
  });

  const whyNotHigherIds = new Set(
    exclusions.filter((e) => ranksAbove(e.layerId, primary)).map((e) => e.layerId),
  );
  const driverAvoided = mode === 'callout' && task.profile['own-driver'] === 'avoid';
  const verdict: Verdict =
    mode === null || driverAvoided
      ? 'other-technology'
      : mode === 'callout'
        ? 'kernel-callout'
        : 'user-mode';
  const layers = primary ? [primary, ...companions.map((c) => c.layer)] : [];

  return {
    task,
    verdict,
    mode,
    driverAvoided,
    substitute: driverAvoided ? substituteFor(task) : null,
    primary,
    companions,
    layers,
    serving,
    workable: workable.map((f) => f.layer),
    exclusions,
    injection,
    pend:
      mode === 'callout' && primary && (task.mustHold || shapesOutOfBand(primary, serving, task))
        ? (primary.actions.pend[0] ?? null)
        : null,
    rewriteRedirect: mode === 'callout' && primary !== null && redirectsByRewriting(primary, task),
    flowContext: companions.some((c) => c.role === 'flow-context'),
    builtIn: mode === 'filter' && primary ? builtInCalloutAt(primary) : null,
    audit: mode === 'audit' && primary ? userModeEventsAt(primary) : null,
    primaryFilterBasis: primary ? filterBasis(primary, task.os) : new Set(),
    whyNotHigherIds,
    blockForbidden: exclusions.filter((e) => e.code === 'block-forbidden').map((e) => e.layerId),
    tcpConnectWithoutPacket:
      mode === 'callout' &&
      primary !== null &&
      primary.tier === 'ale' &&
      primary.sees.moments.includes('connection') &&
      primary.actions.pend[0] === 'pend-operation' &&
      task.mustHold &&
      serving.some(
        (s) =>
          s.layer.id === primary.id &&
          s.units.some((u) => aleHasNoPacket(primary, u) && u.protocol === 'tcp'),
      ),
  };
}

// For the design review (review.ts, proposed-design.ts): the same companion and ranking rules,
// applied to a proposed design.
export {
  aleClassifyCompanion,
  flowContextCompanion,
  ranksAbove,
  requireSecuredCompanions,
  returnPathCompanion,
};
