/**
 * From layer fits to a design (DESIGN §5.1–§5.3): the user-mode route is tried first, then a
 * callout; within a route the highest rung whose layers together serve every slice of the traffic
 * wins, its best-ranked layer is the primary and the others that fill the gaps are companions.
 * Pure; the ranked layer list is built once.
 */
import type {
  CompanionPick,
  Design,
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
  holdsOutOfBand,
  injectionFor,
  injectionNeed,
  rankedFits,
  redirectsByRewriting,
  userModeEventsAt,
} from './evaluate';
import type { Layer, LayerId, SourceId } from '@/knowledge/types';
import { natReturnPath, pickCompanions } from './companion-rules';
import { RANKED_LAYERS, rankGroup, rankOf, ranksAbove } from './rank';
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

/** The units of `fit.covered` as bits of their place in `units`. */
function maskOf(fit: LayerFit, units: readonly Unit[]): number {
  let mask = 0;
  for (const u of fit.covered) {
    for (let i = 0; i < units.length; i += 1) if (units[i]?.key === u.key) mask |= 1 << i;
  }
  return mask;
}

/** Scratch space for `coverage` (which never calls itself): a mask and a flag per fit. */
const MASKS = new Int32Array(RANKED_LAYERS.length);
const WORKABLE = new Uint8Array(RANKED_LAYERS.length);

/**
 * Workable fits: members of every rung whose layers together serve all units, ranked. `fits` are
 * in `RANKED_LAYERS` order, so each rung's members are consecutive, rungs ascending.
 */
function coverage(fits: readonly LayerFit[], units: readonly Unit[]): readonly LayerFit[] {
  if (units.length === 0) return [];
  const all = (1 << units.length) - 1;
  const scratch = fits.length <= MASKS.length;
  const masks = scratch ? MASKS : new Int32Array(fits.length);
  const workable = scratch ? WORKABLE : new Uint8Array(fits.length);
  workable.fill(0);
  // The rungs with a serving member: [group, first index, end index, union of their units].
  const groups: [number, number, number, number][] = [];
  for (let i = 0; i < fits.length; i += 1) {
    const fit = fits[i] as LayerFit;
    const mask = fit.covered.length === 0 ? 0 : maskOf(fit, units);
    masks[i] = mask;
    if (mask === 0) continue;
    const g = rankGroup(fit.layer);
    const last = groups[groups.length - 1];
    if (last && last[0] === g) {
      last[2] = i + 1;
      last[3] |= mask;
    } else groups.push([g, i, i + 1, mask]);
  }
  // Every rung that serves all the traffic on its own.
  for (const [, from, to, union] of groups) {
    if (union !== all) continue;
    for (let i = from; i < to; i += 1) if (masks[i] !== 0) workable[i] = 1;
  }
  // Each slice of the traffic at the highest rung that serves it (DESIGN §5: the highest layer that
  // can do the job, per path): when the top rung serves only part, lower rungs fill in the rest.
  const top = groups[0];
  if (top !== undefined && top[3] !== all) {
    const assembly: number[] = [];
    for (let i = top[1]; i < top[2]; i += 1) if (masks[i] !== 0) assembly.push(i);
    let done = top[3];
    for (const [, from, to] of groups.slice(1)) {
      if (done === all) break;
      for (let i = from; i < to; i += 1) {
        const mask = masks[i] as number;
        if (mask !== 0 && (mask & ~done) !== 0) {
          assembly.push(i);
          done |= mask;
        }
      }
    }
    if (done === all) for (const i of assembly) workable[i] = 1;
  }
  const out: LayerFit[] = [];
  for (let i = 0; i < fits.length; i += 1) if (workable[i] === 1) out.push(fits[i] as LayerFit);
  return out;
}

const NEEDS_CALLOUT_SOURCES: readonly SourceId[] = ['wdk-pc', 'w32-arch'];
const PARTIAL_SOURCES: readonly SourceId[] = ['wdk-pc'];
/** A layer no route serves at all and that has no failure of its own (made once per layer). */
const NOT_WORKABLE = new Map<LayerId, Exclusion>(
  RANKED_LAYERS.map((l) => [
    l.id,
    {
      layerId: l.id,
      code: 'not-workable',
      message: { key: 'not-workable', params: {} },
      sourceIds: [],
    },
  ]),
);

