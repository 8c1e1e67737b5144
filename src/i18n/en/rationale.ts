/**
 * English words of the rationale steps (src/engine/types.ts `RationaleParams`). Pure.
 */
import type { RationaleParams } from '@/engine/types';
import type { PreferenceRung } from '@/knowledge/types';
import { companions } from './companions';
import { ipsecReasons } from './ipsec';
import {
  ACTION_WORDS,
  BASIS_WORDS,
  DECIDER_WORDS,
  MOMENT_WORDS,
  OS_NAMES,
  PROTOCOL_WORDS,
  TRAFFIC_WORDS,
  layerName,
  listWords,
  wordMessage,
  type Messages,
} from './common';

/** Preference order of the rungs, in words (DESIGN §5.1). */
export const RUNG_NAMES: Readonly<Record<NonNullable<PreferenceRung>, string>> = {
  1: 'ALE',
  2: 'stream / datagram-data',
  3: 'stream-packet, transport, ICMP error',
  4: 'IP packet, IP forward',
  5: 'MAC frame',
};

/** How many ruled-out layers the highest-layer step names. */
const MAX_NAMED = 6;

const PEND: Readonly<Record<RationaleParams['hold-decision']['pend'], string>> = {
  'pend-operation': 'FwpsPendOperation0 (first authorization only)',
  'pend-classify': 'FwpsPendClassify0',
  'out-of-band': 'out-of-band processing (absorb, reinject later)',
};

export const rationale: Messages<RationaleParams> = {
  task: (p) => {
    const basis =
      p.basis.length > 0 ? listWords(p.basis.map((b) => BASIS_WORDS[b])) : 'nothing in particular';
    const when = p.moment ? `, ${MOMENT_WORDS[p.moment]}` : '';
    return `Task: ${ACTION_WORDS[p.action]} ${PROTOCOL_WORDS[p.protocol]} (${TRAFFIC_WORDS[p.traffic]}; ${p.direction}${when}), based on ${basis}, decided by ${DECIDER_WORDS[p.decider]}, on ${OS_NAMES[p.os]} and later.`;
  },
  'vswitch-path': () =>
    'VM traffic crossing the Hyper-V switch is classified on the vSwitch path: leaving a VM at the ingress layers, arriving at a VM at the egress layers.',
  'protect-route': () =>
    'Requiring or configuring IPsec is IPsec policy, set from user mode at the IKE/IPsec layers.',
  'rpc-route': () =>
    'Decisions on RPC interfaces and operations are made at the user-mode RPC layers.',
  'decision-at-ale': () =>
    'The decision rests on facts that do not change within a flow, so it belongs at the ALE authorization: ALE decides once and the rest of the flow follows.',
  'recorded-at-authorization': () =>
    'The facts to record do not change within a connection, and the audit log and net events record them when ALE authorizes the connection.',
  turnaround: () =>
    'Turnaround: the packet is captured on the receive path and the answer is injected into the send path.',
  'own-driver-avoided': () =>
    'The product cannot ship a driver of its own, so the callout design is replaced by another technology (see the alternatives).',
  'shaping-outbound-qos': () =>
    'The rate comes from fixed rules and the traffic leaves this host, so Policy-based QoS throttles it with no driver; only inbound traffic is left to WFP.',
  'shaping-out-of-band': () =>
    'WFP has no rate-limiting action, but a callout can delay traffic: it holds the data out of band (clone, block and absorb) and reinjects it when the rate allows, as the out-of-band callout types describe.',
  'user-mode-filtering': (p) =>
    `Built-in filtering does it from user mode at ${layerName(p.layer)}, so no driver is needed.`,
  'no-filter-covers': () =>
    'No layer lets built-in filtering alone do it (no filter condition or user-mode event covers every basis item), so the design needs a callout.',
  'code-on-data-path': (p) =>
    `The task needs code on the data path (${ACTION_WORDS[p.action]}, decided by ${DECIDER_WORDS[p.decider]}), which built-in filtering cannot provide: a callout is needed.`,
  'highest-layer': (p) => {
    const named = p.ruledOut.slice(0, MAX_NAMED).map((e) => `${e.layerId} (${e.code})`);
    const more = p.ruledOut.length > MAX_NAMED ? ` and ${p.ruledOut.length - MAX_NAMED} more` : '';
    return (
      `Highest workable layer: ${layerName(p.layer)}${p.rung ? ` (${RUNG_NAMES[p.rung]})` : ''}.` +
      (p.ruledOut.length > 0 ? ` Ruled out above it: ${named.join(', ')}${more}.` : '')
    );
  },
  companion: (p) => `${layerName(p.layer)}: ${wordMessage(companions, p.message)}`,
  'hold-decision': (p) => `The outside decision is held with ${PEND[p.pend]}.`,
  injection: (p) =>
    `Injection: ${listWords(p.uses.map((u) => `${u.fn} from ${layerName(u.layer)}`))}.`,
  ipsec: (p) => `IPsec: ${p.status}. ${wordMessage(ipsecReasons, p.reason)}`,
  'nothing-workable': (p) =>
    `No WFP layer can do this on ${OS_NAMES[p.os]}: every layer was ruled out (see why). The verdict is another technology.`,
};
