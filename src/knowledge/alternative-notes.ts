/**
 * The words of every alternative (alternatives.ts, same id) that only the result's folded
 * alternatives section, the records and the command line show: what it is, when it fits and when
 * it does not. The facts these words state, with their sources, are the records in
 * alternatives.ts (`confidence`, `sourceIds`); the records the engine reads carry no prose, so
 * the first paint loads none of it (issue 12). Pure data.
 */
import { QUOTED_CAVEAT_NOTES } from './caveat-notes-quoted';

export interface AlternativeNote {
  readonly what: string;
  readonly fitsWhen: string;
  readonly doesNotFitWhen: string;
}

/** Each alternative's words, by its id. */
export const ALTERNATIVE_NOTES: Readonly<Record<string, AlternativeNote>> = {
  'windows-firewall-rules': {
    what: 'The in-box host firewall, built on WFP (New-NetFirewallRule, netsh advfirewall, Group Policy / Intune). Its drops appear as WFP audit events traceable to the rule.',
    fitsWhen:
      'Administrator or enterprise policy with no code: allow or block by address, protocol, port, program, service, package, interface type, ICMP type, local user, and remote user/machine with IPsec authentication; per network profile; deployed by policy.',
    doesNotFitWhen: `Custom logic, payload inspection, modification, redirection, prompting, rate limiting; or product policy that must coexist cleanly with other vendors (the WFP API gives a provider and sublayer of your own). A third-party firewall must not stop the firewall service to replace it. ${QUOTED_CAVEAT_NOTES.firewallAndRoutedTraffic}`,
  },
  'user-mode-wfp-api': {
    what: 'Filters, sublayers and providers added to the filter engine from a service or app (FwpmEngineOpen0, FwpmFilterAdd0), with built-in callouts, classify options and net events.',
    fitsWhen:
      "Whenever built-in filtering suffices: permit/block on the conditions a layer offers, your own provider and sublayer weights, dynamic sessions, boot-time or persistent filters, the built-in silent-drop callout, IPsec policy. Microsoft's first choice.",
    doesNotFitWhen:
      'Anything that needs code on the data path: payload inspection or changes, injection, redirection, pending for an outside decision, per-flow state.',
  },
  'security-auditing': {
    what: 'Records the filter engine already produces: security-log audit events (5156/5157 connections, 5152/5153 packet drops, 5154/5155 listens, 5158/5159 binds; off by default, enable with auditpol) and net events (FwpmNetEventSubscribe*/FwpmNetEventEnum*: drops, IKE failures; allowed connections from Windows 8).',
    fitsWhen:
      'Logging which connections were allowed or blocked, by application and endpoint, without a driver.',
    doesNotFitWhen:
      'Connection close (no user-mode event reports it), payload or byte counts, custom per-flow telemetry, or allowed-connection net events before Windows 8. The net-event log is a small circular buffer emptied at reboot.',
  },
  'ndis-lwf': {
    what: 'A kernel filter module stacked over a miniport that sees every send and receive on that adapter for all protocols; monitoring or modifying.',
    fitsWhen:
      "Non-IP or layer-2 work, protocols WFP does not classify, per-adapter behaviour, and layer-2 filtering before Windows 8 (the porting guide's answer for Vista and 7).",
    doesNotFitWhen:
      'The work needs app, user or socket context (it sits below TCP/IP), or IPsec-protected payload (still ciphertext there). From Windows 8 the MAC and vSwitch WFP layers cover many of its cases.',
  },
  'packet-diversion-driver': {
    what: 'An existing signed WFP callout driver that diverts matching packets to user mode, where they can be captured, dropped, modified and reinjected without writing kernel code.',
    fitsWhen:
      'Prototypes, tools and user-mode NAT/VPN/firewall experiments when shipping a kernel driver of your own is not acceptable and throughput needs are modest.',
    doesNotFitWhen:
      'High throughput (copying to user mode and back costs), process identity per packet (not available at its network layers), coexistence with other reinjecting callouts (loops), or IPsec-protected payload: its network and forward modes sit on the IP packet and forward layers, where that payload is ciphertext.',
  },
  'policy-based-qos': {
    what: 'DSCP marking and throttling of outbound traffic by application, user or computer, addresses, protocol or ports (New-NetQosPolicy, Group Policy), implemented by the QoS inspection module.',
    fitsWhen: 'Rate limiting or shaping outbound traffic without a driver.',
    doesNotFitWhen: `Inbound shaping (for inbound TCP a stream callout can defer data instead), or per-packet custom logic. ${QUOTED_CAVEAT_NOTES.delayedReinjectionShaping}`,
  },
  'hyper-v-firewall': {
    what: 'Firewall rules for Windows-hosted containers, including WSL, per VM creator id (New-NetFirewallHyperVRule); Windows 11 22H2 and later.',
    fitsWhen: 'WSL or container traffic policy without a driver.',
    doesNotFitWhen:
      'General VM traffic work or payload processing: use the vSwitch WFP layers or a Hyper-V switch extension.',
  },
  'hyper-v-switch-extension': {
    what: 'An NDIS filter that plugs into the Hyper-V extensible switch as a capture, filtering or forwarding extension (the in-box WFP extension is one such filtering extension).',
    fitsWhen:
      'VM traffic work the vSwitch WFP layers cannot do: forwarding decisions, traffic on ports where WFP is not available, switch-level QoS.',
    doesNotFitWhen:
      'Before Windows 8 (no extensible switch), or when a plain filter or callout at the vSwitch WFP layers would do. WFP cannot be enabled on an SR-IOV switch.',
  },
  'socket-option': {
    what: 'Change the behaviour at the source instead of rewriting packets: per-socket options such as IP_TTL, or a global setting such as the default TTL.',
    fitsWhen:
      "The product owns the sockets (or the machine's configuration) and needs a header field set, not arbitrary traffic rewritten.",
    doesNotFitWhen:
      'Traffic from other applications must be changed, or the change depends on per-packet logic.',
  },
  'windows-nat': {
    what: 'The in-box network address translation of Windows (New-NetNat): translates an internal prefix to the host’s external address, keeps the translation table and rewrites the replies back, with static mappings for inbound ports (Add-NetNatStaticMapping).',
    fitsWhen:
      'Plain source NAT for an internal prefix (VMs, containers, a lab network) or fixed port forwarding, configured from PowerShell with no driver.',
    doesNotFitWhen:
      'The translation depends on per-packet logic, on payload, or on rules NetNat cannot express; or the host is not the gateway of the internal prefix.',
  },
  'connection-policy': {
    what: 'FwpmConnectionPolicyAdd0 from user mode: a routing policy for outgoing connections — source address, next-hop interface and next hop — matched on application, user, package, addresses, ports and protocol; the first matching policy by weight applies (FWPM_LAYER_OUTBOUND_NETWORK_CONNECTION_POLICY_V4/V6).',
    fitsWhen:
      'Per-app split tunnelling on recent Windows 11: send one application’s connections through a VPN interface (or keep them off it) with no driver.',
    doesNotFitWhen:
      'Older Windows (the layer is documented from Windows 11 22H2 on the FWPS_FIELDS page, the FWPS_CONNECTION_POLICY0 structure from 24H2), inbound traffic, or anything beyond choosing the route of a new outgoing connection. Sparsely documented.',
  },
};
