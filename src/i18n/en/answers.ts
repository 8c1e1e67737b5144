/**
 * English words of the questionnaire's answer checks: why each answer rule holds (shown when an
 * answer is refused), why a skip rule leaves a question out, and one message function per refusal
 * code of `answerIssue` (src/questionnaire/machine.ts). Pure.
 */
import type { AnswerRuleId } from '@/questionnaire/answer-rules';
import type { AnswerIssueMessage, AnswerIssueParams } from '@/questionnaire/machine';
import type { GuardId } from '@/questionnaire/questions';
import type { QuestionId } from '@/questionnaire/types';
import { wordMessage, type Messages } from './common';
import { optionLabel } from '../question-words';
import { questions } from './questions';

/** The shape every locale's answer words have. */
export interface AnswersWords {
  /** Why each answer rule holds, in plain words for a newcomer. */
  readonly rules: { readonly [K in AnswerRuleId]: string };
  /** Why each skip rule leaves its question out. */
  readonly guards: { readonly [K in GuardId]: string };
  /** One message per refusal. */
  readonly issues: Messages<AnswerIssueParams>;
  /** A refusal in words. */
  readonly issue: (message: AnswerIssueMessage) => string;
}

const rules: AnswersWords['rules'] = {
  'identity-needs-a-local-socket':
    'App, user, package and IPsec-peer identity are known only for sockets on this computer (the ALE layers and flows they authorized).',
  'loopback-stays-local':
    'Loopback traffic never leaves this computer: it is never routed or seen at layer 2.',
  'rpc-calls-are-local': 'The RPC layers see calls to RPC servers running on this computer.',
  'ethernet-fields-need-frames':
    'MAC addresses, EtherType and VLAN exist only in Ethernet frames: at the MAC-frame layers or on the Hyper-V switch.',
  'vm-is-known-on-the-switch':
    'Only the Hyper-V switch layers know which virtual machine a frame belongs to.',
  'local-endpoint-needs-a-local-socket':
    'Only a socket on this computer has a local address or port to change.',
  'ipsec-protects-this-hosts-ip-traffic':
    'IPsec protects IP traffic that this computer sends or receives, or routes as a tunnel endpoint.',
  'sockets-and-routes-carry-ip':
    'Sockets and routing carry IP; frames that are not IP exist only at layer 2.',
  'ip-fields-need-ip':
    'IP addresses, the IP protocol number, IP header fields and fragments exist only in IP.',
  'ports-need-tcp-or-udp':
    'Ports and the other TCP or UDP header fields exist only in TCP and UDP.',
  'icmp-type-needs-icmp': 'Only ICMP messages have an ICMP type and code.',
  'packet-fields-need-a-packet': 'Bind, listen and close events carry no packet to look at.',
  'fragments-are-seen-per-packet':
    'Fragments are seen packet by packet below the connection layers, never as events.',
  'only-tcp-listens': 'Only TCP sockets listen.',
  'listening-waits-for-inbound': 'A listening socket waits for inbound connections.',
  'icmp-errors-skip-the-connection-layers':
    'ICMP error messages never reach the connection (ALE) layers; they are seen as packets.',
  'turnaround-answers-a-packet': 'Bind, listen and close events carry no packet to answer.',
  'turnaround-sends-traffic': 'Answering a received packet means sending traffic of your own.',
  'ipsec-selects-by-endpoints':
    'IPsec policy selects traffic by addresses, ports, protocol, interface and identity, not by contents, amounts, loopback or RPC calls.',
  'rpc-calls-are-permitted-or-blocked':
    'The RPC layers permit, block or audit calls; they do not change or redirect them.',
  'amounts-are-counted-not-rewritten':
    'Counting amounts serves a decision, a record or a rate limit.',
  'allow-block-moments':
    'A closing endpoint is not a decision point: there is nothing left to allow or block.',
  'modify-moments':
    'Changing traffic needs traffic in flight: bind, listen and close carry none, and dropped traffic is gone.',
  'redirect-moments':
    'Traffic is redirected when a socket binds, when it connects, or packet by packet.',
  'remote-targets-need-a-connection': 'At bind time the destination is not known yet.',
  'inject-moments': 'Packets are injected around traffic in flight, not at bind or listen.',
  'shape-moments': 'A rate limit acts on traffic in flight.',
  'protect-moments': 'IPsec is negotiated when a connection starts and then protects every packet.',
};

const title = (id: QuestionId) => questions[id].title;
const label = (id: QuestionId, value: string) => optionLabel(questions, id, value);
const because = (ids: readonly AnswerRuleId[]) =>
  ids.length > 0 ? ` ${ids.map((id) => rules[id]).join(' ')}` : '';

const issues: Messages<AnswerIssueParams> = {
  'unknown-question': (p) => `"${p.id}" is not a question.`,
  'wrong-kind': (p) =>
    p.multi
      ? `"${title(p.question)}" takes a list of choices.`
      : `"${title(p.question)}" takes one choice.`,
  empty: (p) => `Pick at least one answer to "${title(p.question)}".`,
  'unknown-value': (p) =>
    `"${p.value}" is not an answer to "${title(p.question)}"; expected one of ${p.expected.join(', ')}.`,
  'not-asked': (p) => `"${title(p.question)}" is not asked: earlier answers settle it.`,
  'settled-otherwise': (p) =>
    `${p.question}=${p.value} does not fit the earlier answers, which settle it as ${p.settled}.`,
  'not-yet': (p) => `Answer "${title(p.question)}" after the questions before it.`,
  'ruled-out': (p) =>
    `"${label(p.question, p.value)}" does not fit your earlier answers: ${rules[p.rule]}`,
  'dead-end': (p) =>
    p.value === null
      ? `These choices cannot all hold at once.${because(p.rules)}`
      : `"${label(p.question, p.value)}" leaves no possible answer to a later question.${because(p.rules)}`,
};

export const answers: AnswersWords = {
  rules,
  guards: {
    'only-when-redirecting': 'A redirect target matters only when the product redirects traffic.',
    'moments-are-socket-events':
      'Bind, listen, connect and close are socket events on this computer; routed, VM and layer-2 traffic is seen only packet by packet.',
  },
  issues,
  issue: (message) => wordMessage(issues, message),
};
