/**
 * From layer fits to a design (DESIGN §5.1–§5.3): the user-mode route is tried first, then a
 * callout; within a route the highest rung whose layers together serve every slice of the traffic
 * wins, its best-ranked layer is the primary and the others that fill the gaps are companions.
 * Pure; the ranked layer list is built once.
 */
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
  injectionFor,
  injectionNeed,
  redirectsByRewriting,
  userModeEventsAt,
} from './evaluate';
import type { Layer } from '@/knowledge/types';
import { natReturnPath, pickCompanions } from './companion-rules';
import { RANKED_LAYERS, compareRank, rankGroup, ranksAbove } from './rank';
import { substituteFor } from './substitute';
import type { Exclusion, Verdict } from './types';

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

interface ExplainArgs {
  /** The layer's place in `RANKED_LAYERS` (the order of every route's fits). */
  index: number;
  mode: Mode | null;
  fits: ReadonlyMap<Mode, readonly LayerFit[]>;
  task: Task;
  primary: Layer | null;
}

function explain({ index, mode, fits, task, primary }: ExplainArgs): Failure {
  const fitIn = (m: Mode) => fits.get(m)?.[index];
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
  // Each route's fits, in `RANKED_LAYERS` order.
  const fits = new Map<Mode, readonly LayerFit[]>();
  let mode: Mode | null = null;
  let workable: readonly LayerFit[] = [];
  for (const route of routes(task)) {
    const routeFits = RANKED_LAYERS.map((l) => fitLayer(l, task, route));
    fits.set(route, routeFits);
    const found = coverage(routeFits, task.units);
    if (found.length > 0 && mode === null) {
      mode = route;
      workable = found;
    }
  }
  // The callout route is always evaluated too, so user-mode results can say where only a callout works.
  if (!fits.has('callout') && task.profile.action !== 'protect') {
    fits.set(
      'callout',
      RANKED_LAYERS.map((l) => fitLayer(l, task, 'callout')),
    );
  }

  const primaryFit = workable[0] ?? null;
  const primary = primaryFit?.layer ?? null;
  let serving: readonly Serving[] = [];
  let companions: CompanionPick[] = [];
  if (primaryFit && mode !== null) {
    ({ serving, companions } = pickCompanions(
      { task, mode, primary: primaryFit.layer, primaryFit, workable, serving: [] },
      'design',
    ));
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
  const exclusions: Exclusion[] = [];
  RANKED_LAYERS.forEach((l, index) => {
    if (workableIds.has(l.id)) return;
    const f = explain({ index, mode, fits, task, primary });
    exclusions.push({ layerId: l.id, code: f.code, message: f.message, sourceIds: f.sourceIds });
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

// For the design review (review.ts, proposed-design.ts) and the live narrowing (candidates.ts):
// the same ranking, applied to a proposed design.
export { rankGroup, ranksAbove };
