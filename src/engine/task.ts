/**
 * From a profile to the task the engine reasons about: defaults filled in, keys the questionnaire
 * would skip removed, basis in vocabulary order, and the coverage units and moments the layers
 * must serve. Pure.
 */
import { LAYERS } from '@/knowledge/layers';
import {
  BASIS,
  CONSTRAINT_DEFAULTS,
  osAtLeast,
  type Basis,
  type Moment,
  type PathDirection,
  type Profile,
} from '@/knowledge/vocabulary';
import type { Task, Unit, UnitProtocol } from './design';
import { FLOW_INVARIANT_BASIS, QOS_BASIS } from '@/knowledge/rule-facts';

/**
 * The profile as the engine reads it: constraint defaults filled in, `moment` only for local
 * traffic, `redirect-to` only for redirects (defaulting to `remote-endpoint`), basis deduplicated
 * in vocabulary order.
 */
export function normalizeProfile(input: Profile): Profile {
  // One spread of what the caller gave, so a key added to Profile reaches the engine; only the
  // keys the questionnaire would skip are taken out, and only undefined values give way to defaults.
  const { moment, 'redirect-to': redirectTo, ...rest } = input;
  const given = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  ) as typeof rest;
  return {
    ...CONSTRAINT_DEFAULTS,
    ...given,
    ...(input.traffic === 'local' && moment !== undefined ? { moment } : {}),
    basis: BASIS.filter((b) => input.basis.includes(b)),
    ...(input.action === 'redirect' ? { 'redirect-to': redirectTo ?? 'remote-endpoint' } : {}),
  };
}

function unitProtocols(profile: Profile): readonly UnitProtocol[] {
  // Payload work on all IP traffic is split: TCP (stream) and the rest (datagram-data); "TCP and
  // UDP" is a TCP slice and a UDP slice, nothing for ICMP or other protocols.
  if (profile.protocol === 'any-ip') return ['tcp', 'non-tcp'];
  if (profile.protocol === 'tcp,udp') return ['tcp', 'udp'];
  return [profile.protocol];
}

function unitDirections(profile: Profile): readonly PathDirection[] {
  switch (profile.direction) {
    case 'inbound':
      return ['inbound'];
    case 'outbound':
      return ['outbound'];
    case 'both':
      return ['inbound', 'outbound'];
    case 'turnaround':
      // Answering a received packet: the capture is on the receive path, the answer goes out.
      return ['inbound'];
  }
}

/** Whether every basis item is a fact that stays the same for the whole flow. */
function basisIsFlowInvariant(basis: ReadonlySet<Basis>): boolean {
  for (const b of basis) if (!FLOW_INVARIANT_BASIS.has(b)) return false;
  return true;
}

/** Whether a layer that reports an endpoint or flow closing exists on `os`. */
function closureLayerOn(os: Profile['min-os']): boolean {
  return LAYERS.some(
    (l) => l.sees.moments.includes('close') && l.minOs !== null && osAtLeast(os, l.minOs),
  );
}

function taskMoments(profile: Profile, basis: ReadonlySet<Basis>) {
  if (profile.traffic !== 'local' || profile.moment === undefined) {
    return { moments: null, auditMoments: null, decisionAtAle: false };
  }
  const moment = profile.moment;
  const moments = new Set<Moment>([moment]);
  let decisionAtAle = false;
  if (profile.action === 'allow-block') {
    // §5.4: a decision on facts that never change within a flow is made once, at the ALE authorization.
    if ((moment === 'data' || moment === 'established') && basisIsFlowInvariant(basis)) {
      moments.add('connection');
      decisionAtAle = true;
    }
    // Stopping an established connection's traffic happens at the data layers.
    if (moment === 'established') moments.add('data');
  }
  if (profile.action === 'redirect' && moment !== 'discard' && moment !== 'close') {
    // A redirect takes effect when the socket binds or connects, or on the packets when it is done
    // by rewriting them, whatever moment was named.
    moments.add('bind');
    moments.add('connection');
    moments.add('data');
  }
  // Changing or injecting traffic "when a connection starts" or "once it is established" still
  // works on packets: the SYN and first datagrams, then the flow's data, pass the data, stream-packet
  // and transport layers (flow-established itself cannot modify; layers.md §3, rules.md §3).
  if (
    (profile.action === 'modify' || profile.action === 'inject') &&
    (moment === 'connection' || moment === 'established')
  )
    moments.add('data');
  // Shaping acts on the data, whatever moment was named.
  if (profile.action === 'shape' && moment !== 'discard') moments.add('data');
  // Before the closure layers (Windows 7) the end of a flow is seen only by the flowDeleteFn of a
  // flow context associated at flow-established (rules.md §4 row 12, "Associating context with a
  // data flow", "Processing flow delete callouts").
  if (moment === 'close' && !closureLayerOn(profile['min-os'])) moments.add('established');
  const auditMoments = new Set<Moment>(moments);
  // Connection audit events are raised at connect/accept: that is where established flows, and the
  // connection-level facts of a flow's data, are recorded (DESIGN §5.3).
  if (
    profile.action === 'monitor' &&
    (moment === 'established' ||
      (moment === 'data' && basis.size > 0 && basisIsFlowInvariant(basis)))
  ) {
    auditMoments.add('connection');
  }
  return { moments, auditMoments, decisionAtAle };
}

/** Builds the task for a normalized profile. */
export function makeTask(profile: Profile): Task {
  const basis = new Set<Basis>(profile.basis);
  const { moments, auditMoments, decisionAtAle } = taskMoments(profile, basis);
  const directions = unitDirections(profile);
  // Shaping by fixed rules on what Policy-based QoS matches: QoS throttles the outbound part with
  // no driver. A rate computed in code (or on other facts) is held and released by a callout.
  const shapingDelegated =
    profile.action === 'shape' &&
    profile.decider === 'rules' &&
    directions.includes('outbound') &&
    [...basis].every((b) => QOS_BASIS.has(b));
  const kept = shapingDelegated ? directions.filter((d) => d === 'inbound') : directions;
  const units: Unit[] = [];
  for (const protocol of unitProtocols(profile)) {
    for (const direction of kept)
      units.push({ key: `${protocol}/${direction}`, protocol, direction });
  }
  return {
    profile,
    os: profile['min-os'],
    basis,
    units,
    moments,
    auditMoments,
    decisionAtAle,
    shapingDelegated,
    mustHold:
      profile.decider === 'outside' &&
      (profile.action === 'allow-block' ||
        profile.action === 'modify' ||
        profile.action === 'redirect'),
  };
}
