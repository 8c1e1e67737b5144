/**
 * English words of why each of the seven considerations applies (src/engine/consideration-rules.ts),
 * and of the user-mode events a monitor relies on. Pure.
 */
import type { ConsiderationParams, NotUserModeParams } from '@/engine/consideration-rules';
import type { AuditEvents } from '@/engine/design';
import { BASIS_WORDS, OS_NAMES, layerName, listWords, wordMessage, type Messages } from './common';
import { RUNG_NAMES } from './rationale';

/** The user-mode events that report a layer's classifications. */
export const AUDIT_EVENTS: Readonly<Record<AuditEvents, string>> = {
  connection:
    'security audit events 5156/5157 (connection permitted/blocked); net events for blocked connections, ' +
    'and for allowed connections from Windows 8 (FWPM_NET_EVENT_TYPE_CLASSIFY_ALLOW)',
  bind: 'security audit events 5158/5159 (bind permitted/blocked)',
  listen: 'security audit events 5154/5155 (listen permitted/blocked)',
  discard:
    'security audit events 5152/5153 (packet dropped) and the ALE "blocked" events; net events of type ' +
    'FWPM_NET_EVENT_TYPE_CLASSIFY_DROP',
};

/** Why user-mode filtering cannot do the task (a clause inside a sentence). */
export const notUserMode: Messages<NotUserModeParams> = {
  'changes-traffic': (p) =>
    `the task changes traffic (${p.action}), which built-in filtering cannot do`,
  shape: () => 'a filter cannot delay traffic; only a callout can hold it and release it later',
  'code-decides': () => 'the decision is computed by code in the classify function',
  'outside-decides': () =>
    'the decision waits for someone outside the classify, which only a callout can hold',
  'no-close-event': () => 'no audit or net event reports an endpoint closing',
  'no-monitor-event': () => 'no audit or net event reports what this monitor needs',
  'not-filter-conditions': (p) =>
    `the ${listWords(p.missing.map((b) => BASIS_WORDS[b]))} ${p.missing.length > 1 ? 'are not filter conditions' : 'is not a filter condition'} at ${layerName(p.layer)}, the highest layer that sees the traffic`,
  'nothing-covers': () => 'no built-in filter condition or action covers the task',
};

export const considerations: Messages<ConsiderationParams> = {
  'ipsec-policy-user-mode': () =>
    'IPsec policy is configured from user mode (IKE/IPsec layers, connection security rules): no driver.',
  'audit-events': (p) =>
    `Audit and net events report what the monitor needs (${p.events ? AUDIT_EVENTS[p.events] : 'connection events'}): no driver.`,
  'built-in-callout': (p) =>
    `A filter calling the built-in callout ${p.name} does the job from user mode: no driver.`,
  'plain-filters': () =>
    'Plain filters added from user mode (FwpmFilterAdd0) match every basis item here: no driver.',
  'callout-avoided': (p) =>
    `A kernel callout would be needed because ${wordMessage(notUserMode, p.because)}, and the product cannot ship a driver of its own.`,
  'callout-needed': (p) =>
    `A kernel callout is needed because ${wordMessage(notUserMode, p.because)}.`,
  'nothing-on-os': (p) =>
    `No WFP layer can do the task on ${OS_NAMES[p.os]}, with or without a driver.`,
  'no-layer': () =>
    'No WFP layer can do the task, so no layer is chosen; see why each was ruled out.',
  'highest-layer': (p) =>
    `${layerName(p.layer)} is the highest workable layer in the preference order (ALE → stream/datagram-data → stream-packet/transport/ICMP error → IP packet/forward → MAC frame)${p.rung ? `, on the ${RUNG_NAMES[p.rung]} rung` : ''}; ${p.higher} layer${p.higher === 1 ? '' : 's'} ranked above ${p.higher === 1 ? 'was' : 'were'} ruled out.`,
  'flow-established-primary': () =>
    'The design runs at ALE flow-established: its callout observes and must not return BLOCK (only to close a connection after a security-relevant error).',
  'flow-established-companion': () =>
    'The design registers a callout at ALE flow-established for the flow context: it must not return BLOCK there.',
  'flow-established-ruled-out': (p) =>
    `ALE flow-established was ruled out because blocking is forbidden there; the decision is made at ${p.primary ? layerName(p.primary) : 'another layer'}.`,
  'dispatch-pended': () =>
    'classifyFn runs at IRQL ≤ DISPATCH_LEVEL; the outside decision is waited for outside it (pend or absorb, finish at PASSIVE_LEVEL, complete later).',
  'dispatch-short': () =>
    'classifyFn runs at IRQL ≤ DISPATCH_LEVEL: keep it short and move slow work (I/O, user-mode round-trips, big scans) to a worker.',
  'receive-injection': (p) =>
    `The design injects into the receive path with ${listWords(p.fns)}${p.pended ? ' (reinjecting the clone after the pended authorization)' : ''}: recompute the IP checksum first, since reassembled packets carry a stale one.`,
  'tcp-injection': (p) =>
    `TCP packets are injected with ${listWords(p.fns)} from ${listWords(p.layers.map(layerName))}: TCP can be injected only out of band, so queue a DPC instead of injecting inside classifyFn.`,
  'ip-header-send': (p) =>
    `The design sends with ${listWords(p.fns)}, whose buffer starts with the IP header: the MDL holding it must be pointer-aligned.`,
  'turnaround-alignment': () =>
    'A received packet is sent back out (turnaround): its IP header MDL may not be pointer-aligned, so rebuild the header in an aligned buffer before the send-path injection.',
  'raw-send-alignment': () =>
    'Raw (header-include) sends carry the IP header in the buffer handed to the transport send injection: it must sit in a pointer-aligned MDL.',
};
