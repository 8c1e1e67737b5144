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
import type { QuestionId } from './types';

export interface AnswerRule {
  /** Stable id (kebab-case). */
  readonly id: string;
  readonly if: { readonly key: QuestionId; readonly in: readonly string[] };
  readonly then: { readonly key: QuestionId; readonly in: readonly string[] };
  /** Why, in plain words for a newcomer; shown when an answer is refused. */
  readonly because: string;
  readonly sourceIds: readonly string[];
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

export const ANSWER_RULES: readonly AnswerRule[] = [
  // --- what the traffic kind can carry -------------------------------------------------------
  {
    id: 'identity-needs-a-local-socket',
    if: { key: 'basis', in: ['app', 'user', 'package', 'remote-identity'] },
    then: { key: 'traffic', in: ['local'] },
    because:
      'App, user, package and IPsec-peer identity are known only for sockets on this computer ' +
      '(the ALE layers and flows they authorized).',
    sourceIds: ['w32-ale', 'w32-cond', 'wdk-metadata'],
  },
  {
    id: 'loopback-stays-local',
    if: { key: 'basis', in: ['loopback'] },
    then: { key: 'traffic', in: ['local'] },
    because: 'Loopback traffic never leaves this computer: it is never routed or seen at layer 2.',
    sourceIds: [],
  },
  {
    id: 'rpc-calls-are-local',
    if: { key: 'basis', in: ['rpc-interface'] },
    then: { key: 'traffic', in: ['local'] },
    because: 'The RPC layers see calls to RPC servers running on this computer.',
    sourceIds: ['w32-layers', 'w32-cond'],
  },
  {
    id: 'ethernet-fields-need-frames',
    if: { key: 'basis', in: ['mac', 'ethertype', 'vlan'] },
    then: { key: 'traffic', in: ['l2', 'vswitch'] },
    because:
      'MAC addresses, EtherType and VLAN exist only in Ethernet frames: at the MAC-frame ' +
      'layers or on the Hyper-V switch.',
    sourceIds: ['w32-cond', 'wdk-l2', 'wdk-vsw'],
  },
  {
    id: 'vm-is-known-on-the-switch',
    if: { key: 'basis', in: ['vm'] },
    then: { key: 'traffic', in: ['vswitch'] },
    because: 'Only the Hyper-V switch layers know which virtual machine a frame belongs to.',
    sourceIds: ['w32-cond', 'wdk-vsw'],
  },
  {
    id: 'local-endpoint-needs-a-local-socket',
    if: { key: 'redirect-to', in: ['local-endpoint'] },
    then: { key: 'traffic', in: ['local'] },
    because: 'Only a socket on this computer has a local address or port to change.',
    sourceIds: ['wdk-redir'],
  },
  {
    id: 'ipsec-protects-this-hosts-ip-traffic',
    if: { key: 'action', in: ['protect'] },
    then: { key: 'traffic', in: ['local', 'forwarded'] },
    because:
      'IPsec protects IP traffic that this computer sends or receives, or routes as a tunnel ' +
      'endpoint.',
    sourceIds: ['w32-ipseccfg', 'w32-tunnel'],
  },
  // --- what the protocol can carry -----------------------------------------------------------
  {
    id: 'sockets-and-routes-carry-ip',
    if: { key: 'traffic', in: ['local', 'forwarded'] },
    then: { key: 'protocol', in: IP_PROTOCOLS },
    because: 'Sockets and routing carry IP; frames that are not IP exist only at layer 2.',
    sourceIds: ['wdk-l2'],
  },
  {
    id: 'ip-fields-need-ip',
    if: { key: 'basis', in: ['address', 'protocol', 'ip-header', 'fragments'] },
    then: { key: 'protocol', in: IP_PROTOCOLS },
    because:
      'IP addresses, the IP protocol number, IP header fields and fragments exist only in IP.',
    sourceIds: [],
  },
  {
    id: 'ports-need-tcp-or-udp',
    if: { key: 'basis', in: ['port', 'transport-header'] },
    then: { key: 'protocol', in: ['tcp', 'udp', 'tcp,udp', 'any-ip'] },
    because: 'Ports and the other TCP or UDP header fields exist only in TCP and UDP.',
    sourceIds: [],
  },
  {
    id: 'icmp-type-needs-icmp',
    if: { key: 'basis', in: ['icmp-type'] },
    then: { key: 'protocol', in: ['icmp', 'icmp-error', 'any-ip'] },
    because: 'Only ICMP messages have an ICMP type and code.',
    sourceIds: [],
  },
  // --- which moments exist -------------------------------------------------------------------
  {
    id: 'packet-fields-need-a-packet',
    if: { key: 'basis', in: ['payload', 'transport-header', 'ip-header', 'icmp-type'] },
    then: { key: 'moment', in: PACKET_MOMENTS },
    because: 'Bind, listen and close events carry no packet to look at.',
    sourceIds: ['wdk-offsets'],
  },
  {
    id: 'fragments-are-seen-per-packet',
    if: { key: 'basis', in: ['fragments'] },
    then: { key: 'moment', in: ['data', 'discard'] },
    because: 'Fragments are seen packet by packet below the connection layers, never as events.',
    sourceIds: ['wdk-insppts'],
  },
  {
    id: 'only-tcp-listens',
    if: { key: 'moment', in: ['listen'] },
    then: { key: 'protocol', in: ['tcp', 'any-ip'] },
    because: 'Only TCP sockets listen.',
    sourceIds: ['w32-alelayers'],
  },
  {
    id: 'listening-waits-for-inbound',
    if: { key: 'moment', in: ['listen'] },
    then: { key: 'direction', in: ['inbound'] },
    because: 'A listening socket waits for inbound connections.',
    sourceIds: ['w32-alelayers'],
  },
  {
    id: 'icmp-errors-skip-the-connection-layers',
    if: { key: 'protocol', in: ['icmp-error'] },
    then: { key: 'moment', in: ['data', 'discard'] },
    because:
      'ICMP error messages never reach the connection (ALE) layers; they are seen as packets.',
    sourceIds: ['w32-alestate'],
  },
  {
    id: 'turnaround-answers-a-packet',
    if: { key: 'direction', in: ['turnaround'] },
    then: { key: 'moment', in: PACKET_MOMENTS },
    because: 'Bind, listen and close events carry no packet to answer.',
    sourceIds: ['wdk-offsets'],
  },
  // --- what each action can do ---------------------------------------------------------------
  {
    id: 'turnaround-sends-traffic',
    if: { key: 'direction', in: ['turnaround'] },
    then: { key: 'action', in: ['modify', 'inject'] },
    because: 'Answering a received packet means sending traffic of your own.',
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
    because:
      'IPsec policy selects traffic by addresses, ports, protocol, interface and identity, not by ' +
      'contents, amounts, loopback or RPC calls.',
    sourceIds: ['w32-ipseccfg'],
  },
  {
    id: 'rpc-calls-are-permitted-or-blocked',
    if: { key: 'basis', in: ['rpc-interface'] },
    then: { key: 'action', in: ['allow-block', 'monitor'] },
    because: 'The RPC layers permit, block or audit calls; they do not change or redirect them.',
    sourceIds: ['w32-layers'],
  },
  {
    id: 'amounts-are-counted-not-rewritten',
    if: { key: 'basis', in: ['volume'] },
    then: { key: 'action', in: ['allow-block', 'monitor', 'shape'] },
    because: 'Counting amounts serves a decision, a record or a rate limit.',
    sourceIds: [],
  },
  {
    id: 'allow-block-moments',
    if: { key: 'action', in: ['allow-block'] },
    then: { key: 'moment', in: ['bind', 'listen', 'connection', 'established', 'data', 'discard'] },
    because: 'A closing endpoint is not a decision point: there is nothing left to allow or block.',
    sourceIds: ['wdk-endpoint'],
  },
  {
    id: 'modify-moments',
    if: { key: 'action', in: ['modify'] },
    then: { key: 'moment', in: ['connection', 'established', 'data'] },
    because:
      'Changing traffic needs traffic in flight: bind, listen and close carry none, and dropped ' +
      'traffic is gone.',
    sourceIds: [],
  },
  {
    id: 'redirect-moments',
    if: { key: 'action', in: ['redirect'] },
    then: { key: 'moment', in: ['bind', 'connection', 'data'] },
    because: 'Traffic is redirected when a socket binds, when it connects, or packet by packet.',
    sourceIds: ['wdk-redir'],
  },
  {
    id: 'remote-targets-need-a-connection',
    if: { key: 'redirect-to', in: ['remote-endpoint', 'local-proxy'] },
    then: { key: 'moment', in: ['connection', 'data'] },
    because: 'At bind time the destination is not known yet.',
    sourceIds: ['wdk-redir'],
  },
  {
    id: 'inject-moments',
    if: { key: 'action', in: ['inject'] },
    then: { key: 'moment', in: ['connection', 'established', 'data', 'close', 'discard'] },
    because: 'Packets are injected around traffic in flight, not at bind or listen.',
    sourceIds: [],
  },
  {
    id: 'shape-moments',
    if: { key: 'action', in: ['shape'] },
    then: { key: 'moment', in: ['connection', 'established', 'data'] },
    because: 'A rate limit acts on traffic in flight.',
    sourceIds: [],
  },
  {
    id: 'protect-moments',
    if: { key: 'action', in: ['protect'] },
    then: { key: 'moment', in: ['connection', 'data'] },
    because: 'IPsec is negotiated when a connection starts and then protects every packet.',
    sourceIds: ['w32-transportmode'],
  },
];
