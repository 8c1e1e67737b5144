/**
 * Whether a layer can do the task, asked of the knowledge base (DESIGN §5.2): does it SEE the
 * traffic and every basis item, does it ALLOW the action, does it EXIST on the minimum Windows
 * version. The checks are an ordered table of named predicates; the first that fails gives the
 * layer's exclusion code and reason. Per-layer facts are computed once at module load. Pure.
 */
import type { ExclusionCode } from './types';
import { filterBasisOf } from '@/knowledge/conditions';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { LAYERS, getLayer } from '@/knowledge/layers';
import type { BlockRule, InjectionFunction, Layer, LayerId, SourceId } from '@/knowledge/types';
import {
  ACTIONS,
  BASIS,
  MIN_OS,
  MOMENTS,
  REDIRECT_TARGETS,
  osAtLeast,
  type Basis,
  type MinOs,
  type PathDirection,
} from '@/knowledge/vocabulary';
import type {
  BuiltInCallout,
  Failure,
  LayerFit,
  Mode,
  Task,
  Unit,
  UnitProtocol,
  UserModeEvents,
} from './design';
import {
  BUILT_IN_CALLOUTS,
  DISCARD_EVENTS,
  IDENTITY_BASIS,
  REQUIRE_SECURED_LAYERS,
  REWRITE_CONTENT_BASIS,
  USER_MODE_EVENTS,
  VM_CONDITION_BY_DIRECTION,
} from '@/knowledge/rule-facts';
import type { ExclusionReason, MissingPath } from './exclusion-reasons';
import { RANKED_LAYERS } from './rank';

// ---------------------------------------------------------------------------------------------
// Per-layer facts, computed once

const NEWEST_OS: MinOs = MIN_OS[MIN_OS.length - 1] ?? 'win11-22h2';

const FILTER_BASIS = new Map<LayerId, ReadonlyMap<MinOs, ReadonlySet<Basis>>>(
  LAYERS.map((l) => [l.id, new Map(MIN_OS.map((os) => [os, filterBasisOf(l, os)]))]),
);

const INJECTION_BY_ID = new Map(INJECTION_FUNCTIONS.map((f) => [f.id, f]));

const EMPTY_BASIS: ReadonlySet<Basis> = new Set();

/** Basis items a plain user-mode filter can match at the layer on `os`. */
export function filterBasis(layer: Layer, os: MinOs): ReadonlySet<Basis> {
  return FILTER_BASIS.get(layer.id)?.get(os) ?? EMPTY_BASIS;
}

/** The layer's identity reaches a callout through a flow context (stream, datagram-data, …). */
export function identityViaFlowContext(layer: Layer): boolean {
  return layer.identity === 'flow-context' && layer.carriesFlowHandle;
}

/**
 * Items the layer itself settles: a layer that sees a single protocol already decides on the
 * protocol (a stream callout only ever sees TCP).
 */
const PROTOCOL_ONLY: ReadonlySet<Basis> = new Set<Basis>(['protocol']);

function impliedBasis(layer: Layer): ReadonlySet<Basis> {
  return layer.sees.protocols.length === 1 ? PROTOCOL_ONLY : EMPTY_BASIS;
}

/** The payload a callout reads here is only that of a flow's first packet (ALE authorizations). */
function firstPacketPayloadOnly(layer: Layer): boolean {
  return layer.payload === 'first-packet' && !layer.calloutExtraBasis.includes('payload');
}

function calloutBasisOf(layer: Layer, os: MinOs): ReadonlySet<Basis> {
  const out = new Set<Basis>(filterBasis(layer, os));
  for (const b of layer.calloutExtraBasis) out.add(b);
  if (firstPacketPayloadOnly(layer)) out.add('payload');
  if (identityViaFlowContext(layer)) for (const b of IDENTITY_BASIS) out.add(b);
  return out;
}

const CALLOUT_BASIS = new Map<LayerId, ReadonlyMap<MinOs, ReadonlySet<Basis>>>(
  LAYERS.map((l) => [l.id, new Map(MIN_OS.map((os) => [os, calloutBasisOf(l, os)]))]),
);

/** Basis items a callout at the layer can see on `os`. */
function calloutBasis(layer: Layer, os: MinOs): ReadonlySet<Basis> {
  return CALLOUT_BASIS.get(layer.id)?.get(os) ?? EMPTY_BASIS;
}

const RPC_LAYERS = new Set(
  LAYERS.filter((l) => filterBasis(l, NEWEST_OS).has('rpc-interface')).map((l) => l.id),
);

/** A layer that filters RPC calls (its conditions offer the RPC interface). */
function isRpcLayer(layer: Layer): boolean {
  return RPC_LAYERS.has(layer.id);
}

