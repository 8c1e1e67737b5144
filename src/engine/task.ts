/**
 * From a profile to the task the engine reasons about: defaults filled in, keys the questionnaire
 * would skip removed, basis in vocabulary order, and the coverage units and moments the layers
 * must serve. Pure.
 */
import {
  BASIS,
  CONSTRAINT_DEFAULTS,
  type Basis,
  type PathDirection,
  type Profile,
} from '@/knowledge/vocabulary';
import type { Task, Unit, UnitProtocol } from './design';
import { expandMoments } from './moment-rules';
import { QOS_BASIS } from '@/knowledge/rule-facts';

const DEFAULT_ENTRIES = Object.entries(CONSTRAINT_DEFAULTS);

/**
 * The profile as the engine reads it: constraint defaults filled in, `moment` only for local
 * traffic, `redirect-to` only for redirects (defaulting to `remote-endpoint`), basis deduplicated
 * in vocabulary order.
 */
export function normalizeProfile(input: Profile): Profile {
  // Every key the caller gave reaches the engine, so a key added to Profile does too; only the
  // keys the questionnaire would skip are taken out, and only undefined values give way to the
  // defaults. Key order: defaults, the caller's keys, then moment and redirect-to.
  // Filled key by key: V8 is many times slower at adding keys to an object made by a spread.
  const out: Record<string, unknown> = {};
  for (const [key, value] of DEFAULT_ENTRIES) out[key] = value;
  for (const key of Object.keys(input)) {
    if (key === 'moment' || key === 'redirect-to') continue;
    const value = input[key as keyof Profile];
    if (value !== undefined) out[key] = value;
  }
  if (input.traffic === 'local' && input.moment !== undefined) out.moment = input.moment;
  const basis: Basis[] = [];
  for (const b of BASIS) if (input.basis.includes(b)) basis.push(b);
  out.basis = basis;
  if (input.action === 'redirect') out['redirect-to'] = input['redirect-to'] ?? 'remote-endpoint';
  return out as unknown as Profile;
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

/** The moments a local task's layers must see (moment expansion, `moment-rules.ts`). */
function taskMoments(profile: Profile, basis: ReadonlySet<Basis>) {
  if (profile.traffic !== 'local' || profile.moment === undefined) {
    return { moments: null, auditMoments: null, decisionAtAle: false };
  }
  const { moments, auditMoments, applied } = expandMoments({
    profile,
    moment: profile.moment,
    basis,
  });
  return { moments, auditMoments, decisionAtAle: applied.includes('flow-invariant-at-ale') };
}

const UNITS = new Map<string, Unit>();

/** The one (frozen) unit per protocol and direction, so equal units are the same object. */
function unitOf(protocol: UnitProtocol, direction: PathDirection): Unit {
  const key = `${protocol}/${direction}`;
  let unit = UNITS.get(key);
  if (unit === undefined) {
    unit = Object.freeze({ key, protocol, direction });
    UNITS.set(key, unit);
  }
  return unit;
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
    for (const direction of kept) units.push(unitOf(protocol, direction));
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
