/**
 * Which answers can go together: the option-level skip rules of the questionnaire, as data.
 * Each rule reads "when `if.key` takes one of `if.in`, `then.key` must take one of `then.in`"
 * and holds in both directions, so it works whichever of the two keys is asked first: an earlier
 * answer hides the options of later questions that break a rule (no direction choice that cannot
 * apply, no moment that the protocol never has, no traffic kind that cannot carry the basis, …).
 * A question left with a single option is settled without being asked.
 *
 * For the list key `basis`, `if` matches when any listed item is chosen and `then` requires every
 * chosen item to be in `then.in`. Rules that state a WFP fact cite their sources; rules with no
 * `sourceIds` follow from the meaning of the public vocabulary (DESIGN §4). Pure data.
 */
import type { SourceId } from '@/knowledge/types';
import type { QuestionId } from './types';

export interface AnswerRule<Id extends string = AnswerRuleId> {
  /** Stable id (kebab-case); why the rule holds, in words, is keyed by it (src/i18n/en/answers.ts). */
  readonly id: Id;
  readonly if: { readonly key: QuestionId; readonly in: readonly string[] };
  readonly then: { readonly key: QuestionId; readonly in: readonly string[] };
  readonly sourceIds: readonly SourceId[];
}

/** Keeps each rule's id as a literal, so the ids form a checked union (`AnswerRuleId`). */
function rules<const Id extends string>(
  list: readonly AnswerRule<Id>[],
): readonly AnswerRule<Id>[] {
  return list;
}

const IP_PROTOCOLS = ['tcp', 'udp', 'tcp,udp', 'icmp', 'icmp-error', 'any-ip'] as const;
/** Moments that come with a packet to look at (bind, listen and close carry none). */
const PACKET_MOMENTS = ['connection', 'established', 'data', 'discard'] as const;
const ALL_ACTIONS_BUT_PROTECT = [
  'allow-block',
  'monitor',
  'modify',
  'redirect',
  'inject',
  'shape',
] as const;

