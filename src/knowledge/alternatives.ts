/**
 * Ways a reviewer would weigh besides writing a WFP callout driver (rules.md §4 row 12–13, §6;
 * expert-notes). The engine decides which to list for a design. What each is and when it fits are
 * words of their own (alternative-notes.ts), which load after the first paint. Pure data.
 */
import type { Alternative } from './types';

/** Options outside, or around, a custom WFP callout. */
export const ALTERNATIVES: readonly Alternative[] = [
  {
    id: 'windows-firewall-rules',
    name: 'Windows Firewall rules',
    confidence: 'documented',
    sourceIds: ['fw-overview', 'fw-cli', 'fw-origin', 'ps-newrule', 'w32-ipseccfg', 'w32-bp'],
  },
  {
    id: 'user-mode-wfp-api',
    name: 'User-mode WFP management API',
    confidence: 'documented',
    sourceIds: ['wdk-pc', 'w32-arch', 'w32-bp', 'w32-op', 'api-filteradd', 'w32-builtin'],
  },
  {
    id: 'security-auditing',
    name: 'Security auditing and net events',
    confidence: 'documented',
    sourceIds: ['w32-audit', 'w32-log', 'w32-new'],
  },
  {
    id: 'ndis-lwf',
    name: 'NDIS lightweight filter driver',
    confidence: 'inferred',
    sourceIds: ['wdk-lwf', 'wdk-port', 'wdk-l2'],
  },
  {
    id: 'packet-diversion-driver',
    name: 'A signed packet-diversion driver (WinDivert-style)',
    // Its packet modes: the network layer (inbound/outbound IP packet) and the forward layer (wd-doc).
    runsAt: ['outbound-ippacket', 'inbound-ippacket', 'ipforward'],
    confidence: 'inferred',
    sourceIds: ['wd-doc', 'wdk-ipsec'],
  },
  {
    id: 'policy-based-qos',
    name: 'Policy-based QoS',
    confidence: 'documented',
    sourceIds: ['qos-top', 'qos-works', 'wdk-stream'],
  },
  {
    id: 'hyper-v-firewall',
    name: 'Hyper-V firewall',
    confidence: 'documented',
    sourceIds: ['fw-hyperv'],
  },
  {
    id: 'hyper-v-switch-extension',
    name: 'Hyper-V extensible switch extension',
    confidence: 'documented',
    sourceIds: ['wdk-filtext', 'wdk-vswstart', 'wdk-vswenable', 'wdk-vsw', 'wdk-vsw-overview'],
  },
  {
    id: 'socket-option',
    name: 'A socket option or a system setting',
    confidence: 'inferred',
    sourceIds: ['ws-ipopts'],
  },
  {
    id: 'windows-nat',
    name: 'Windows NAT (NetNat)',
    confidence: 'documented',
    sourceIds: ['ps-netnat'],
  },
  {
    id: 'connection-policy',
    name: 'Connection policy (process-based routing)',
    confidence: 'documented',
    sourceIds: ['api-connpolicy', 'ddi-connpolicy', 'ddi-fields-netpolicy', 'w32-layers'],
  },
];

const ALTERNATIVE_BY_ID: ReadonlyMap<string, Alternative> = new Map(
  ALTERNATIVES.map((a) => [a.id, a]),
);

/** The alternative with this id, or undefined. Pure. */
export function getAlternative(id: string): Alternative | undefined {
  return ALTERNATIVE_BY_ID.get(id);
}