/** The built-in callout that does a job at this layer from user mode, if any. */
export function builtInCalloutAt(layer: Layer): BuiltInCallout | null {
  return BUILT_IN_CALLOUTS.find((b) => b.layerId === layer.id) ?? null;
}

/** The user-mode events that report traffic classified at this layer, if any. */
export function userModeEventsAt(layer: Layer): UserModeEvents | null {
  const direct = USER_MODE_EVENTS.find((e) => e.layerId === layer.id);
  if (direct) return direct;
  return layer.discardOf !== undefined ? { layerId: layer.id, ...DISCARD_EVENTS } : null;
}

// ---------------------------------------------------------------------------------------------
// Injection

function pathServes(path: InjectionFunction['path'], direction: PathDirection): boolean {
  if (path === 'stream' || path === 'forward') return true;
  // Every frame passes the switch's ingress path, whichever VM it is for (wdk-vsw-flow).
  if (path === 'vswitch-ingress') return true;
  return path.endsWith('-send') ? direction === 'outbound' : direction === 'inbound';
}

function pathFamily(path: InjectionFunction['path']): string {
  return path.replace(/-(send|receive)$/, '');
}

/** What an injection is for: the same path, the opposite one (turnaround), or local delivery. */
export type InjectionPurpose = 'same' | 'opposite' | 'local-receive';

/**
 * The injection function the design calls at `layer` for `unit`. Cross-layer injection is allowed
 * when the data has the format the function expects (W4), so a turnaround may use the opposite
 * path of the same family, and forwarded traffic may be delivered locally through the transport
 * receive path.
 */
export function injectionFor(
  layer: Layer,
  unit: Unit,
  purpose: InjectionPurpose,
  os: MinOs,
): InjectionFunction | null {
  let candidates: readonly InjectionFunction[];
  let wanted: PathDirection = unit.direction;
  if (purpose === 'local-receive') {
    candidates = LOCAL_RECEIVE;
    wanted = 'inbound';
  } else if (purpose === 'opposite') {
    candidates = injectionLists(layer).sameFamily;
    wanted = unit.direction === 'inbound' ? 'outbound' : 'inbound';
  } else {
    candidates = injectionLists(layer).own;
  }
  for (const f of candidates) if (osAtLeast(os, f.minOs) && pathServes(f.path, wanted)) return f;
  return null;
}

/** The functions that deliver locally through the transport receive path. */
const LOCAL_RECEIVE = INJECTION_FUNCTIONS.filter((f) => f.path === 'transport-receive');

interface InjectionLists {
  /** The layer's own injection functions, in its order. */
  readonly own: readonly InjectionFunction[];
  /** Every function of the same path families as its own (for the opposite path). */
  readonly sameFamily: readonly InjectionFunction[];
}

function injectionListsOf(layer: Layer): InjectionLists {
  const own = layer.actions.injection
    .map((id) => INJECTION_BY_ID.get(id))
    .filter((f): f is InjectionFunction => f !== undefined);
  const families = new Set(own.map((f) => pathFamily(f.path)));
  return { own, sameFamily: INJECTION_FUNCTIONS.filter((f) => families.has(pathFamily(f.path))) };
}

/** Per layer, worked out once: the lists `injectionFor` picks from. */
const INJECTION_LISTS = new Map<Layer, InjectionLists>();

function injectionLists(layer: Layer): InjectionLists {
  let known = INJECTION_LISTS.get(layer);
  if (known === undefined) {
    known = injectionListsOf(layer);
    INJECTION_LISTS.set(layer, known);
  }
  return known;
}

/**
 * Out-of-band processing (WDK "Types of callouts"): a callout clones or references the indicated
 * data, blocks and absorbs it, and reinjects it later with an injection function. A layer that can
 * do that can hold traffic and release it later — how a shaper delays packets.
 */
export function holdsOutOfBand(layer: Layer): boolean {
  return layer.actions.pend.includes('out-of-band') && layer.actions.injection.length > 0;
}

/** A TCP connect is authorized at ALE without a packet (layerData is NULL). */
export function aleHasNoPacket(layer: Layer, unit: Unit): boolean {
  return layer.payload === 'no' || (unit.protocol === 'tcp' && unit.direction === 'outbound');
}

/** A redirect the layer cannot do itself, done by rewriting and reinjecting packets. */
export function redirectsByRewriting(layer: Layer, task: Task): boolean {
  const target = task.profile['redirect-to'] ?? 'remote-endpoint';
  return task.profile.action === 'redirect' && !layer.actions.redirect.includes(target);
}