export const ANSWER_RULES = rules([
  // --- what the traffic kind can carry -------------------------------------------------------
  {
    id: 'identity-needs-a-local-socket',
    if: { key: 'basis', in: ['app', 'user', 'package', 'remote-identity'] },
    then: { key: 'traffic', in: ['local'] },
    sourceIds: ['w32-ale', 'w32-cond', 'wdk-metadata'],
  },
  {
    id: 'loopback-stays-local',
    if: { key: 'basis', in: ['loopback'] },
    then: { key: 'traffic', in: ['local'] },
    sourceIds: [],
  },
  {
    id: 'rpc-calls-are-local',
    if: { key: 'basis', in: ['rpc-interface'] },
    then: { key: 'traffic', in: ['local'] },
    sourceIds: ['w32-layers', 'w32-cond'],
  },
  {
    id: 'ethernet-fields-need-frames',
    if: { key: 'basis', in: ['mac', 'ethertype', 'vlan'] },
    then: { key: 'traffic', in: ['l2', 'vswitch'] },
    sourceIds: ['w32-cond', 'wdk-l2', 'wdk-vsw'],
  },
  {
    id: 'vm-is-known-on-the-switch',
    if: { key: 'basis', in: ['vm'] },
    then: { key: 'traffic', in: ['vswitch'] },
    sourceIds: ['w32-cond', 'wdk-vsw'],
  },
  {
    id: 'local-endpoint-needs-a-local-socket',
    if: { key: 'redirect-to', in: ['local-endpoint'] },
    then: { key: 'traffic', in: ['local'] },
    sourceIds: ['wdk-redir'],
  },
  {
    id: 'ipsec-protects-this-hosts-ip-traffic',
    if: { key: 'action', in: ['protect'] },
    then: { key: 'traffic', in: ['local', 'forwarded'] },
    sourceIds: ['w32-ipseccfg', 'w32-tunnel'],
  },
  // --- what the protocol can carry -----------------------------------------------------------
  {
    id: 'sockets-and-routes-carry-ip',
    if: { key: 'traffic', in: ['local', 'forwarded'] },
    then: { key: 'protocol', in: IP_PROTOCOLS },
    sourceIds: ['wdk-l2'],
  },
  {
    id: 'ip-fields-need-ip',
    if: { key: 'basis', in: ['address', 'protocol', 'ip-header', 'fragments'] },
    then: { key: 'protocol', in: IP_PROTOCOLS },
    sourceIds: [],
  },
  {
    id: 'ports-need-tcp-or-udp',
    if: { key: 'basis', in: ['port', 'transport-header'] },
    then: { key: 'protocol', in: ['tcp', 'udp', 'tcp,udp', 'any-ip'] },
    sourceIds: [],
  },
  {
    id: 'icmp-type-needs-icmp',
    if: { key: 'basis', in: ['icmp-type'] },
    then: { key: 'protocol', in: ['icmp', 'icmp-error', 'any-ip'] },
    sourceIds: [],
  },
  // --- which moments exist -------------------------------------------------------------------
  {
    id: 'packet-fields-need-a-packet',
    if: { key: 'basis', in: ['payload', 'transport-header', 'ip-header', 'icmp-type'] },
    then: { key: 'moment', in: PACKET_MOMENTS },
    sourceIds: ['wdk-offsets'],
  },
  {
    id: 'fragments-are-seen-per-packet',
    if: { key: 'basis', in: ['fragments'] },
    then: { key: 'moment', in: ['data', 'discard'] },
    sourceIds: ['wdk-insppts'],
  },
  {
    id: 'only-tcp-listens',
    if: { key: 'moment', in: ['listen'] },
    then: { key: 'protocol', in: ['tcp', 'any-ip'] },
    sourceIds: ['w32-alelayers'],
  },
  {
    id: 'listening-waits-for-inbound',
    if: { key: 'moment', in: ['listen'] },
    then: { key: 'direction', in: ['inbound'] },
    sourceIds: ['w32-alelayers'],
  },
  {
    id: 'icmp-errors-skip-the-connection-layers',
    if: { key: 'protocol', in: ['icmp-error'] },
    then: { key: 'moment', in: ['data', 'discard'] },
    sourceIds: ['w32-alestate'],
  },
  {
    id: 'turnaround-answers-a-packet',
    if: { key: 'direction', in: ['turnaround'] },
    then: { key: 'moment', in: PACKET_MOMENTS },
    sourceIds: ['wdk-offsets'],
  },
  // --- what each action can do ---------------------------------------------------------------
  {
    id: 'turnaround-sends-traffic',
    if: { key: 'direction', in: ['turnaround'] },
    then: { key: 'action', in: ['modify', 'inject'] },
    sourceIds: [],
  },
  {
    id: 'ipsec-selects-by-endpoints',
    if: {
      key: 'basis',
      in: [
        'payload',
        'transport-header',
        'ip-header',
        'fragments',
        'volume',
        'loopback',
        'rpc-interface',
      ],
    },
    then: { key: 'action', in: ALL_ACTIONS_BUT_PROTECT },
    sourceIds: ['w32-ipseccfg'],
  },
  {
    id: 'rpc-calls-are-permitted-or-blocked',
    if: { key: 'basis', in: ['rpc-interface'] },
    then: { key: 'action', in: ['allow-block', 'monitor'] },
    sourceIds: ['w32-layers'],
  },
  {
    id: 'amounts-are-counted-not-rewritten',
    if: { key: 'basis', in: ['volume'] },
    then: { key: 'action', in: ['allow-block', 'monitor', 'shape'] },
    sourceIds: [],
  },
  {
    id: 'allow-block-moments',
    if: { key: 'action', in: ['allow-block'] },
    then: { key: 'moment', in: ['bind', 'listen', 'connection', 'established', 'data', 'discard'] },
    sourceIds: ['wdk-endpoint'],
  },
  {
    id: 'modify-moments',
    if: { key: 'action', in: ['modify'] },
    then: { key: 'moment', in: ['connection', 'established', 'data'] },
    sourceIds: [],
  },
  {
    id: 'redirect-moments',
    if: { key: 'action', in: ['redirect'] },
    then: { key: 'moment', in: ['bind', 'connection', 'data'] },
    sourceIds: ['wdk-redir'],
  },
  {
    id: 'remote-targets-need-a-connection',
    if: { key: 'redirect-to', in: ['remote-endpoint', 'local-proxy'] },
    then: { key: 'moment', in: ['connection', 'data'] },
    sourceIds: ['wdk-redir'],
  },
  {
    id: 'inject-moments',
    if: { key: 'action', in: ['inject'] },
    then: { key: 'moment', in: ['connection', 'established', 'data', 'close', 'discard'] },
    sourceIds: [],
  },
  {
    id: 'shape-moments',
    if: { key: 'action', in: ['shape'] },
    then: { key: 'moment', in: ['connection', 'established', 'data'] },
    sourceIds: [],
  },
  {
    id: 'protect-moments',
    if: { key: 'action', in: ['protect'] },
    then: { key: 'moment', in: ['connection', 'data'] },
    sourceIds: ['w32-transportmode'],
  },
]);

/** The id of every answer rule: a typo in an id, or a rule without words, fails `tsc`. */
export type AnswerRuleId = (typeof ANSWER_RULES)[number]['id'];
