/**
 * English words of the exclusion reasons (src/engine/exclusion-reasons.ts): one message function
 * per key. Layer facts quoted in a reason (what a layer sees, why it must not block) come from the
 * knowledge base. Pure.
 */
import { layerWordsIn } from './knowledge';
import type { ExclusionParams, MissingPath, Worker } from '@/engine/exclusion-reasons';
import {
  BASIS_WORDS,
  MOMENT_WORDS,
  OS_NAMES,
  PROTOCOL_WORDS,
  TRAFFIC_WORDS,
  directionWord,
  layerName,
  listWords,
  unitWords,
  type Messages,
} from './common';
import { knowledge, type LayerWords } from './knowledge';

const WHO: Readonly<Record<Worker, string>> = {
  filter: 'A filter',
  callout: 'A callout',
  audit: 'Audit and net events',
};

const PATH: Readonly<Record<MissingPath, string>> = {
  'local-receive': 'the local receive path',
  'same-send': 'the send path',
  'same-receive': 'the receive path',
  'turnaround-send': 'the send path (turnaround)',
  'turnaround-receive': 'the receive path (turnaround)',
};

/** The knowledge words of a layer, for quoting. */
function facts(id: string): LayerWords {
  return layerWordsIn(knowledge.layers, id);
}

export const exclusions: Messages<ExclusionParams> = {
  'block-forbidden': (p) => `${WHO[p.who]} must not block here: ${facts(p.layer).blocking}`,
  'no-decision-point': (p) => `Not a decision point: ${facts(p.layer).blocking}`,
  'block-undocumented': (p) =>
    `No document says what a block here does: ${facts(p.layer).blocking}`,
  'internal-layer': () => 'Reserved for Microsoft internal use; filters added to it fail.',
  'no-os-documents-layer': () => 'No Windows version documents this layer.',
  'not-on-os': (p) =>
    `Exists from ${OS_NAMES[p.from]}; the product must support ${OS_NAMES[p.os]}.`,
  'vswitch-path-only': () => 'A vSwitch layer: it sees only traffic crossing the Hyper-V switch.',
  'not-vswitch-path': () =>
    "Traffic crossing the Hyper-V switch is classified on the switch's own path (the vSwitch layers), not in the host's stack.",
  'ipsec-at-keying-layers': () =>
    'IPsec policy is configured at the user-mode IKE/IPsec layers, not here.',
  'keying-layer': () =>
    'A user-mode keying layer: it serves IPsec policy (protect), not this task.',
  'rpc-layer': () =>
    'A user-mode RPC layer: it filters RPC calls (interface, operation, authentication), which this task does not ask for.',
  'user-mode-other-job': (p) => `A user-mode layer for another job: ${facts(p.layer).summary}`,
  'discard-only': () =>
    'A discard layer: it sees only traffic that was dropped (moment "discard").',
  'traffic-not-seen': (p) => `Does not see ${TRAFFIC_WORDS[p.traffic]}: ${facts(p.layer).sees}`,
  'refused-operations-only': () =>
    'Reports refused socket operations (binds, listens), not dropped traffic; ask for the bind or listen moment to work on those.',
  'moment-not-seen': (p) =>
    `Classified ${p.seen.length > 0 ? listWords(p.seen.map((m) => MOMENT_WORDS[m])) : 'at no moment of a local socket'}, not ${p.asked ? MOMENT_WORDS[p.asked] : 'at the asked moment'}.`,
  'no-callouts': () => 'Kernel callouts cannot be registered at this layer.',
  'no-user-mode-event': () =>
    'No audit or net event reports traffic classified here; monitoring it needs a callout.',
  'user-mode-event-os': (p) => `The events that report it exist from ${OS_NAMES[p.from]}.`,
  'cannot-inspect': () => 'A callout cannot inspect traffic here.',
  'cannot-modify': (p) => `A callout cannot change traffic here: ${facts(p.layer).injection}`,
  'no-injection': (p) => `No injection function fits this layer: ${facts(p.layer).injection}`,
  'redirect-other-target': (p) =>
    `This redirect layer changes ${listWords(p.supported.map((r) => r.replace('-', ' ')))}, not the ${p.target.replace('-', ' ')}.`,
  'cannot-redirect': () =>
    'Cannot redirect here: no redirect support and no way to rewrite and reinject the packets.',
  'no-shaping': (p) =>
    `${layerName(p.layer)} cannot delay traffic: a callout here can neither defer the stream nor reinject traffic it held out of band.`,
  'identity-via-flow-context': () =>
    'App and user identity are not filter conditions below ALE; only a callout could read them, from a flow context.',
  'identity-never-here': () =>
    'App and user identity never reach this layer: they are ALE conditions, and this layer carries no flow handle for a flow context.',
  'basis-not-visible': (p) =>
    `${WHO[p.who]} cannot see the ${listWords(p.missing.map((b) => BASIS_WORDS[b]))} here.`,
  'not-rewritable': () =>
    'The addresses and ports are not in the data a callout handles here, so it cannot rewrite them.',
  'cannot-pend': (p) =>
    `The decision cannot be held here for an outside decider: ${facts(p.layer).pend}`,
  'protocol-not-seen': (p) => `Does not see ${PROTOCOL_WORDS[p.protocol]}: ${facts(p.layer).sees}`,
  'direction-not-seen': (p) => {
    const seen = p.seen.map((d) => directionWord(d, p.traffic));
    return `Sees ${seen.length > 0 ? `only ${listWords(seen)} traffic` : 'no traffic direction'}, not ${directionWord(p.direction, p.traffic)}.`;
  },
  'vm-not-known-here': (p) =>
    `${layerName(p.layer)} cannot tell which VM this traffic concerns: ${p.condition} is not a condition here (the destination VM is known only at the egress layers, after the switch has forwarded the frame).`,
  'tcp-payload-before-data': () =>
    'A TCP connection is authorized here before any payload flows (connect has no packet, the SYN carries no data).',
  'first-packet-payload-only': () =>
    'Sees the payload of only the first packet of each flow (the one ALE authorizes), not of every datagram.',
  'no-injection-path': (p) =>
    `No injection function into ${PATH[p.path]} fits here on ${OS_NAMES[p.os]}: ${facts(p.layer).injection}`,
  'outside-wfp': () =>
    'Outbound shaping is not done in WFP: Policy-based QoS throttles outbound traffic.',
  'partial-coverage': (p) =>
    p.rest === 'served'
      ? `Serves only the ${unitWords(p.units, p.traffic)} traffic, which higher-ranked layers of the design already serve.`
      : `Serves only the ${unitWords(p.units, p.traffic)} traffic, and no other layer serves the rest.`,
  'needs-callout': (p) =>
    `Only a kernel callout could do it here; built-in filtering${p.primary ? ` at ${layerName(p.primary)}` : ''} does the job from user mode.`,
  'not-workable': () => 'Cannot do this task.',
};
