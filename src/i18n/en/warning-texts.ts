/**
 * The English texts of the engine's warnings, by id (the titles are in warnings.ts): a function of
 * the parameters the core passes (src/engine/warnings.ts `WarningParams`). They load with the late
 * words (late.ts, issue 12). Pure.
 */
import { layerName } from './common';
import { ipsecFixText } from './ipsec';
import { knowledge } from './knowledge';
import type { WarningTexts } from './warnings';

export const warningTexts: WarningTexts = {
  'no-app-identity-below-ale': (p) =>
    (p.primary
      ? `${layerName(p.primary)} has no application or user condition: those`
      : 'Application and user') +
    ' are filter conditions only at the ALE layers. ' +
    'Below ALE they reach a callout only through a flow context associated at ALE flow-established ' +
    '(FwpsFlowAssociateContext0), and only at layers that carry a flow handle (stream, datagram-data, ' +
    'stream-packet, transport). IP packet, forward, ICMP-error, MAC and vSwitch layers never see them.',
  'ipsec-incompatible-in-use': (p) =>
    `${p.diversion ? 'The packet-diversion driver the product would run works on IP packets where' : `A callout at ${p.layer ? layerName(p.layer) : 'this layer'} runs where`} inbound IPsec traffic is not yet decrypted or verified there and outbound traffic is already protected: it sees ciphertext, and Microsoft documents callouts at the network and forwarding layers as incompatible with IPsec. ` +
    (p.fixes.length > 0
      ? `Fixes that exist for this task: ${p.fixes.map(ipsecFixText).join(' ')}`
      : 'No higher layer can do this task, so the only way around is to leave IPsec-protected traffic untouched.'),
  'ip-forwarding-must-be-enabled': () =>
    'The IP forward layer is classified only when IP forwarding is enabled on the interfaces involved. ' +
    'It is off by default; turn it on per interface (netsh interface ipv4|ipv6 set interface … forwarding=enabled).',
  'unregistered-callout-blocks': (p) =>
    p.failOpen
      ? 'A filter whose action calls a callout acts as BLOCK while that callout is added but not registered ' +
        '(driver not loaded yet, unloading, or crashed). To let traffic pass instead, set ' +
        'FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED on the filter; the flag applies to terminating and ' +
        'unknown-action callouts only.'
      : 'A filter whose action calls a callout acts as BLOCK while that callout is added but not registered ' +
        '(driver not loaded yet, unloading, or crashed). That fails closed, as asked; make the driver load ' +
        'before the filters matter so the machine is not cut off during start-up or updates.',
  'pend-across-power-transitions': () =>
    "WFPSampler's pend scenario warns that a long pend can bugcheck the machine: an inbound packet held past the " +
    'time a power transition (sleep, hibernate) allows stops that transition. Bound every wait with a timeout ' +
    'and a default verdict, and complete held work when the power state changes.',
  'self-injection-loop': () =>
    'Packets the driver injects are indicated to its callouts again. Call FwpsQueryPacketInjectionState0 in ' +
    'classifyFn and permit packets in state FWPS_PACKET_INJECTED_BY_SELF or ' +
    'FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF, or the driver processes its own packets without end. Two drivers ' +
    'that each absorb and reinject unmodified copies can also loop.',
  'redirect-loop-local-proxy': () =>
    'A connect-redirect callout also sees connections it has already redirected, and connections other ' +
    'redirectors sent to their proxies. From Windows 8, call FwpsQueryConnectionRedirectState0 with your ' +
    'redirect handle: leave connections in state REDIRECTED_BY_SELF or PREVIOUSLY_REDIRECTED_BY_SELF alone, and ' +
    'do not take over a connection another proxy already redirected to itself, or connections bounce between ' +
    'proxies.',
  'proxy-must-not-redirect-itself': () =>
    "The local proxy's own connection to the real destination passes the same connect-redirect filter. Keep it " +
    'out (match on the proxy process, or check the redirect state) and pass the redirect records on: query them ' +
    'on the accepted socket (SIO_QUERY_WFP_CONNECTION_REDIRECT_RECORDS / _CONTEXT) and set them on the outbound ' +
    'socket (SIO_SET_WFP_CONNECTION_REDIRECT_RECORDS). A loopback redirect is valid only with ' +
    'localRedirectTargetPID set.',
  'icmpv6-type-numbering': (p) =>
    p.errors
      ? 'ICMPv6 numbers its messages differently: Destination Unreachable is type 1 (port unreachable is type 1, code 4) and type 3 is Time Exceeded. A V6 filter copied from an IPv4 "type 3" filter matches the wrong messages — Microsoft\'s port-scanning example makes exactly this mistake in its IPv6 filter. Write the V4 and V6 filters separately.'
      : 'ICMPv6 numbers its messages differently: an echo request is type 8 in ICMPv4 and type 128 in ICMPv6 (echo reply 0 and 129). A V6 filter on type 8 matches nothing; write the V4 and V6 filters separately with their own type numbers.',
  'loopback-flag-vista-sp1': () =>
    `FWP_CONDITION_FLAG_IS_LOOPBACK: ${knowledge.conditions.FWP_CONDITION_FLAG_IS_LOOPBACK?.note ?? ''} The minimum "Windows Vista" cannot tell RTM from SP1, so on RTM a loopback condition may not match where the flag is missing.`,
  'dual-stack-v6-layers': () =>
    "Add the filter or callout at both the V4 and the V6 layer: a dual-stack socket's IPv4 traffic may be " +
    'classified only at the V6 ALE layers, with IPv4-mapped addresses.',
  'app-id-device-path': () =>
    'FWPM_CONDITION_ALE_APP_ID matches a lower-case device path (\\device\\harddiskvolumeN\\…), not a drive-letter ' +
    'path. Build the value with FwpmGetAppIdFromFileName0 instead of writing it by hand.',
  'tls-ciphertext-at-stream': () =>
    'Payload at the stream and datagram-data layers is what the application sent: for HTTPS (TLS) or QUIC it is ' +
    'ciphertext. Content inspection works for plaintext protocols only, unless the product also terminates the ' +
    'encryption (a proxy).',
  'tunnel-mode-outer-addresses': (p) =>
    `${p.primary ? layerName(p.primary) : 'this layer'} sits below IPsec processing and matches the outer headers: IPsec tunnel-mode traffic ` +
    "carries the tunnel endpoints' addresses here, and its inner addresses and ports are not visible. Filters " +
    'meant for the inner traffic do not match it.',
  'auditing-off-by-default': (p) =>
    'WFP security auditing is off by default: enable the Filtering Platform Connection and Packet Drop ' +
    'subcategories with auditpol. Events: 5156/5157 connections, 5154/5155 listens, 5158/5159 binds, 5152/5153 ' +
    'dropped packets. Net events (FwpmNetEventSubscribe0) report drops, and allowed connections only from Windows 8' +
    (p.beforeWin8
      ? ' — on this minimum Windows version, allowed connections come only from the audit log'
      : '') +
    '; the net-event log is small (about 128 KB) and is cleared at reboot.',
  'no-close-event-in-user-mode': () =>
    'No audit event or net event reports a connection or endpoint closing, and TCP or UDP termination is not ' +
    'indicated at any classify layer. Only a callout at ALE endpoint-closure (Windows 7 and later) or the ' +
    'flowDeleteFn of a flow context sees the end.',
  'pend-first-authorization-only': () =>
    'FwpsPendOperation0 fails with STATUS_FWP_CANNOT_PEND on a reauthorization (FWP_CONDITION_FLAG_IS_REAUTHORIZE ' +
    'set): answer those classifies from the verdict you stored. Completing a pended connect triggers a ' +
    'reauthorization at the connect layer; at recv-accept, permitting the reinjected clone is what authorizes ' +
    'the connection and dropping it denies the connection.',
  'pend-flushes-non-tcp-data': () =>
    'Non-TCP packets of the flow that arrive while the operation is pended are flushed. Keep clones and reinject ' +
    'them after completion, or rely on the application to retransmit.',
  'ale-classify-required-permit': () =>
    'At the inbound transport layer, permit packets whose metadata carries FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED ' +
    'and handle them at ALE recv-accept: they create or reauthorize a flow, IPsec processing is deferred until ' +
    'they reach ALE, and pending or absorbing them at the transport layer interferes with flow creation.',
  'fragments-indicated-three-times': () =>
    'The inbound IP packet layer indicates a fragmented datagram as a packet, as each fragment ' +
    '(FWP_CONDITION_FLAG_IS_FRAGMENT) and reassembled. Match FWP_MATCH_FLAGS_NONE_SET on IS_FRAGMENT to skip the ' +
    'fragment indications when they are not what you need. Outbound fragments are not indicated at all.',
  'forward-fragment-groups': () =>
    'With fragment grouping on, forwarded fragments are indicated twice: one by one and as a group (an NBL chain ' +
    'with FWP_CONDITION_FLAG_IS_FRAGMENT_GROUP). Reassemble a group into one NBL (FwpsReassembleForwardFragmentGroup0) ' +
    'before FwpsInjectForwardAsync0. Forward-injected packets are not indicated to the forward layer again.',
  'offload-disabled-without-flags': () =>
    'Unless the callout is registered with FWP_CALLOUT_FLAG_ALLOW_OFFLOAD, ALLOW_RSC, ALLOW_USO or ALLOW_URO, the ' +
    'matching offload is disabled for all traffic that hits its filters. Keep the filters narrow and set the ' +
    'flags the callout can honour (with ALLOW_URO, do not clone and reinject inbound URO packets).',
  'receive-injection-bypasses-ipsec': () =>
    'Packets injected with FwpsInjectTransportReceiveAsync0 bypass IPsec processing, including packets the ' +
    'driver builds itself. A design that fabricates inbound packets can deliver traffic that IPsec policy would ' +
    'have required to be protected: review it as a security boundary.',
  'vswitch-rules': () =>
    'Traffic from switch port 0 (the host) is trusted and should not be filtered; identify VMs by NIC id, not by ' +
    'MAC address; WFP cannot be enabled on an SR-IOV switch; vSwitch transport filters are bypassed for ports in ' +
    'PVLAN or trunk mode; installers must not change the enabled state of the WFP switch extension.',
  'l2-injection-rules': () =>
    'Inject only at a MAC layer where your callout has a filter (behaviour is undefined otherwise, and a callout ' +
    'registered only inbound that injects outbound has crashed systems). Create the injection handle with ' +
    'FWPS_INJECTION_TYPE_L2 and AF_UNSPEC. With FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY the clone and reference ' +
    'functions cannot be used.',
  'mac-filter-doc-conflict': () =>
    'The porting guide describes MAC-level filtering on Windows 8 and later as a MAC-frame callout driver, while ' +
    "the filtering-conditions page, What's new in WFP and WFPSampler's basic-action scenario support plain " +
    'PERMIT/BLOCK filters at the MAC layers. This result follows the latter.',
  'boot-time-filters': (p) =>
    'Boot-time filters (FWPM_FILTER_FLAG_BOOTTIME) are enforced from TCP/IP start until the filter engine starts, ' +
    'then dropped; the flag cannot be combined with FWPM_FILTER_FLAG_PERSISTENT, so add a persistent copy for ' +
    'the time after.' +
    (p.callout
      ? ' A boot-time filter that calls a callout blocks until the callout registers: the driver must be a ' +
        'boot-start driver.'
      : ''),
  'dynamic-session': () =>
    'Open the engine session with FWPM_SESSION_FLAG_DYNAMIC: every object added in it is deleted when the ' +
    'session closes, including when the process crashes.',
  'persistent-provider': () =>
    'Persistent filters survive reboots and are loaded before your service runs. If they name a provider whose ' +
    'service is not set to start automatically, they come up disabled.',
  'must-win-arbitration': (p) =>
    'Arbitration runs per sublayer, all sublayers are evaluated and BLOCK overrides PERMIT; there is no ' +
    'arbitration across layers, so traffic permitted at one layer can still be blocked at another. Use your own ' +
    'sublayer with a high weight and hard actions (clear FWPS_RIGHT_ACTION_WRITE); only a callout veto overrides a ' +
    'hard permit, and vetoes are audited.' +
    (p.callout
      ? ' An ALE or transport callout must still sit in a sublayer weighted below FWPM_SUBLAYER_UNIVERSAL to stay ' +
        'IPsec-compatible, so it cannot simply weigh the most.'
      : ''),
  'no-vswitch-before-win8': () =>
    'Neither the WFP vSwitch layers nor the Hyper-V extensible switch exist before Windows 8, so no supported ' +
    'technology filters VM traffic at the switch on this minimum Windows version. Raise the minimum to Windows 8, ' +
    'or filter inside each guest.',
  'local-proxy-needs-win8': () =>
    'Redirecting to a proxy on the same host relies on Windows 8 features: localRedirectTargetPID, redirect ' +
    'handles, FwpsQueryConnectionRedirectState0 and the redirect-record socket options. On older Windows the ' +
    'proxy cannot be tracked and redirect loops are hard to prevent.',
  'diversion-driver-limits': () =>
    'A signed packet-diversion driver (WinDivert-style) lets a user-mode program capture, drop, change and ' +
    'reinject packets without a driver of your own, but it works at the IP packet and forward layers: no process ' +
    'id per packet, IPsec-protected payload is ciphertext there, throughput suffers above roughly 1 Gbps, and ' +
    'reinjection can loop with other callouts.',
  'ipv4-header-checksum': () =>
    'Packet injection functions: callouts must adjust the IP or transport layer checksum, or ' +
    'both, after they modify an IP packet. Recompute the IPv4 header checksum after changing any ' +
    'IPv4 header field (TTL, addresses, identification, options); the TCP and UDP checksums ' +
    'cover a pseudo-header with the addresses, so rewriting an address or a port changes them ' +
    'too. Check the checksum-offload state in TcpIpChecksumNetBufferListInfo before leaving the ' +
    'work to the hardware.',
  'flow-context-lifecycle': () =>
    'Associate the context with FwpsFlowAssociateContext0 at flow-established for the layer where the data ' +
    'callout runs; that callout needs a flowDeleteFn, and an existing context must be removed before a new one is ' +
    'associated. Register the data callout with FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW so only flows with a context ' +
    'reach it.',
  'flow-context-after-handshake': () =>
    'Flow-established is indicated for TCP only after the three-way handshake, so a flow context associated ' +
    'there is not yet available for the handshake packets a transport or stream-packet callout sees; decide ' +
    'on those packets without the identity, or pend at the ALE authorization instead.',
  'companion-ipsec-conditions': (p) => {
    const names = p.layers.map(layerName);
    return (
      `The IPsec status above is the primary layer's. The callout${names.length > 1 ? 's' : ''} at ` +
      `${names.join(', ')} must follow ${names.length > 1 ? 'their' : 'its'} own rules as well — at the ALE and ` +
      'transport layers, a sublayer weighted below FWPM_SUBLAYER_UNIVERSAL.'
    );
  },
  'shaping-outside-wfp': () =>
    'WFP has no rate-limiting action. A callout delays traffic by holding it out of band and ' +
    'reinjecting it when the rate allows; inbound TCP can also be slowed by deferring the stream ' +
    '(FWPS_STREAM_ACTION_DEFER, then FwpsStreamContinue0). When the rate is a fixed rule on the ' +
    'application, addresses, protocol or ports, Policy-based QoS throttles outbound traffic with ' +
    'no driver.',
  'vswitch-ingress-injection-only': () =>
    'FwpsInjectvSwitchEthernetIngressAsync0 is the only vSwitch injection function: it puts an ' +
    'absorbed or newly built frame back on the ingress path where it was intercepted (L2 ' +
    'injection handle, AF_UNSPEC), with the source port and NIC index it came from. The frame ' +
    'then passes the switch again — forwarding and the egress layers — so frames for a VM are ' +
    'changed at ingress, not at egress. No egress injection and no injection for the vSwitch ' +
    'transport layers is documented.',
  'out-of-band-shaping-costs': () =>
    'A shaper holds traffic out of band: it clones or references the indicated data, returns ' +
    'FWP_ACTION_BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, and reinjects it later with the layer’s ' +
    'FwpsInject* or FwpsStreamInjectAsync0 function when the budget allows. Every held packet or ' +
    'byte is non-paged memory: bound the queue and drop (or stop deferring) when it is full. ' +
    'Release held data in order per flow, or TCP sees reordering and retransmits; a long hold ' +
    'also stretches TCP round-trip estimates. Release everything on power transitions and unload.',
  'both-directions-need-two-filters': () =>
    'All conditions of one filter must match, so covering both directions on an address or port takes two ' +
    'filters: one on the source (or local) field and one on the destination (or remote) field.',
  'reauthorization-on-policy-change': () =>
    'Adding or removing a filter at an ALE layer reauthorizes existing flows: their next packet is classified ' +
    'again (FWP_CONDITION_FLAG_IS_REAUTHORIZE), may arrive in the opposite direction, and unknown fields come as ' +
    'FWP_EMPTY. That is also how a new block reaches connections that are already open.',
  'vista-sp1-for-ipsec-rules': () =>
    'FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED and FwpsConstructIpHeaderForTransportPacket0, both needed to follow ' +
    'the IPsec rules of this design, exist from Windows Vista SP1 / Server 2008; the minimum "Vista" cannot tell ' +
    'RTM from SP1.',
  'tcp-connect-has-no-packet': () =>
    'The ALE connect classify for TCP carries no packet (layerData is NULL), so there is nothing to clone or ' +
    'reinject there; the connection proceeds when the pended operation completes.',
};
