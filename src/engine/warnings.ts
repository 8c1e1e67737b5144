/**
 * The warning catalogue: every pitfall the engine can raise, keyed by a stable id that is never
 * reused (xyflow `errorMessages` style). Texts that depend on the design are functions of it.
 * When a warning is attached is decided by the named predicates in `warning-rules.ts`. Pure data.
 */
import type { Confidence, SourceId } from '@/knowledge/types';
import { engineIpsecSubjects, engineWarnings } from '@/i18n/engine';
import { ipsecFixes } from './ipsec-status';
import { getCondition } from '@/knowledge/conditions';
import type { Design } from './design';
import type { Warning } from './types';

/** A catalogue entry: how a warning reads and where it comes from. */
export interface WarningEntry {
  readonly severity: Warning['severity'];
  readonly title: string;
  readonly text: string | ((design: Design) => string);
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

function primaryName(design: Design): string {
  return design.primary ? design.primary.name : 'this layer';
}

/** Every warning the engine knows, by id. */
export const WARNINGS = {
  'no-app-identity-below-ale': {
    severity: 'warning',
    title: 'App and user identity exist only at ALE',
    text: (d) =>
      (d.primary
        ? `${d.primary.name} has no application or user condition: those`
        : 'Application and user') +
      ' are filter conditions only at the ALE layers. ' +
      'Below ALE they reach a callout only through a flow context associated at ALE flow-established ' +
      '(FwpsFlowAssociateContext0), and only at layers that carry a flow handle (stream, datagram-data, ' +
      'stream-packet, transport). IP packet, forward, ICMP-error, MAC and vSwitch layers never see them.',
    confidence: 'documented',
    sourceIds: ['w32-ale', 'wdk-flowctx', 'wdk-metadata', 'ddi-flowassociate'],
  },
  'ipsec-incompatible-in-use': {
    severity: 'critical',
    title: engineWarnings['ipsec-incompatible-in-use'].title,
    text: (d) =>
      engineWarnings['ipsec-incompatible-in-use'].text({
        subject: d.driverAvoided
          ? engineIpsecSubjects.diversion()
          : engineIpsecSubjects.callout({ layer: primaryName(d) }),
        fixes: ipsecFixes(d).map((f) => f.text),
      }),
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-mgmtlayers'],
  },
  'ip-forwarding-must-be-enabled': {
    severity: 'warning',
    title: 'The forward layer needs IP forwarding',
    text:
      'The IP forward layer is classified only when IP forwarding is enabled on the interfaces involved. ' +
      'It is off by default; turn it on per interface (netsh interface ipv4|ipv6 set interface … forwarding=enabled).',
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-mgmtlayers', 'ddi-fwd'],
  },
  'unregistered-callout-blocks': {
    severity: 'warning',
    title: 'Filters block while the callout is not registered',
    text: (d) =>
      d.task.profile.fail === 'open'
        ? 'A filter whose action calls a callout acts as BLOCK while that callout is added but not registered ' +
          '(driver not loaded yet, unloading, or crashed). To let traffic pass instead, set ' +
          'FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED on the filter; the flag applies to terminating and ' +
          'unknown-action callouts only.'
        : 'A filter whose action calls a callout acts as BLOCK while that callout is added but not registered ' +
          '(driver not loaded yet, unloading, or crashed). That fails closed, as asked; make the driver load ' +
          'before the filters matter so the machine is not cut off during start-up or updates.',
    confidence: 'documented',
    sourceIds: ['w32-op', 'api-filter0', 'api-filteradd'],
  },
  'pend-across-power-transitions': {
    severity: 'warning',
    title: 'Long pends can bugcheck on power transitions',
    text:
      "WFPSampler's pend scenario warns that a long pend can bugcheck the machine: an inbound packet held past the " +
      'time a power transition (sleep, hibernate) allows stops that transition. Bound every wait with a timeout ' +
      'and a default verdict, and complete held work when the power state changes.',
    confidence: 'sample',
    sourceIds: ['smp-wfpsampler'],
  },
  'self-injection-loop': {
    severity: 'warning',
    title: 'Injected packets come back to the callout',
    text:
      'Packets the driver injects are indicated to its callouts again. Call FwpsQueryPacketInjectionState0 in ' +
      'classifyFn and permit packets in state FWPS_PACKET_INJECTED_BY_SELF or ' +
      'FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF, or the driver processes its own packets without end. Two drivers ' +
      'that each absorb and reinject unmodified copies can also loop.',
    confidence: 'documented',
    sourceIds: ['wdk-inj', 'ddi-trecv', 'wd-doc'],
  },
  'redirect-loop-local-proxy': {
    severity: 'warning',
    title: 'Redirected connections come back to the redirect callout',
    text:
      'A connect-redirect callout also sees connections it has already redirected, and connections other ' +
      'redirectors sent to their proxies. From Windows 8, call FwpsQueryConnectionRedirectState0 with your ' +
      'redirect handle: leave connections in state REDIRECTED_BY_SELF or PREVIOUSLY_REDIRECTED_BY_SELF alone, and ' +
      'do not take over a connection another proxy already redirected to itself, or connections bounce between ' +
      'proxies.',
    confidence: 'documented',
    sourceIds: ['wdk-redir', 'wdk-proxytrack'],
  },
  'proxy-must-not-redirect-itself': {
    severity: 'warning',
    title: "The proxy's own connections must not be redirected",
    text:
      "The local proxy's own connection to the real destination passes the same connect-redirect filter. Keep it " +
      'out (match on the proxy process, or check the redirect state) and pass the redirect records on: query them ' +
      'on the accepted socket (SIO_QUERY_WFP_CONNECTION_REDIRECT_RECORDS / _CONTEXT) and set them on the outbound ' +
      'socket (SIO_SET_WFP_CONNECTION_REDIRECT_RECORDS). A loopback redirect is valid only with ' +
      'localRedirectTargetPID set.',
    confidence: 'documented',
    sourceIds: ['wdk-redir', 'wdk-proxytrack'],
  },
  'icmpv6-type-numbering': {
    severity: 'warning',
    title: engineWarnings['icmpv6-type-numbering'].title,
    text: (d) =>
      engineWarnings['icmpv6-type-numbering'].text({
        errors: d.task.profile.protocol === 'icmp-error',
      }),
    confidence: 'documented',
    sourceIds: ['rfc-4443', 'w32-portscan'],
  },
  'loopback-flag-vista-sp1': {
    severity: 'info',
    title: engineWarnings['loopback-flag-vista-sp1'].title,
    text: () =>
      engineWarnings['loopback-flag-vista-sp1'].text({
        note: getCondition('FWP_CONDITION_FLAG_IS_LOOPBACK')?.note ?? '',
      }),
    confidence: 'documented',
    sourceIds: ['w32-flags', 'wdk-vsp1'],
  },
  'dual-stack-v6-layers': {
    severity: 'info',
    title: 'Add the V6 filter too',
    text:
      "Add the filter or callout at both the V4 and the V6 layer: a dual-stack socket's IPv4 traffic may be " +
      'classified only at the V6 ALE layers, with IPv4-mapped addresses.',
    confidence: 'documented',
    sourceIds: ['w32-ale'],
  },
  'app-id-device-path': {
    severity: 'info',
    title: 'App ids are device paths',
    text:
      'FWPM_CONDITION_ALE_APP_ID matches a lower-case device path (\\device\\harddiskvolumeN\\…), not a drive-letter ' +
      'path. Build the value with FwpmGetAppIdFromFileName0 instead of writing it by hand.',
    confidence: 'documented',
    sourceIds: ['w32-appuser', 'w32-cond'],
  },
  'tls-ciphertext-at-stream': {
    severity: 'info',
    title: 'Encrypted protocols stay encrypted here',
    text:
      'Payload at the stream and datagram-data layers is what the application sent: for HTTPS (TLS) or QUIC it is ' +
      'ciphertext. Content inspection works for plaintext protocols only, unless the product also terminates the ' +
      'encryption (a proxy).',
    confidence: 'inferred',
    sourceIds: ['wdk-insppts', 'wdk-stream'],
  },
  'tunnel-mode-outer-addresses': {
    severity: 'info',
    title: 'Tunnel-mode traffic is seen by its outer addresses',
    text: (d) =>
      `${primaryName(d)} sits below IPsec processing and matches the outer headers: IPsec tunnel-mode traffic ` +
      "carries the tunnel endpoints' addresses here, and its inner addresses and ports are not visible. Filters " +
      'meant for the inner traffic do not match it.',
    confidence: 'inferred',
    sourceIds: ['wdk-ipsec', 'w32-layers', 'w32-tunnel'],
  },
  'auditing-off-by-default': {
    severity: 'info',
    title: 'Auditing must be switched on',
    text: (d) =>
      'WFP security auditing is off by default: enable the Filtering Platform Connection and Packet Drop ' +
      'subcategories with auditpol. Events: 5156/5157 connections, 5154/5155 listens, 5158/5159 binds, 5152/5153 ' +
      'dropped packets. Net events (FwpmNetEventSubscribe0) report drops, and allowed connections only from Windows 8' +
      (d.task.os === 'vista' || d.task.os === 'win7'
        ? ' — on this minimum Windows version, allowed connections come only from the audit log'
        : '') +
      '; the net-event log is small (about 128 KB) and is cleared at reboot.',
    confidence: 'documented',
    sourceIds: ['w32-audit', 'w32-log', 'w32-new'],
  },
  'no-close-event-in-user-mode': {
    severity: 'info',
    title: 'Nothing in user mode reports a connection closing',
    text:
      'No audit event or net event reports a connection or endpoint closing, and TCP or UDP termination is not ' +
      'indicated at any classify layer. Only a callout at ALE endpoint-closure (Windows 7 and later) or the ' +
      'flowDeleteFn of a flow context sees the end.',
    confidence: 'documented',
    sourceIds: ['w32-tcpflow', 'wdk-endpoint', 'w32-audit', 'wdk-procflowdel'],
  },
  'pend-first-authorization-only': {
    severity: 'warning',
    title: 'Only the first authorization can be pended',
    text:
      'FwpsPendOperation0 fails with STATUS_FWP_CANNOT_PEND on a reauthorization (FWP_CONDITION_FLAG_IS_REAUTHORIZE ' +
      'set): answer those classifies from the verdict you stored. Completing a pended connect triggers a ' +
      'reauthorization at the connect layer; at recv-accept, permitting the reinjected clone is what authorizes ' +
      'the connection and dropping it denies the connection.',
    confidence: 'documented',
    sourceIds: ['ddi-pendop', 'wdk-async', 'w32-reauth'],
  },
  'pend-flushes-non-tcp-data': {
    severity: 'info',
    title: 'Pending flushes non-TCP data',
    text:
      'Non-TCP packets of the flow that arrive while the operation is pended are flushed. Keep clones and reinject ' +
      'them after completion, or rely on the application to retransmit.',
    confidence: 'documented',
    sourceIds: ['ddi-pendop'],
  },
  'ale-classify-required-permit': {
    severity: 'warning',
    title: 'Leave ALE-classify-required packets to recv-accept',
    text:
      'At the inbound transport layer, permit packets whose metadata carries FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED ' +
      'and handle them at ALE recv-accept: they create or reauthorize a flow, IPsec processing is deferred until ' +
      'they reach ALE, and pending or absorbing them at the transport layer interferes with flow creation.',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-async', 'wdk-layerreq'],
  },
  'fragments-indicated-three-times': {
    severity: 'info',
    title: 'Inbound fragments are indicated three times',
    text:
      'The inbound IP packet layer indicates a fragmented datagram as a packet, as each fragment ' +
      '(FWP_CONDITION_FLAG_IS_FRAGMENT) and reassembled. Match FWP_MATCH_FLAGS_NONE_SET on IS_FRAGMENT to skip the ' +
      'fragment indications when they are not what you need. Outbound fragments are not indicated at all.',
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-insppts'],
  },
  'forward-fragment-groups': {
    severity: 'info',
    title: 'Forwarded fragment groups',
    text:
      'With fragment grouping on, forwarded fragments are indicated twice: one by one and as a group (an NBL chain ' +
      'with FWP_CONDITION_FLAG_IS_FRAGMENT_GROUP). Reassemble a group into one NBL (FwpsReassembleForwardFragmentGroup0) ' +
      'before FwpsInjectForwardAsync0. Forward-injected packets are not indicated to the forward layer again.',
    confidence: 'documented',
    sourceIds: ['ddi-fwd', 'wdk-vsp1', 'wdk-layerreq'],
  },
  'offload-disabled-without-flags': {
    severity: 'info',
    title: 'Per-packet callouts switch offloads off',
    text:
      'Unless the callout is registered with FWP_CALLOUT_FLAG_ALLOW_OFFLOAD, ALLOW_RSC, ALLOW_USO or ALLOW_URO, the ' +
      'matching offload is disabled for all traffic that hits its filters. Keep the filters narrow and set the ' +
      'flags the callout can honour (with ALLOW_URO, do not clone and reinject inbound URO packets).',
    confidence: 'documented',
    sourceIds: ['ddi-callout2'],
  },
  'receive-injection-bypasses-ipsec': {
    severity: 'warning',
    title: 'Receive-injected packets skip IPsec',
    text:
      'Packets injected with FwpsInjectTransportReceiveAsync0 bypass IPsec processing, including packets the ' +
      'driver builds itself. A design that fabricates inbound packets can deliver traffic that IPsec policy would ' +
      'have required to be protected: review it as a security boundary.',
    confidence: 'inferred',
    sourceIds: ['ddi-trecv', 'wdk-inj'],
  },
  'vswitch-rules': {
    severity: 'warning',
    title: 'Rules of the vSwitch layers',
    text:
      'Traffic from switch port 0 (the host) is trusted and should not be filtered; identify VMs by NIC id, not by ' +
      'MAC address; WFP cannot be enabled on an SR-IOV switch; vSwitch transport filters are bypassed for ports in ' +
      'PVLAN or trunk mode; installers must not change the enabled state of the WFP switch extension.',
    confidence: 'documented',
    sourceIds: ['wdk-vsw', 'wdk-vswenable'],
  },
  'l2-injection-rules': {
    severity: 'info',
    title: 'Rules for MAC-layer callouts',
    text:
      'Inject only at a MAC layer where your callout has a filter (behaviour is undefined otherwise, and a callout ' +
      'registered only inbound that injects outbound has crashed systems). Create the injection handle with ' +
      'FWPS_INJECTION_TYPE_L2 and AF_UNSPEC. With FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY the clone and reference ' +
      'functions cannot be used.',
    confidence: 'documented',
    sourceIds: ['wdk-l2', 'wdk-injection-handle', 'ddi-macinject'],
  },
  'mac-filter-doc-conflict': {
    severity: 'info',
    title: 'The docs disagree on plain filters at the MAC layers',
    text:
      'The porting guide describes MAC-level filtering on Windows 8 and later as a MAC-frame callout driver, while ' +
      "the filtering-conditions page, What's new in WFP and WFPSampler's basic-action scenario support plain " +
      'PERMIT/BLOCK filters at the MAC layers. This result follows the latter.',
    confidence: 'documented',
    sourceIds: ['wdk-port', 'w32-cond', 'w32-new', 'smp-wfpsampler'],
  },
  'boot-time-filters': {
    severity: 'info',
    title: 'Boot-time filters',
    text: (d) =>
      'Boot-time filters (FWPM_FILTER_FLAG_BOOTTIME) are enforced from TCP/IP start until the filter engine starts, ' +
      'then dropped; the flag cannot be combined with FWPM_FILTER_FLAG_PERSISTENT, so add a persistent copy for ' +
      'the time after.' +
      (d.verdict === 'kernel-callout'
        ? ' A boot-time filter that calls a callout blocks until the callout registers: the driver must be a ' +
          'boot-start driver.'
        : ''),
    confidence: 'documented',
    sourceIds: ['w32-obj', 'w32-op', 'api-filter0'],
  },
  'dynamic-session': {
    severity: 'info',
    title: 'Dynamic filters live as long as the session',
    text:
      'Open the engine session with FWPM_SESSION_FLAG_DYNAMIC: every object added in it is deleted when the ' +
      'session closes, including when the process crashes.',
    confidence: 'documented',
    sourceIds: ['w32-obj', 'w32-bp'],
  },
  'persistent-provider': {
    severity: 'info',
    title: 'Persistent filters and their provider',
    text:
      'Persistent filters survive reboots and are loaded before your service runs. If they name a provider whose ' +
      'service is not set to start automatically, they come up disabled.',
    confidence: 'documented',
    sourceIds: ['api-filter0', 'w32-obj'],
  },
  'must-win-arbitration': {
    severity: 'warning',
    title: 'Making a decision hold against other filters',
    text: (d) =>
      'Arbitration runs per sublayer, all sublayers are evaluated and BLOCK overrides PERMIT; there is no ' +
      'arbitration across layers, so traffic permitted at one layer can still be blocked at another. Use your own ' +
      'sublayer with a high weight and hard actions (clear FWPS_RIGHT_ACTION_WRITE); only a callout veto overrides a ' +
      'hard permit, and vetoes are audited.' +
      (d.verdict === 'kernel-callout'
        ? ' An ALE or transport callout must still sit in a sublayer weighted below FWPM_SUBLAYER_UNIVERSAL to stay ' +
          'IPsec-compatible, so it cannot simply weigh the most.'
        : ''),
    confidence: 'documented',
    sourceIds: ['w32-arb', 'w32-weight', 'w32-sublayers', 'wdk-layerreq'],
  },
  'no-vswitch-before-win8': {
    severity: 'critical',
    title: 'Nothing filters the Hyper-V switch before Windows 8',
    text:
      'Neither the WFP vSwitch layers nor the Hyper-V extensible switch exist before Windows 8, so no supported ' +
      'technology filters VM traffic at the switch on this minimum Windows version. Raise the minimum to Windows 8, ' +
      'or filter inside each guest.',
    confidence: 'documented',
    sourceIds: ['wdk-vsw', 'wdk-w8', 'wdk-vswstart'],
  },
  'local-proxy-needs-win8': {
    severity: 'warning',
    title: 'Local-proxy redirection needs Windows 8',
    text:
      'Redirecting to a proxy on the same host relies on Windows 8 features: localRedirectTargetPID, redirect ' +
      'handles, FwpsQueryConnectionRedirectState0 and the redirect-record socket options. On older Windows the ' +
      'proxy cannot be tracked and redirect loops are hard to prevent.',
    confidence: 'documented',
    sourceIds: ['wdk-redir', 'wdk-proxytrack', 'wdk-w8'],
  },
  'diversion-driver-limits': {
    severity: 'warning',
    title: 'Limits of a packet-diversion driver',
    text:
      'A signed packet-diversion driver (WinDivert-style) lets a user-mode program capture, drop, change and ' +
      'reinject packets without a driver of your own, but it works at the IP packet and forward layers: no process ' +
      'id per packet, IPsec-protected payload is ciphertext there, throughput suffers above roughly 1 Gbps, and ' +
      'reinjection can loop with other callouts.',
    confidence: 'inferred',
    sourceIds: ['wd-doc', 'wdk-ipsec'],
  },
  'ipv4-header-checksum': {
    severity: 'warning',
    ...engineWarnings['ipv4-header-checksum'],
    confidence: 'documented',
    sourceIds: ['wdk-inj'],
  },
  'flow-context-lifecycle': {
    severity: 'info',
    title: 'Flow context lifecycle',
    text:
      'Associate the context with FwpsFlowAssociateContext0 at flow-established for the layer where the data ' +
      'callout runs; that callout needs a flowDeleteFn, and an existing context must be removed before a new one is ' +
      'associated. Register the data callout with FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW so only flows with a context ' +
      'reach it.',
    confidence: 'documented',
    sourceIds: ['wdk-flowctx', 'wdk-procflowdel', 'ddi-flowassociate', 'ddi-callout2'],
  },
  'flow-context-after-handshake': {
    severity: 'info',
    title: 'No flow context during the TCP handshake',
    text:
      'Flow-established is indicated for TCP only after the three-way handshake, so a flow context associated ' +
      'there is not yet available for the handshake packets a transport or stream-packet callout sees; decide ' +
      'on those packets without the identity, or pend at the ALE authorization instead.',
    confidence: 'inferred',
    sourceIds: ['w32-alelayers', 'wdk-layerreq', 'wdk-flowctx'],
  },
  'companion-ipsec-conditions': {
    severity: 'info',
    title: 'The companion callouts have IPsec rules too',
    text: (d) => {
      const names = d.companions
        .filter((c) => c.layer.ipsec.callout === 'conditional')
        .map((c) => c.layer.name);
      return (
        `The IPsec status above is the primary layer's. The callout${names.length > 1 ? 's' : ''} at ` +
        `${names.join(', ')} must follow ${names.length > 1 ? 'their' : 'its'} own rules as well — at the ALE and ` +
        'transport layers, a sublayer weighted below FWPM_SUBLAYER_UNIVERSAL.'
      );
    },
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-ipsec'],
  },
  'shaping-outside-wfp': {
    severity: 'info',
    ...engineWarnings['shaping-outside-wfp'],
    confidence: 'documented',
    sourceIds: ['qos-top', 'qos-works', 'wdk-stream', 'wdk-types'],
  },
  'vswitch-ingress-injection-only': {
    severity: 'info',
    ...engineWarnings['vswitch-ingress-injection-only'],
    confidence: 'documented',
    sourceIds: ['ddi-vswinject', 'wdk-vsw-flow', 'wdk-vsw'],
  },
  'out-of-band-shaping-costs': {
    severity: 'warning',
    ...engineWarnings['out-of-band-shaping-costs'],
    confidence: 'inferred',
    sourceIds: ['wdk-types', 'wdk-inj', 'smp-wfpsampler'],
  },
  'both-directions-need-two-filters': {
    severity: 'info',
    title: 'One filter per direction',
    text:
      'All conditions of one filter must match, so covering both directions on an address or port takes two ' +
      'filters: one on the source (or local) field and one on the destination (or remote) field.',
    confidence: 'inferred',
    sourceIds: ['api-filter0', 'w32-cond'],
  },
  'reauthorization-on-policy-change': {
    severity: 'info',
    title: 'Filter changes reauthorize existing flows',
    text:
      'Adding or removing a filter at an ALE layer reauthorizes existing flows: their next packet is classified ' +
      'again (FWP_CONDITION_FLAG_IS_REAUTHORIZE), may arrive in the opposite direction, and unknown fields come as ' +
      'FWP_EMPTY. That is also how a new block reaches connections that are already open.',
    confidence: 'documented',
    sourceIds: ['w32-reauth', 'w32-alestate'],
  },
  'vista-sp1-for-ipsec-rules': {
    severity: 'info',
    title: 'The IPsec rules need Vista SP1',
    text:
      'FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED and FwpsConstructIpHeaderForTransportPacket0, both needed to follow ' +
      'the IPsec rules of this design, exist from Windows Vista SP1 / Server 2008; the minimum "Vista" cannot tell ' +
      'RTM from SP1.',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-vsp1'],
  },
  'tcp-connect-has-no-packet': {
    severity: 'info',
    title: 'A TCP connect has no packet at ALE',
    text:
      'The ALE connect classify for TCP carries no packet (layerData is NULL), so there is nothing to clone or ' +
      'reinject there; the connection proceeds when the pended operation completes.',
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-offsets', 'wdk-deep'],
  },
} as const satisfies Record<string, WarningEntry>;

/** Id of a catalogued warning. */
export type WarningId = keyof typeof WARNINGS;

/** The warning for `id`, worded for this design. */
export function warningFor(id: WarningId, design: Design): Warning {
  const entry: WarningEntry = WARNINGS[id];
  return {
    id,
    severity: entry.severity,
    title: entry.title,
    text: typeof entry.text === 'function' ? entry.text(design) : entry.text,
    confidence: entry.confidence,
    sourceIds: entry.sourceIds,
  };
}
