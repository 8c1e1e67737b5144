/**
 * English words of the build plan (src/engine/types.ts `BuildPlan`): the summary, the callout
 * type, how a decision is held, the technology used instead of a driver and why a flag is
 * matched as not set. Pure.
 */
import type { BuildSummaryParams, CalloutKind } from '@/engine/types';
import type { Substitute as Technology } from '@/engine/substitute';
import type { PendMechanism } from '@/knowledge/types';
import { AUDIT_EVENTS } from './considerations';
import { layerName, listWords, type Messages } from './common';

function also(companions: readonly string[]): string {
  return companions.length > 0 ? `, with ${listWords(companions.map(layerName))}` : '';
}

export const buildSummary: Messages<BuildSummaryParams> = {
  nothing: () => 'No WFP layer can do this task; see the alternatives.',
  'built-in-filter': (p) =>
    `A user-mode filter at ${layerName(p.layer)} that calls the built-in ${p.builtIn}${also(p.companions)}.`,
  filters: (p) =>
    `User-mode filters (FwpmFilterAdd0) at ${layerName(p.layer)}${also(p.companions)}.`,
  audit: (p) =>
    `Turn on auditing and subscribe to net events for ${layerName(p.layer)}${also(p.companions)}: ${p.events ? AUDIT_EVENTS[p.events] : ''}.`,
  'ipsec-policy': (p) =>
    `IPsec policy from user mode at ${layerName(p.layer)}${also(p.companions)}.`,
  'no-technology': (p) =>
    `A callout at ${layerName(p.layer)} would do it; nothing without a driver of your own can, so either allow a driver or change the task.`,
  technology: (p) =>
    p.technology === 'policy-based-qos'
      ? `Use Policy-based QoS instead of a driver of your own: a throttle rate per application, address, protocol or port. A callout at ${layerName(p.layer)} would be the WFP design.`
      : `Use an off-the-shelf signed packet-diversion driver instead of a driver of your own: a user-mode program captures, drops, changes and reinjects IP packets through it. A callout at ${layerName(p.layer)} would be the WFP design.`,
  callout: (p) =>
    `A kernel callout at ${layerName(p.layer)}${also(p.companions)}, registered with FwpsCalloutRegister and added with FwpmCalloutAdd0, and filters that call it.`,
};

/** What the technology used instead of a driver of one's own costs. */
export const technologyCost: Readonly<Record<Technology, string>> = {
  'packet-diversion-driver':
    'It works on IP packets at the network and forward layers only: no process identity per packet, ciphertext under IPsec, a user-mode round trip per packet (throughput suffers above roughly 1 Gbps), and a third-party driver to ship and trust.',
  'policy-based-qos':
    'Fixed rates only, outbound traffic only, and no logic of your own on the data path.',
};

export const calloutKinds: Readonly<Record<CalloutKind, string>> = {
  'endpoint-closure':
    'inline inspection at ALE endpoint closure (classified as each endpoint closes)',
  'flow-delete':
    'flow context: FwpsFlowAssociateContext0 at flow established, and the flowDeleteFn that WFP calls when the flow ends',
  'inline-inspection': 'inline inspection (FWP_ACTION_CALLOUT_INSPECTION: observes, never decides)',
  'pended-authorization': 'pended authorization (FwpsPendOperation0, then FwpsCompleteOperation0)',
  'out-of-band-inspection':
    'out-of-band inspection (absorb a clone, decide later, reinject what is permitted)',
  terminating: 'terminating (classifyFn returns PERMIT or BLOCK)',
  redirection: 'redirection (changes the layer data)',
  'out-of-band-stream-modification':
    'out-of-band stream modification (FwpsCloneStreamData0, inject later)',
  'inline-stream-modification':
    'inline stream modification (FwpsStreamInjectAsync0 from classifyFn)',
  'out-of-band-modification':
    'out-of-band modification (reference or clone, block and absorb, modify and inject later from a DPC or worker)',
  'inline-modification':
    'inline modification (clone, modify, inject from classifyFn, block and absorb the original)',
  'out-of-band-rewrite': 'out-of-band modification (rewrite the addresses and reinject from a DPC)',
  'inline-rewrite': 'inline modification (rewrite the addresses and reinject)',
  'redirection-pended': 'redirection, pended (FwpsPendClassify0, then FwpsCompleteClassify0)',
  'redirection-layer-data':
    'redirection (FwpsAcquireWritableLayerDataPointer0, change the request, FwpsApplyModifiedLayerData0)',
  'out-of-band-shaping':
    'out-of-band (clone or reference, block and absorb, reinject later when the rate allows)',
  'stream-defer':
    'stream callout that defers inbound data (FWPS_STREAM_ACTION_DEFER, then FwpsStreamContinue0)',
};

export const pendMechanisms: Readonly<Record<PendMechanism, string>> = {
  'pend-operation':
    'FwpsPendOperation0 in classifyFn, FwpsCompleteOperation0 when the decision arrives',
  'pend-classify':
    'FwpsPendClassify0 in classifyFn, FwpsCompleteClassify0 when the decision arrives',
  'out-of-band':
    'absorb (BLOCK + FWPS_CLASSIFY_OUT_FLAG_ABSORB) a referenced or cloned copy, reinject it when the decision arrives',
};

/** A FWP_CONDITION_FLAG_* matched as not set, as the plan lists it. */
export const notSetLabel = (flag: string): string => `${flag} (not set)`;

/** Why a flag is matched as not set. */
export const notSetWhy: Readonly<Record<string, string>> = {
  FWP_CONDITION_FLAG_IS_LOOPBACK:
    'Not set: leave loopback traffic out, as Microsoft’s port-scanning example does — otherwise local clients that connect to a closed local port hang instead of being refused.',
};