/** The mode whose fits explain the exclusions: the chosen route, else callout (IPsec for protect). */
function shownMode(mode: Mode | null, task: Task): Mode {
  return mode ?? (task.profile.action === 'protect' ? 'ipsec-policy' : 'callout');
}

/**
 * "Needs a callout" for the layer at each rank position, per primary layer id (`null` for none):
 * the same for every design with that primary, so made once and shared (never mutated).
 */
const NEEDS_CALLOUT: readonly Map<LayerId | null, Exclusion>[] = RANKED_LAYERS.map(() => new Map());

function needsCallout(index: number, primary: Layer | null): Exclusion {
  const byPrimary = NEEDS_CALLOUT[index] as Map<LayerId | null, Exclusion>;
  const primaryId = primary?.id ?? null;
  let known = byPrimary.get(primaryId);
  if (known === undefined) {
    known = {
      layerId: (RANKED_LAYERS[index] as Layer).id,
      code: 'needs-callout',
      message: { key: 'needs-callout', params: { primary: primaryId } },
      sourceIds: NEEDS_CALLOUT_SOURCES,
    };
    byPrimary.set(primaryId, known);
  }
  return known;
}

/**
 * Why the layer at rank position `index` is not part of the design: `own` is its fit in the mode
 * the exclusions are shown for (the chosen route, else callout/IPsec), `callout` its callout fit
 * when the shown mode is plain filters or audit.
 */
function explain(
  index: number,
  own: LayerFit | undefined,
  callout: LayerFit | undefined,
  { task, primary }: { task: Task; primary: Layer | null },
): Exclusion {
  if (callout && callout.covered.length > 0) return needsCallout(index, primary);
  const layerId = (RANKED_LAYERS[index] as Layer).id;
  if (own && own.covered.length > 0) {
    return {
      layerId,
      code: 'partial-coverage',
      message: {
        key: 'partial-coverage',
        params: {
          units: own.covered,
          traffic: task.profile.traffic,
          rest: primary ? 'served' : 'unserved',
        },
      },
      sourceIds: PARTIAL_SOURCES,
    };
  }
  // The layer's own failure is its exclusion (it carries the layer id).
  return (
    own?.failure ??
    NOT_WORKABLE.get(layerId) ?? {
      layerId,
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
    const routeFits = rankedFits(task, route);
    fits.set(route, routeFits);
    const found = coverage(routeFits, task.units);
    if (found.length > 0 && mode === null) {
      mode = route;
      workable = found;
    }
  }
  // The callout route is always evaluated too, so user-mode results can say where only a callout works.
  if (!fits.has('callout') && task.profile.action !== 'protect') {
    fits.set('callout', rankedFits(task, 'callout'));
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

  const shown = shownMode(mode, task);
  const shownFits = fits.get(shown);
  const calloutFits = shown === 'filter' || shown === 'audit' ? fits.get('callout') : undefined;
  const exclusions: Exclusion[] = [];
  const whyNotHigher: Exclusion[] = [];
  const blockForbidden: LayerId[] = [];
  const primaryRank = primary === null ? -1 : rankOf(primary);
  const context = { task, primary };
  for (let index = 0; index < RANKED_LAYERS.length; index += 1) {
    const l = RANKED_LAYERS[index] as Layer;
    const own = shownFits?.[index];
    // The workable fits are the chosen route's (the shown one), a handful: compare the objects.
    if (workable.length > 0 && workable.includes(own as LayerFit)) continue;
    const e = explain(index, own, calloutFits?.[index], context);
    exclusions.push(e);
    // `layerRanksAbove(l, primary)`, with the rank positions at hand (`l` is at `index`).
    if (
      primary === null ||
      ((primary.rung !== null || (l.rung === null && l.tier === primary.tier)) &&
        index < primaryRank)
    ) {
      whyNotHigher.push(e);
    }
    if (e.code === 'block-forbidden') blockForbidden.push(l.id);
  }
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
    whyNotHigher,
    blockForbidden,
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
