/**
 * The design a reviewer proposes, built as the engine's own `Design` with the layers and the mode
 * forced (DESIGN §4 `p-…` keys), so the engine's IPsec status, considerations and warnings apply to
 * it unchanged. Every WFP fact comes from the same evaluator `recommend` uses (`fitLayer`,
 * `injectionNeed`, the companion rules of `companion-rules.ts`). Pure.
 */
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { getLayer } from '@/knowledge/layers';
import type { InjectionFunction, Layer, LayerId } from '@/knowledge/types';
import type { CompanionPick, Design, InjectionUse, LayerFit, Mode, Serving, Task } from './design';
import {
  aleHasNoPacket,
  builtInCalloutAt,
  filterBasis,
  fitLayer,
  injectionFor,
  injectionNeed,
  redirectsByRewriting,
  userModeEventsAt,
} from './evaluate';
import { pickCompanions } from './companion-rules';
import { rankGroup, selectDesign } from './select';

/** The engine's mode for a proposal of plain filters or a callout, given the task's action. */
export function proposedMode(kind: 'filter' | 'callout', task: Task): Mode {
  if (kind === 'callout') return 'callout';
  if (task.profile.action === 'protect') return 'ipsec-policy';
  if (task.profile.action === 'monitor') return 'audit';
  return 'filter';
}

/** Fits of the proposed layers, in the engine's preference order (unknown ids dropped). */
export function proposedFits(
  layerIds: readonly LayerId[],
  task: Task,
  mode: Mode,
): readonly LayerFit[] {
  const layers = layerIds
    .map((id) => getLayer(id))
    .filter((l): l is Layer => l !== undefined)
    .filter((l, i, all) => all.findIndex((o) => o.id === l.id) === i)
    .sort((a, b) => rankGroup(a) - rankGroup(b) || a.stackOrder - b.stackOrder);
  return layers.map((l) => fitLayer(l, task, mode));
}

/** What the proposed design is, in the engine's terms, plus the companions it lacks. */
export interface ProposedDesign {
  readonly design: Design;
  readonly fits: readonly LayerFit[];
  /** Companions the engine's rules ask for, given the layers that serve the traffic. */
  readonly neededCompanions: readonly CompanionPick[];
  /** Coverage units no proposed layer serves. */
  readonly uncovered: readonly string[];
}

const INJECTION_BY_ID: ReadonlyMap<string, InjectionFunction> = new Map(
  INJECTION_FUNCTIONS.map((f) => [f.id, f]),
);

/**
 * Builds the proposed design: the serving layers are the proposed layers that fit (highest first,
 * each unit taken by the highest layer that serves it); `inject` replaces the injection function
 * the engine would pick where the layer needs one.
 */
export function buildProposedDesign(
  task: Task,
  layerIds: readonly LayerId[],
  mode: Mode,
  inject?: string,
): ProposedDesign {
  const fits = proposedFits(layerIds, task, mode);
  const serving: Serving[] = [];
  const done = new Set<string>();
  for (const fit of fits) {
    if (fit.failure !== null) continue;
    const fresh = fit.covered.filter((u) => !done.has(u.key));
    for (const u of fresh) done.add(u.key);
    if (fresh.length > 0 || serving.length === 0) serving.push({ layer: fit.layer, units: fresh });
  }
  const primary = serving[0]?.layer ?? fits[0]?.layer ?? null;

  // The companion rules a proposal is held to (the callout ones once a proposed layer serves).
  let needed: readonly CompanionPick[] = [];
  let servingAll: readonly Serving[] = serving;
  if (primary && (mode === 'ipsec-policy' || (mode === 'callout' && serving.length > 0))) {
    ({ companions: needed, serving: servingAll } = pickCompanions(
      { task, mode, primary, primaryFit: null, workable: [], serving },
      'proposal',
    ));
  }

  const named: InjectionFunction | undefined =
    inject === undefined ? undefined : INJECTION_BY_ID.get(inject);
  const injection: InjectionUse[] = [];
  if (mode === 'callout') {
    for (const s of servingAll) {
      for (const unit of s.units) {
        const purpose = injectionNeed(s.layer, task, unit);
        if (purpose === null) continue;
        const fn = named ?? injectionFor(s.layer, unit, purpose, task.os);
        if (fn && !injection.some((i) => i.fn.id === fn.id && i.layer.id === s.layer.id))
          injection.push({ layer: s.layer, unit, fn });
      }
    }
    // A named injection the task itself would not need still belongs to the design.
    const first = servingAll[0];
    const unit = first?.units[0];
    if (named && injection.length === 0 && first && unit)
      injection.push({ layer: first.layer, unit, fn: named });
  }

  const proposedIds = new Set(fits.map((f) => f.layer.id));
  const companions: CompanionPick[] = [
    ...servingAll
      .filter((s) => s.layer.id !== primary?.id)
      .map((s): CompanionPick => ({
        layer: s.layer,
        role: 'proposed',
        message: { key: 'layer-summary', params: { layer: s.layer.id } },
        sourceIds: [],
      })),
    ...needed.filter((c) => proposedIds.has(c.layer.id)),
  ];
  const mustHold = mode === 'callout' && task.mustHold && primary !== null;
  // Start from the engine's own design for the task, so any field the engine adds later has a
  // value; every field the proposal decides is set below.
  const design: Design = {
    ...selectDesign(task),
    task,
    verdict: mode === 'callout' ? 'kernel-callout' : 'user-mode',
    mode,
    driverAvoided: false,
    primary,
    companions,
    layers: primary ? [primary, ...companions.map((c) => c.layer)] : [],
    workable: fits.filter((f) => f.failure === null).map((f) => f.layer),
    exclusions: [],
    serving: servingAll,
    injection,
    pend: mustHold && primary ? (primary.actions.pend[0] ?? null) : null,
    rewriteRedirect: mode === 'callout' && primary !== null && redirectsByRewriting(primary, task),
    flowContext: companions.some((c) => c.role === 'flow-context'),
    builtIn: mode === 'filter' && primary ? builtInCalloutAt(primary) : null,
    audit: mode === 'audit' && primary ? userModeEventsAt(primary) : null,
    blockForbidden: fits
      .filter((f) => f.failure?.code === 'block-forbidden')
      .map((f) => f.layer.id),
    primaryFilterBasis: primary ? filterBasis(primary, task.os) : new Set(),
    whyNotHigher: [],
    tcpConnectWithoutPacket:
      mustHold &&
      primary !== null &&
      primary.tier === 'ale' &&
      primary.sees.moments.includes('connection') &&
      primary.actions.pend[0] === 'pend-operation' &&
      servingAll.some(
        (s) =>
          s.layer.id === primary.id &&
          s.units.some((u) => aleHasNoPacket(primary, u) && u.protocol === 'tcp'),
      ),
  };
  const covered = new Set(servingAll.flatMap((s) => s.units.map((u) => u.key)));
  return {
    design,
    fits,
    neededCompanions: needed,
    uncovered: task.units.map((u) => u.key).filter((k) => !covered.has(k)),
  };
}
