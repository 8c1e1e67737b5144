/**
 * Moment expansion (DESIGN §5.4): the moments a layer must see for a local task beyond the one the
 * profile names. One rule per reason, in order: when it applies (a named predicate over the
 * profile and basis), the moments it adds, whether every route needs them or only the audit route
 * accepts them, and the sources. `expandMoments` applies the table. Pure.
 */
import type { SourceId } from '@/knowledge/types';
import { LAYERS } from '@/knowledge/layers';
import {
  osAtLeast,
  type Basis,
  type MinOs,
  type Moment,
  type Profile,
} from '@/knowledge/vocabulary';
import { FLOW_INVARIANT_BASIS, FLOW_INVARIANT_SOURCES } from '@/knowledge/rule-facts';

/** What the moment rules read: the normalized profile, its named moment and its basis. */
export interface MomentFacts {
  readonly profile: Profile;
  readonly moment: Moment;
  readonly basis: ReadonlySet<Basis>;
}

export type MomentRuleId =
  | 'flow-invariant-at-ale'
  | 'established-stops-at-data'
  | 'redirect-takes-effect'
  | 'change-on-packets'
  | 'shape-on-data'
  | 'close-before-closure-layers'
  | 'audit-at-authorization';

export interface MomentRule {
  readonly id: MomentRuleId;
  readonly when: (facts: MomentFacts) => boolean;
  readonly add: readonly Moment[];
  /** `every-route`: the layers of every route must see one of them; `audit`: only the audit route accepts them. */
  readonly scope: 'every-route' | 'audit';
  readonly sourceIds: readonly SourceId[];
}

/** Whether every basis item is a fact that stays the same for the whole flow. */
function basisIsFlowInvariant(basis: ReadonlySet<Basis>): boolean {
  for (const b of basis) if (!FLOW_INVARIANT_BASIS.has(b)) return false;
  return true;
}

/** Whether a layer that reports an endpoint or flow closing exists on each OS (computed once). */
const CLOSURE_LAYER_ON = new Map<MinOs, boolean>();
function closureLayerOn(os: MinOs): boolean {
  let known = CLOSURE_LAYER_ON.get(os);
  if (known === undefined) {
    known = LAYERS.some(
      (l) => l.sees.moments.includes('close') && l.minOs !== null && osAtLeast(os, l.minOs),
    );
    CLOSURE_LAYER_ON.set(os, known);
  }
  return known;
}

/** The rules, in the order they are applied. */
export const MOMENT_RULES: readonly MomentRule[] = [
  {
    // A decision on facts that never change within a flow is made once, at the ALE authorization.
    id: 'flow-invariant-at-ale',
    when: ({ profile, moment, basis }) =>
      profile.action === 'allow-block' &&
      (moment === 'data' || moment === 'established') &&
      basisIsFlowInvariant(basis),
    add: ['connection'],
    scope: 'every-route',
    sourceIds: FLOW_INVARIANT_SOURCES,
  },
  {
    // Stopping an established connection's traffic happens at the data layers (flow-established
    // itself is no decision point).
    id: 'established-stops-at-data',
    when: ({ profile, moment }) => profile.action === 'allow-block' && moment === 'established',
    add: ['data'],
    scope: 'every-route',
    sourceIds: ['w32-alestate', 'w32-alelayers'],
  },
  {
    // A redirect takes effect when the socket binds or connects, or on the packets when it is done
    // by rewriting them, whatever moment was named.
    id: 'redirect-takes-effect',
    when: ({ profile, moment }) =>
      profile.action === 'redirect' && moment !== 'discard' && moment !== 'close',
    add: ['bind', 'connection', 'data'],
    scope: 'every-route',
    sourceIds: ['wdk-redir', 'wdk-modex'],
  },
  {
    // Changing or injecting traffic "when a connection starts" or "once it is established" still
    // works on packets: the SYN and first datagrams, then the flow's data, pass the data,
    // stream-packet and transport layers (flow-established itself cannot modify).
    id: 'change-on-packets',
    when: ({ profile, moment }) =>
      (profile.action === 'modify' || profile.action === 'inject') &&
      (moment === 'connection' || moment === 'established'),
    add: ['data'],
    scope: 'every-route',
    sourceIds: ['wdk-insppts', 'wdk-layerreq', 'w32-alelayers'],
  },
  {
    // Shaping acts on the data, whatever moment was named.
    id: 'shape-on-data',
    when: ({ profile, moment }) => profile.action === 'shape' && moment !== 'discard',
    add: ['data'],
    scope: 'every-route',
    sourceIds: ['wdk-types', 'wdk-stream'],
  },
  {
    // Before the closure layers (Windows 7) the end of a flow is seen only by the flowDeleteFn of
    // a flow context associated at flow-established.
    id: 'close-before-closure-layers',
    when: ({ profile, moment }) => moment === 'close' && !closureLayerOn(profile['min-os']),
    add: ['established'],
    scope: 'every-route',
    sourceIds: ['wdk-flowctx', 'wdk-procflowdel', 'wdk-w7'],
  },
  {
    // Connection audit events are raised at connect/accept: that is where established flows, and
    // the connection-level facts of a flow's data, are recorded (DESIGN §5.3).
    id: 'audit-at-authorization',
    when: ({ profile, moment, basis }) =>
      profile.action === 'monitor' &&
      (moment === 'established' ||
        (moment === 'data' && basis.size > 0 && basisIsFlowInvariant(basis))),
    add: ['connection'],
    scope: 'audit',
    sourceIds: ['w32-audit', 'w32-alestate'],
  },
];

/** The moments of a local task: those every route needs, those the audit route accepts, and the rules that applied. */
export interface ExpandedMoments {
  readonly moments: ReadonlySet<Moment>;
  readonly auditMoments: ReadonlySet<Moment>;
  readonly applied: readonly MomentRuleId[];
}

/** Applies the moment rules to a named moment. */
export function expandMoments(facts: MomentFacts): ExpandedMoments {
  const moments = new Set<Moment>([facts.moment]);
  const audit: Moment[] = [];
  const applied: MomentRuleId[] = [];
  for (const rule of MOMENT_RULES) {
    if (!rule.when(facts)) continue;
    applied.push(rule.id);
    if (rule.scope === 'audit') audit.push(...rule.add);
    else for (const m of rule.add) moments.add(m);
  }
  const auditMoments = new Set<Moment>(moments);
  for (const m of audit) auditMoments.add(m);
  return { moments, auditMoments, applied };
}
