/**
 * English words of why an alternative fits a design (src/engine/alternative-rules.ts). Pure.
 */
import type { AlternativeParams } from '@/engine/alternative-rules';
import { OS_NAMES, type Messages } from './common';

export const alternatives: Messages<AlternativeParams> = {
  'firewall-protect': () =>
    'Connection security rules and firewall rules that require authentication configure the same IPsec policy without code.',
  'firewall-admin-owned': () =>
    'If an administrator or policy owns the rule rather than your product, a firewall rule expresses the same conditions with no code.',
  'firewall-fixed-parts': () =>
    'For the parts that are fixed conditions, a firewall rule needs no code at all.',
  'user-mode-filters': () =>
    'If the decision can be reduced to the conditions the layers offer (application, user, addresses, ports, protocol, interface), plain filters from user mode are enough and no driver is needed.',
  'audit-records': () =>
    'If connection-level records are enough (application, addresses, ports, allowed or blocked), the audit log and net events give them without a driver — allowed connections as net events only from Windows 8.',
  'ndis-before-win8': (p) =>
    `The MAC-frame layers exist from Windows 8; on ${OS_NAMES[p.os]} an NDIS lightweight filter is the documented way to filter frames.`,
  'ndis-frames': () =>
    'An NDIS lightweight filter sees every frame of an adapter, for protocols WFP does not classify too (no application or socket context down there).',
  'diversion-no-driver': () =>
    'The product cannot ship its own driver: a signed packet-diversion driver lets a user-mode program capture, drop, change and reinject packets, within its limits.',
  'diversion-prototype': () =>
    'For a prototype or a tool, a signed packet-diversion driver does packet work from user mode, at the IP packet and forward layers only.',
  'qos-throttle': () =>
    'Policy-based QoS throttles outbound traffic by application, addresses, protocol or ports without a driver; it does not shape inbound traffic.',
  'qos-dscp': () =>
    'If the header change is DSCP marking, Policy-based QoS marks outbound traffic per application, address or port without a driver.',
  'hyper-v-firewall': () =>
    'For containers and WSL hosted by Windows, Hyper-V firewall rules filter their traffic without a driver.',
  'hyper-v-switch-extension': () =>
    'A Hyper-V extensible switch extension (capture, filtering or forwarding) works on the same switch path, with NDIS semantics instead of WFP.',
  'socket-option': () =>
    'If the product owns the sockets, a per-socket option (such as IP_TTL) or the system-wide default changes the header without rewriting packets.',
  'connection-policy': (p) =>
    `On Windows 11, a connection policy (FwpmConnectionPolicyAdd0) routes an application's new outgoing connections through the interface, source address or next hop you choose, from user mode with no driver — process-based routing for per-app split tunnelling. Documented from ${OS_NAMES[p.minOs]} on the FWPS_FIELDS page and from Windows 11 24H2 on FWPS_CONNECTION_POLICY0; check the target builds.`,
  'windows-nat': () =>
    'If the job is plain source NAT for an internal prefix or fixed port forwarding, Windows NAT (New-NetNat) translates both directions, replies included, with no driver.',
};