/** Whether the design at `layer` injects for `unit`, and for which purpose. */
export function injectionNeed(layer: Layer, task: Task, unit: Unit): InjectionPurpose | null {
  const { action, direction, traffic } = task.profile;
  const turnaround = direction === 'turnaround';
  if (action === 'inject') return turnaround ? 'opposite' : 'same';
  if (action === 'modify' && layer.actions.redirect.length === 0) {
    return turnaround ? 'opposite' : 'same';
  }
  if (redirectsByRewriting(layer, task)) {
    return traffic === 'forwarded' && task.profile['redirect-to'] !== 'remote-endpoint'
      ? 'local-receive'
      : 'same';
  }
  // A shaper reinjects what it held, on the same path (the stream layer may defer inbound instead).
  if (action === 'shape' && holdsOutOfBand(layer)) {
    const deferred = layer.actions.defer && unit.direction === 'inbound' && unit.protocol === 'tcp';
    return deferred ? null : 'same';
  }
  if (task.mustHold) {
    const mechanism = layer.actions.pend[0];
    if (mechanism === 'out-of-band') return 'same';
    if (mechanism === 'pend-operation' && !aleHasNoPacket(layer, unit)) return 'same';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The checks

/**
 * A layer's failure. It carries the layer id, so the failure itself is the exclusion a design
 * reports for the layer (the fields of `Exclusion`, in its order): no copy per design.
 */
function fail(
  layer: Layer,
  code: ExclusionCode,
  reason: ExclusionReason,
  sourceIds: readonly SourceId[],
): Failure {
  return { layerId: layer.id, code, message: reason, sourceIds };
}

/** Per layer, failures by a small key; see `shared`. */
type SharedFailures = Map<Layer, Map<string | null, Failure | null>>;

/** Failures that depend on nothing but the layer, keyed by the check's name. */
const BY_CHECK: SharedFailures = new Map();
/** `moment-not-seen`, keyed by the moment asked. */
const BY_MOMENT: SharedFailures = new Map();
/** `protocol-not-seen`, keyed by the unit's protocol. */
const BY_PROTOCOL: SharedFailures = new Map();
/** A callout's action check (all but redirect), keyed by the action. */
const BY_ACTION: SharedFailures = new Map();

/**
 * A failure (or null for a pass) whose fields depend only on the layer and one small key, made
 * once and shared by every design (failures are never mutated); undefined when not made yet.
 */
function shared(
  table: SharedFailures,
  layer: Layer,
  key: string | null,
): Failure | null | undefined {
  return table.get(layer)?.get(key);
}

function share(
  table: SharedFailures,
  layer: Layer,
  key: string | null,
  failure: Failure | null,
): Failure | null {
  let byKey = table.get(layer);
  if (byKey === undefined) {
    byKey = new Map();
    table.set(layer, byKey);
  }
  byKey.set(key, failure);
  return failure;
}

function seesProtocol(layer: Layer, protocol: UnitProtocol): boolean {
  const seen = layer.sees.protocols;
  if (protocol === 'non-tcp')
    return seen.includes('any-ip') || (seen.includes('udp') && seen.includes('icmp'));
  return seen.includes(protocol);
}

function blockFailure(rule: BlockRule, layer: Layer, who: 'filter' | 'callout'): Failure | null {
  switch (rule) {
    case 'allowed':
      return null;
    case 'forbidden':
      return fail(
        layer,
        'block-forbidden',
        { key: 'block-forbidden', params: { who, layer: layer.id } },
        layer.sourceIds,
      );
    case 'not-a-decision-point':
      return fail(
        layer,
        'no-decision-point',
        { key: 'no-decision-point', params: { layer: layer.id } },
        layer.sourceIds,
      );
    case 'undocumented':
      return fail(
        layer,
        'block-undocumented',
        { key: 'block-undocumented', params: { layer: layer.id } },
        layer.sourceIds,
      );
  }
}

function canRewriteAddresses(layer: Layer): boolean {
  return (
    layer.actions.redirect.length > 0 ||
    layer.calloutExtraBasis.includes('transport-header') ||
    layer.calloutExtraBasis.includes('ip-header')
  );
}

/** Address or port are what a modification rewrites when no other content is named. */
export function rewritesAddresses(task: Task): boolean {
  if (task.profile.action === 'redirect') return true;
  if (task.profile.action !== 'modify') return false;
  for (const b of task.basis) if (REWRITE_CONTENT_BASIS.has(b)) return false;
  return task.basis.has('address') || task.basis.has('port');
}

/**
 * IPsec policy cannot single out an application or user; a filter at the ALE authorization that
 * blocks what is not IPsec-secured can, when it offers those items for every direction asked.
 */
export function requireSecuredCovers(items: readonly Basis[], task: Task): boolean {
  if (!items.every((b) => IDENTITY_BASIS.has(b))) return false;
  return task.units.every((u) => {
    const layer = getLayer(REQUIRE_SECURED_LAYERS[u.direction]);
    return layer !== undefined && items.every((b) => filterBasis(layer, task.os).has(b));
  });
}

type LayerCheck = (layer: Layer, task: Task, mode: Mode) => Failure | null;

const checkInternal: LayerCheck = (layer) =>
  layer.internal
    ? fail(layer, 'internal-layer', { key: 'internal-layer', params: {} }, layer.sourceIds)
    : null;

const checkOs: LayerCheck = (layer, task) => {
  if (layer.minOs === null) {
    return fail(layer, 'not-on-os', { key: 'no-os-documents-layer', params: {} }, layer.sourceIds);
  }
  return osAtLeast(task.os, layer.minOs)
    ? null
    : fail(
        layer,
        'not-on-os',
        { key: 'not-on-os', params: { from: layer.minOs, os: task.os } },
        layer.sourceIds,
      );
};

const checkRoute: LayerCheck = (layer, task) => {
  const { action, traffic } = task.profile;
  const vswitchLayer = layer.tier === 'vswitch';
  if (vswitchLayer && traffic !== 'vswitch') {
    return fail(layer, 'vswitch-path-only', { key: 'vswitch-path-only', params: {} }, ['wdk-vsw']);
  }
  if (!vswitchLayer && traffic === 'vswitch') {
    return fail(layer, 'not-vswitch-path', { key: 'not-vswitch-path', params: {} }, [
      'wdk-vsw',
      'wdk-vsw-overview',
    ]);
  }
  if (action === 'protect' && !layer.actions.configureIpsec) {
    return fail(layer, 'serves-other-task', { key: 'ipsec-at-keying-layers', params: {} }, [
      'w32-ipseccfg',
    ]);
  }
  if (action !== 'protect' && layer.actions.configureIpsec) {
    return fail(layer, 'serves-other-task', { key: 'keying-layer', params: {} }, [
      'w32-layers',
      'w32-ipseccfg',
    ]);
  }
  if (isRpcLayer(layer) && !task.basis.has('rpc-interface')) {
    return fail(layer, 'serves-other-task', { key: 'rpc-layer', params: {} }, [
      'w32-layers',
      'w32-cond',
    ]);
  }
  if (layer.mode === 'user' && !isRpcLayer(layer) && action !== 'protect') {
    return fail(
      layer,
      'serves-other-task',
      { key: 'user-mode-other-job', params: { layer: layer.id } },
      layer.sourceIds,
    );
  }
  return null;
};

const checkDiscard: LayerCheck = (layer, task) =>
  layer.discardOf !== undefined && task.profile.moment !== 'discard'
    ? fail(layer, 'discard-only', { key: 'discard-only', params: {} }, [
        'w32-alelayers',
        'w32-layers',
      ])
    : null;

const checkTraffic: LayerCheck = (layer, task) =>
  layer.sees.traffic.includes(task.profile.traffic)
    ? null
    : fail(
        layer,
        'traffic-not-seen',
        { key: 'traffic-not-seen', params: { traffic: task.profile.traffic, layer: layer.id } },
        layer.sourceIds,
      );

const checkMoment: LayerCheck = (layer, task, mode) => {
  // The user-mode layers classify RPC calls and IPsec negotiations, not socket moments.
  if (mode === 'ipsec-policy' || layer.mode === 'user') return null;
  const moments = mode === 'audit' ? task.auditMoments : task.moments;
  if (moments === null) return null;
  if (task.profile.moment === 'discard' && layer.sees.unit === 'socket-operation') {
    return (
      shared(BY_CHECK, layer, 'refused-operations-only') ??
      share(
        BY_CHECK,
        layer,
        'refused-operations-only',
        fail(
          layer,
          'moment-not-seen',
          { key: 'refused-operations-only', params: {} },
          layer.sourceIds,
        ),
      )
    );
  }
  for (const m of layer.sees.moments) if (moments.has(m)) return null;
  // Keyed by the moment asked (a moment value, never a check's name).
  const asked = task.profile.moment ?? null;
  return (
    shared(BY_MOMENT, layer, asked) ??
    share(
      BY_MOMENT,
      layer,
      asked,
      fail(
        layer,
        'moment-not-seen',
        { key: 'moment-not-seen', params: { seen: layer.sees.moments, asked } },
        layer.sourceIds,
      ),
    )
  );
};

const checkModeCapability: LayerCheck = (layer, task, mode) => {
  if (mode === 'callout') {
    return layer.actions.callouts
      ? null
      : (shared(BY_CHECK, layer, 'no-callouts') ??
          share(
            BY_CHECK,
            layer,
            'no-callouts',
            fail(layer, 'no-callouts', { key: 'no-callouts', params: {} }, ['w32-op', 'w32-arch']),
          ));
  }
  if (mode === 'filter') {
    const known = shared(BY_CHECK, layer, 'filter');
    if (known !== undefined) return known;
    return share(
      BY_CHECK,
      layer,
      'filter',
      builtInCalloutAt(layer) ? null : blockFailure(layer.actions.filterBlock, layer, 'filter'),
    );
  }
  if (mode === 'audit') {
    const events = userModeEventsAt(layer);
    if (!events) {
      return (
        shared(BY_CHECK, layer, 'no-user-mode-event') ??
        share(
          BY_CHECK,
          layer,
          'no-user-mode-event',
          fail(layer, 'no-user-mode-event', { key: 'no-user-mode-event', params: {} }, [
            'w32-audit',
            'w32-log',
          ]),
        )
      );
    }
    return osAtLeast(task.os, events.minOs)
      ? null
      : (shared(BY_CHECK, layer, 'user-mode-event-os') ??
          share(
            BY_CHECK,
            layer,
            'user-mode-event-os',
            fail(
              layer,
              'no-user-mode-event',
              { key: 'user-mode-event-os', params: { from: events.minOs } },
              events.sourceIds,
            ),
          ));
  }
  return null;
};

const checkAction: LayerCheck = (layer, task, mode) => {
  if (mode !== 'callout') return null;
  const action = task.profile.action;
  // Every action but redirect (whose failure names the target) fails the same way for every task.
  if (action === 'redirect') return actionFailure(layer, task);
  const known = shared(BY_ACTION, layer, action);
  return known !== undefined ? known : share(BY_ACTION, layer, action, actionFailure(layer, task));
};

function actionFailure(layer: Layer, task: Task): Failure | null {
  const a = layer.actions;
  switch (task.profile.action) {
    case 'allow-block':
      return blockFailure(a.calloutBlock, layer, 'callout');
    case 'monitor':
      return a.inspect
        ? null
        : fail(layer, 'cannot-inspect', { key: 'cannot-inspect', params: {} }, layer.sourceIds);
    case 'modify':
      return a.modify
        ? null
        : fail(
            layer,
            'cannot-modify',
            { key: 'cannot-modify', params: { layer: layer.id } },
            layer.sourceIds,
          );
    case 'inject':
      return a.injection.length > 0
        ? null
        : fail(
            layer,
            'no-injection',
            { key: 'no-injection', params: { layer: layer.id } },
            layer.sourceIds,
          );
    case 'redirect': {
      const target = task.profile['redirect-to'] ?? 'remote-endpoint';
      if (a.redirect.includes(target)) return null;
      if (
        a.redirect.length === 0 &&
        a.modify &&
        a.injection.length > 0 &&
        canRewriteAddresses(layer)
      )
        return null;
      return fail(
        layer,
        'no-redirect',
        a.redirect.length > 0
          ? { key: 'redirect-other-target', params: { supported: a.redirect, target } }
          : { key: 'cannot-redirect', params: {} },
        layer.sourceIds,
      );
    }
    case 'shape':
      return a.defer || holdsOutOfBand(layer)
        ? null
        : fail(layer, 'no-shaping', { key: 'no-shaping', params: { layer: layer.id } }, [
            'wdk-types',
            'wdk-stream',
          ]);
    case 'protect':
      return null;
  }
}

const NOTHING_MISSING: readonly Basis[] = [];

const checkBasis: LayerCheck = (layer, task, mode) => {
  const visible = mode === 'callout' ? calloutBasis(layer, task.os) : filterBasis(layer, task.os);
  const implied = impliedBasis(layer);
  let missing: Basis[] | readonly Basis[] = NOTHING_MISSING;
  for (const b of task.basis) {
    if (visible.has(b) || implied.has(b)) continue;
    if (missing === NOTHING_MISSING) missing = [];
    (missing as Basis[]).push(b);
  }
  if (mode === 'ipsec-policy' && missing.length > 0 && requireSecuredCovers(missing, task))
    return null;
  if (missing.length > 0) {
    if (missing.every((b) => IDENTITY_BASIS.has(b)) && layer.tier !== 'ale') {
      return fail(
        layer,
        'no-identity-here',
        identityViaFlowContext(layer)
          ? { key: 'identity-via-flow-context', params: {} }
          : { key: 'identity-never-here', params: {} },
        ['w32-ale', 'wdk-metadata', 'wdk-flowctx'],
      );
    }
    const who = mode === 'callout' ? 'callout' : mode === 'audit' ? 'audit' : 'filter';
    return fail(
      layer,
      'basis-not-visible',
      { key: 'basis-not-visible', params: { who, missing } },
      mode === 'callout' ? layer.sourceIds : ['w32-cond', 'wdk-cond'],
    );
  }
  if (mode === 'callout' && rewritesAddresses(task) && !canRewriteAddresses(layer)) {
    return fail(layer, 'not-rewritable', { key: 'not-rewritable', params: {} }, layer.sourceIds);
  }
  return null;
};

const checkHold: LayerCheck = (layer, task, mode) => {
  if (mode !== 'callout' || !task.mustHold) return null;
  return layer.actions.pend.length > 0
    ? null
    : (shared(BY_CHECK, layer, 'cannot-pend') ??
        share(
          BY_CHECK,
          layer,
          'cannot-pend',
          fail(layer, 'cannot-pend', { key: 'cannot-pend', params: { layer: layer.id } }, [
            'wdk-async',
            ...layer.sourceIds,
          ]),
        ));
};

/**
 * Checks on the layer as a whole, in the order their failures explain best. The first five do not
 * depend on the mode and read only the OS, traffic, action, whether an RPC interface is named and
 * whether the moment is a discard, so their outcome is kept per such combination (`routeFailures`).
 */
const ROUTE_CHECKS: readonly LayerCheck[] = [
  checkInternal,
  checkOs,
  checkRoute,
  checkDiscard,
  checkTraffic,
];
const MODE_CHECKS: readonly LayerCheck[] = [
  checkMoment,
  checkModeCapability,
  checkAction,
  checkBasis,
  checkHold,
];

const LAYER_INDEX = new Map<LayerId, number>(LAYERS.map((l, i) => [l.id, i]));

/** `RANKED_LAYERS` position → `LAYERS` position. */
const RANKED_TO_LAYER: readonly number[] = RANKED_LAYERS.map((l) => LAYER_INDEX.get(l.id) ?? -1);

const NO_UNITS: readonly Unit[] = Object.freeze([]);

/**
 * The outcome of the mode-independent checks for one combination of the facts they read: for each
 * layer (in `LAYERS` order) the first failing check or null, and, in `RANKED_LAYERS` order, the
 * fit of a layer that already failed them (the same in every mode, so shared by every route and
 * every task with these facts; never mutated) or null where the mode checks still have to run.
 */
interface RouteOutcome {
  readonly failures: readonly (Failure | null)[];
  readonly rankedFits: readonly (LayerFit | null)[];
}

const ROUTE_FAILURES = new Map<string, RouteOutcome>();
/** The last task asked about and its outcome (a design asks for the same task's up to three times). */
let lastTask: Task | undefined;
let lastOutcome: RouteOutcome | undefined;

/**
 * For each layer, the first failing mode-independent check for the task, or null. Memoised per
 * combination of the facts those checks read (at most a few hundred).
 */
function routeOutcome(task: Task): RouteOutcome {
  if (task === lastTask && lastOutcome !== undefined) return lastOutcome;
  const p = task.profile;
  const key = `${task.os}|${p.traffic}|${p.action}|${task.basis.has('rpc-interface')}|${p.moment === 'discard'}`;
  let known = ROUTE_FAILURES.get(key);
  if (known === undefined) {
    const failures = LAYERS.map((layer) => {
      for (const check of ROUTE_CHECKS) {
        const failure = check(layer, task, 'callout');
        if (failure) return failure;
      }
      return null;
    });
    const rankedFits = RANKED_LAYERS.map((layer, i): LayerFit | null => {
      const failure = failures[RANKED_TO_LAYER[i] as number] ?? null;
      return failure === null ? null : { layer, covered: NO_UNITS, failure };
    });
    known = { failures, rankedFits };
    ROUTE_FAILURES.set(key, known);
  }
  lastTask = task;
  lastOutcome = known;
  return known;
}

function routeFailures(task: Task): readonly (Failure | null)[] {
  return routeOutcome(task).failures;
}

function layerFailure(layer: Layer, task: Task, mode: Mode): Failure | null {
  const index = LAYER_INDEX.get(layer.id);
  const early =
    index === undefined
      ? ROUTE_CHECKS.reduce<Failure | null>((f, check) => f ?? check(layer, task, mode), null)
      : (routeFailures(task)[index] ?? null);
  return early ?? modeFailure(layer, task, mode);
}

function modeFailure(layer: Layer, task: Task, mode: Mode): Failure | null {
  for (const check of MODE_CHECKS) {
    const failure = check(layer, task, mode);
    if (failure) return failure;
  }
  return null;
}

/** Checks for one slice of the traffic (a protocol on one direction). */
function unitFailure(layer: Layer, task: Task, mode: Mode, unit: Unit): Failure | null {
  if (!seesProtocol(layer, unit.protocol)) {
    return (
      shared(BY_PROTOCOL, layer, unit.protocol) ??
      share(
        BY_PROTOCOL,
        layer,
        unit.protocol,
        fail(
          layer,
          'protocol-not-seen',
          { key: 'protocol-not-seen', params: { protocol: unit.protocol, layer: layer.id } },
          layer.sourceIds,
        ),
      )
    );
  }
  if (!layer.sees.directions.includes(unit.direction)) {
    return fail(
      layer,
      'direction-not-seen',
      {
        key: 'direction-not-seen',
        params: {
          seen: layer.sees.directions,
          direction: unit.direction,
          traffic: task.profile.traffic,
        },
      },
      layer.sourceIds,
    );
  }
  const vmCondition = VM_CONDITION_BY_DIRECTION[unit.direction];
  if (task.basis.has('vm') && layer.tier === 'vswitch' && !layer.conditions.includes(vmCondition)) {
    return fail(
      layer,
      'vm-not-known-here',
      { key: 'vm-not-known-here', params: { layer: layer.id, condition: vmCondition } },
      ['wdk-vsw-flow', 'w32-cond', 'ddi-fields-vsw-egress'],
    );
  }
  if (mode === 'callout') {
    if (task.basis.has('payload') && firstPacketPayloadOnly(layer)) {
      if (unit.protocol === 'tcp') {
        return (
          shared(BY_CHECK, layer, 'tcp-payload-before-data') ??
          share(
            BY_CHECK,
            layer,
            'tcp-payload-before-data',
            fail(
              layer,
              'basis-not-visible',
              { key: 'tcp-payload-before-data', params: {} },
              layer.sourceIds,
            ),
          )
        );
      }
      // Only the packet that creates the flow reaches ALE; the payload of the rest never does.
      if (task.profile.moment !== 'connection') {
        return (
          shared(BY_CHECK, layer, 'first-packet-payload-only') ??
          share(
            BY_CHECK,
            layer,
            'first-packet-payload-only',
            fail(
              layer,
              'basis-not-visible',
              { key: 'first-packet-payload-only', params: {} },
              layer.sourceIds,
            ),
          )
        );
      }
    }
    const purpose = injectionNeed(layer, task, unit);
    if (purpose !== null && injectionFor(layer, unit, purpose, task.os) === null) {
      const path: MissingPath =
        purpose === 'local-receive'
          ? 'local-receive'
          : purpose === 'opposite'
            ? unit.direction === 'inbound'
              ? 'turnaround-send'
              : 'turnaround-receive'
            : unit.direction === 'inbound'
              ? 'same-receive'
              : 'same-send';
      return fail(
        layer,
        'no-injection',
        { key: 'no-injection-path', params: { path, os: task.os, layer: layer.id } },
        layer.sourceIds,
      );
    }
  }
  return null;
}

const shapingOutside = (layer: Layer): Failure =>
  fail(layer, 'outside-wfp', { key: 'outside-wfp', params: {} }, ['qos-top', 'qos-works']);
/** Shaping handed entirely to QoS: the same failure for every task, made once per layer. */
const SHAPING_OUTSIDE = new Map<LayerId, Failure>(LAYERS.map((l) => [l.id, shapingOutside(l)]));

/** The units a layer serves in `mode`, or the failure that stops it. */
export function fitLayer(layer: Layer, task: Task, mode: Mode): LayerFit {
  return fitAfter(layerFailure(layer, task, mode), layer, task, mode);
}

/** `fitLayer` once the whole-layer checks gave `failure`. */
function fitAfter(failure: Failure | null, layer: Layer, task: Task, mode: Mode): LayerFit {
  if (failure) return { layer, covered: NO_UNITS, failure };
  if (task.units.length === 0) {
    return {
      layer,
      covered: NO_UNITS,
      failure: SHAPING_OUTSIDE.get(layer.id) ?? shapingOutside(layer),
    };
  }
  const covered: Unit[] = [];
  let first: Failure | null = null;
  for (const unit of task.units) {
    const failure = unitFailure(layer, task, mode, unit);
    if (failure) first ??= failure;
    else covered.push(unit);
  }
  return { layer, covered, failure: covered.length > 0 ? null : first };
}

/** Whether `layer` serves an extra unit in `mode` (used for return paths). */
export function servesUnit(layer: Layer, task: Task, mode: Mode, unit: Unit): boolean {
  if (layerFailure(layer, task, mode)) return false;
  return unitFailure(layer, task, mode, unit) === null;
}

/**
 * The mode checks' outcome per layer (in `RANKED_LAYERS` order; undefined until a layer is asked),
 * for one mode and one combination of every task fact those checks read: the OS, the action and
 * redirect target, the moment asked and the moment sets it expands to, the basis, whether the
 * decision is held, and the directions (which IPsec policy's require-secured check reads). Shared
 * by every task with those facts (the failures are never mutated). The facts are packed into two
 * small integers (`modeFacts`); a task with a value outside the vocabulary is not kept.
 */
const MODE_OUTCOMES = new Map<number, Map<number, (Failure | null | undefined)[]>>();

/** Place of each vocabulary value in its list, plus one (0 stands for "not given"). */
function places(values: readonly string[]): ReadonlyMap<string, number> {
  return new Map(values.map((v, i) => [v, i + 1]));
}
const OS_PLACE = places(MIN_OS);
const ACTION_PLACE = places(ACTIONS);
const TARGET_PLACE = places(REDIRECT_TARGETS);
const MOMENT_PLACE = places(MOMENTS);
const BASIS_PLACE = places(BASIS);
const MODE_PLACE = new Map<Mode, number>([
  ['filter', 0],
  ['audit', 1],
  ['callout', 2],
  ['ipsec-policy', 3],
]);

/** A set of vocabulary values as bits of their places; -1 when one is outside the vocabulary. */
function bitsOf(set: ReadonlySet<string>, place: ReadonlyMap<string, number>): number {
  let bits = 0;
  for (const item of set) {
    const at = place.get(item);
    if (at === undefined) return -1;
    bits |= 1 << (at - 1);
  }
  return bits;
}

/** The last task's packed facts (a design asks for up to three modes of one task). */
let factsTask: Task | undefined;
let factsLow = -1;
let factsHigh = -1;

/**
 * The mode checks' facts as two integers: `factsLow` holds the OS (3 bits), action (3), redirect
 * target (2), moment asked (3), moment set (8: 7 moments and "none") and audit moment set (8);
 * `factsHigh` the basis (20), held (1) and directions (2). -1 when a value is outside the vocabulary.
 */
function modeFacts(task: Task): void {
  if (task === factsTask) return;
  factsTask = task;
  const p = task.profile;
  const os = OS_PLACE.get(task.os);
  const action = ACTION_PLACE.get(p.action);
  const target = p['redirect-to'] === undefined ? 0 : TARGET_PLACE.get(p['redirect-to']);
  const moment = p.moment === undefined ? 0 : MOMENT_PLACE.get(p.moment);
  const moments = task.moments === null ? 1 << 7 : bitsOf(task.moments, MOMENT_PLACE);
  const audit = task.auditMoments === null ? 1 << 7 : bitsOf(task.auditMoments, MOMENT_PLACE);
  const basis = bitsOf(task.basis, BASIS_PLACE);
  if (
    os === undefined ||
    action === undefined ||
    target === undefined ||
    moment === undefined ||
    moments < 0 ||
    audit < 0 ||
    basis < 0
  ) {
    factsLow = -1;
    factsHigh = -1;
    return;
  }
  let directions = 0;
  for (const u of task.units) directions |= u.direction === 'inbound' ? 1 : 2;
  factsLow = os | (action << 3) | (target << 6) | (moment << 8) | (moments << 11) | (audit << 19);
  factsHigh = basis | ((task.mustHold ? 1 : 0) << 20) | (directions << 21);
}

/** The mode checks' outcomes for the task's facts, or null when they are not kept. */
function modeOutcomes(task: Task, mode: Mode): (Failure | null | undefined)[] | null {
  modeFacts(task);
  const place = MODE_PLACE.get(mode);
  if (factsLow < 0 || place === undefined) return null;
  const low = factsLow | (place << 27);
  let byHigh = MODE_OUTCOMES.get(low);
  if (byHigh === undefined) {
    byHigh = new Map();
    MODE_OUTCOMES.set(low, byHigh);
  }
  let known = byHigh.get(factsHigh);
  if (known === undefined) {
    known = new Array<Failure | null | undefined>(RANKED_LAYERS.length).fill(undefined);
    byHigh.set(factsHigh, known);
  }
  return known;
}

/** Every layer's fit in `mode`, in `RANKED_LAYERS` order (the same as `fitLayer` for each). */
export function rankedFits(task: Task, mode: Mode): readonly LayerFit[] {
  const early = routeOutcome(task).rankedFits;
  const outcomes = modeOutcomes(task, mode);
  const out: LayerFit[] = [];
  for (let i = 0; i < RANKED_LAYERS.length; i += 1) {
    const failed = early[i];
    if (failed) {
      out.push(failed);
      continue;
    }
    const layer = RANKED_LAYERS[i] as Layer;
    let failure = outcomes === null ? undefined : outcomes[i];
    if (failure === undefined) {
      failure = modeFailure(layer, task, mode);
      if (outcomes !== null) outcomes[i] = failure;
    }
    out.push(fitAfter(failure, layer, task, mode));
  }
  return out;
}
