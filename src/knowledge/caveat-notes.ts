/**
 * The words of every caveat (caveats.ts, same key): the title it has in the list of open
 * questions, the part of a record it concerns and the note that states the gap, conflict or typo.
 * The facts, their kind, confidence and sources are in caveats.ts; only the layer details, the open
 * questions and the exports show these words, so they load with them, not with the first paint
 * (issue 12). Notes other facts quote are in caveat-notes-quoted.ts. Pure data.
 */
import type { CaveatKey } from './caveats';
import { QUOTED_CAVEAT_NOTES } from './caveat-notes-quoted';

export interface CaveatNote {
  /** The title it has in the list of open questions. */
  readonly title: string;
  /** Which part of the record it concerns, in a few words ("blocking", "injection", "minimum OS"). */
  readonly topic: string;
  readonly note: string;
}

export const CAVEAT_NOTES: Readonly<Record<CaveatKey, CaveatNote>> = {
  streamDiscard: {
    title: 'What the stream discard layer does',
    topic: 'existence',
    note: 'The WDK identifier pages call FWPM_LAYER_STREAM_V4/V6_DISCARD "reserved for future use"; the Win32 identifier page says it inspects discarded stream data, and the data-offset page gives it an offset. Treat it as existing with unclear semantics.',
  },
  aleDiscardCoverage: {
    title: 'Not every ALE layer has a discard layer',
    topic: 'discard layer',
    note: 'The ALE layers page says every ALE layer has a matching discard layer, but the identifier lists define none for bind redirect, connect redirect, resource release or endpoint closure.',
  },
  inboundMacOffset: {
    title: 'Where the data starts at the inbound MAC Ethernet layer',
    topic: 'data offset',
    note: 'The data-offset page puts the offset at the IP header here (the other MAC layers start at the MAC header), while MAC receive injection at this layer needs a buffer that begins with the Ethernet header. A callout presumably retreats by the MAC header size from the L2 metadata before injecting; no page says so.',
  },
  vswitchInjection: {
    title: 'Injection on the vSwitch path',
    topic: 'injection',
    note: 'Only FwpsInjectvSwitchEthernetIngressAsync0 is documented (its parameter text says "egress data path", likely a copy error). No egress injection function and no injection guidance for the vSwitch transport layers were found.',
  },
  streamPacketCapabilities: {
    title: 'Blocking, modifying and injecting at stream-packet',
    topic: 'blocking and injection',
    note: 'The docs describe only what the stream-packet layer sees (every TCP segment, handshake included) and its offsets. Whether a callout may block or modify there and which injection function fits is not documented; the WFPSampler injection helper maps the layer to transport injection handles. Its exact position relative to stream and transport is not documented either.',
  },
  networkConnectionPolicy: {
    title: 'The outbound network connection policy layer is barely documented',
    topic: 'semantics',
    note: 'Documented only briefly (Win32 identifier and condition pages, FwpmConnectionPolicyAdd0, the FWPS_FIELDS page). It is not in the WDK identifier lists or the data-offset table; its layerData, position in the connect sequence and callout semantics are not described. Windows 11 22H2 comes only from the FWPS_FIELDS requirement block.',
  },
  undocumentedLayers: {
    title: 'Layers defined in headers but not described',
    topic: 'existence',
    note: 'Header copies also define FWPM_LAYER_INBOUND_RESERVED2, and a third-party list names FWPM_LAYER_ALE_ACCEPT_REDIRECT_V4/V6. No Microsoft Learn page read describes them, so they are not modelled.',
  },
  kmAuthorizationMode: {
    title: 'Is KM_AUTHORIZATION a user-mode layer?',
    topic: 'mode',
    note: 'The identifier pages call the IPsec, IKE and RPC layers user-mode filtering layers but say nothing about KM_AUTHORIZATION. It authorizes security-association establishment by the keying modules, which run in user mode, so it is modelled as user mode. Because it allows or denies SAs rather than holding IPsec policy, it is not counted among the layers where IPsec is configured.',
  },
  fastLayers: {
    title: 'The _FAST layers are internal',
    topic: 'internal layer',
    note: 'Microsoft marks the *_FAST layers for internal use and advises against them; static filters there fail when added (the page leaves the error name blank). No minimum Windows version is stated.',
  },
  icmpTypeInPortFields: {
    title: 'Matching ICMP type and code outside the ICMP-error layers',
    topic: 'ICMP type condition',
    note: QUOTED_CAVEAT_NOTES.icmpTypeInPortFields,
  },
  blockAtNonDecisionLayers: {
    title: 'What a block does at the redirect, cleanup and name-cache layers',
    topic: 'blocking',
    note: 'No document states what a Block does at ALE bind redirect, resource release, endpoint closure or name resolution cache; treating them as no decision point is an inference. Authorize or deny at the ALE authorization layers instead.',
  },
  pendOperationLayers: {
    title: 'Where FwpsPendOperation0 may be used',
    topic: 'pending',
    note: 'The FwpsPendOperation0 remarks and the callout-types page list resource assignment, auth listen and auth connect only, yet the asynchronous-classify page, FwpsCompleteOperation0 and the inspect sample pend at auth receive-accept too (completing by reinjecting the cloned packet). Pending an inbound connection there is treated as workable.',
  },
  forwardInjectionWording: {
    title: 'Is a forward-injected packet classified again?',
    topic: 'injection',
    note: 'The layer-requirements page says a forward-injected packet "will not be presented to any WFP layer" and then that it "can be indicated to the callout driver again"; FwpsInjectForwardAsync0 says it is not re-indicated at the forward layer. The safe reading: not re-indicated at IPFORWARD.',
  },
  metadataTableGaps: {
    title: 'Gaps in the metadata-per-layer table',
    topic: 'metadata',
    note: 'The metadata table lists only the compartment id for IPFORWARD although the metadata identifiers define forward pass-through flags and interface indexes for it, and it still names the Windows 7 FWPS_LAYER_INBOUND_MAC_FRAME_802_3 layer with no entries for the Windows 8 MAC layers.',
  },
  macLayersWindows7: {
    title: 'Windows 7 or Windows 8 for the MAC layers',
    topic: 'minimum OS',
    note: 'The identifier pages, the data-offset page and the Windows 8 changes give Windows 8. The Windows 7 changes list FWPS_FIELDS_*_MAC_FRAME_802_3 as new, and a FWPS_FIELDS page gives Windows 7; but the porting guide sends Vista/7 MAC filtering to an NDIS lightweight filter. Modelled as Windows 8.',
  },
  portRangeTypo: {
    title: 'Dynamic port range typo on the ALE layers page',
    topic: 'doc typo',
    note: 'The ALE layers page gives the dynamic port range as "19152-65535"; the range is 49152-65535.',
  },
  redirectOnlyWindows7Typo: {
    title: 'Redirect layers "Windows 7 only"',
    topic: 'minimum OS',
    note: 'The TCP and UDP packet-flow pages mark the redirect layers "(Windows 7 / Windows Server 2008 R2 only)"; the redirection guide says Windows 7 and later.',
  },
  connectRedirectNameTypo: {
    title: 'Wrong identifier name in the redirection guide',
    topic: 'identifier',
    note: 'The redirection guide writes FWPM_LAYER_ALE_AUTH_CONNECT_REDIRECT_V4/V6; the identifier is FWPM_LAYER_ALE_CONNECT_REDIRECT_V4/V6.',
  },
  transportSendRemarkTypo: {
    title: 'Transport send page names the network send function',
    topic: 'injection',
    note: 'The FwpsInjectTransportSendAsync0 remarks say "calls the FwpsInjectNetworkSendAsync0 function"; the page is about transport send injection.',
  },
  outboundIcmpErrorReceivedTypo: {
    title: 'Outbound ICMP-error layer described as "received"',
    topic: 'description',
    note: 'The Win32 identifier page describes OUTBOUND_ICMP_ERROR as inspecting "received" ICMP error messages; it is the send path (the run-time identifier page says "sent").',
  },
  wdkConditionCopyTypos: {
    title: 'Typos in the WDK copy of the condition table',
    topic: 'conditions',
    note: QUOTED_CAVEAT_NOTES.wdkConditionCopyTypos,
  },
  icmpErrorV6MinOs: {
    title: 'Inbound ICMP-error V6 field page says Windows 7',
    topic: 'minimum OS',
    note: 'The FWPS_FIELDS page gives Windows 7 as the minimum for INBOUND_ICMP_ERROR_V6 but Vista for V4; the identifier pages list both layers from Vista.',
  },
  conditionNamingAcrossVersions: {
    title: 'Interface condition names changed between versions',
    topic: 'conditions',
    note: QUOTED_CAVEAT_NOTES.conditionNamingAcrossVersions,
  },
  packageFamilyNameVersion: {
    title: 'Minimum OS of the package family name condition',
    topic: 'minimum OS',
    note: QUOTED_CAVEAT_NOTES.packageFamilyNameVersion,
  },
  docAge: {
    title: 'Documentation versions read',
    topic: 'sources',
    note: 'The DDI pages were read at a 2024-03 snapshot; live pages may be newer (new flags, layers or conditions). The URLs follow the repository paths.',
  },
  seedAlignmentTypo: {
    title: 'Callout Driver Programming Considerations: "may be pointer-aligned"',
    topic: 'doc typo',
    note: 'Callout Driver Programming Considerations says an incoming packet\'s IP-header MDL "may be pointer-aligned"; read literally no rebuild would ever be needed. The intended word is almost certainly "may not be".',
  },
  garbledIpsecCheck: {
    title: 'How to detect IPsec protection at the transport layer',
    topic: 'IPsec detection',
    note: QUOTED_CAVEAT_NOTES.garbledIpsecCheck,
  },
  forwardAndIpsec: {
    title: 'The forward layer and detunneled IPsec traffic',
    topic: 'IPsec',
    note: 'The IPsec page calls forwarding layers incompatible, yet FwpsInjectTransportReceiveAsync0 tells callouts to intercept detunneled tunnel-mode traffic "at the transport layer or at a forward layer", and built-in IPsec forward-tunnel callouts exist. A gateway may see detunneled cleartext at the forward layer; the safe verdict stays incompatible.',
  },
  streamPacketIpsec: {
    title: 'IPsec status of the stream-packet layer',
    topic: 'IPsec',
    note: 'The IPsec page does not list stream-packet. A Microsoft docs author answered on GitHub that it "more closely resemble[s] DATAGRAM_DATA" and that "IPsec rules would be the same as Inbound / outbound transport"; the rest of the answer was not available. Treated like transport.',
  },
  aleIpsecNotListed: {
    title: 'ALE callouts are not listed as IPsec-compatible',
    topic: 'IPsec',
    note: 'The IPsec page never lists the ALE layers. Their status rests on the layer-requirements rule that transport and ALE callouts must sit in a sublayer weighted below FWPM_SUBLAYER_UNIVERSAL (where the built-in IPsec/ALE enforcement callouts are), and on the IPsec page telling transport callouts to also register at ALE receive-accept.',
  },
  icmpErrorIpsec: {
    title: 'IPsec status of the ICMP-error layers',
    topic: 'IPsec',
    note: 'The IPsec page does not cover the ICMP-error layers. They sit in transport processing, so the transport-layer rules are applied conservatively.',
  },
  redirectActionType: {
    title: 'Which filter action a redirect callout uses',
    topic: 'redirect',
    note: 'The callout-types page says a redirection callout\'s "filter action type should be FWP_ACTION_PERMIT", but a PERMIT filter never invokes a callout. WFPSampler uses FWP_ACTION_CALLOUT_UNKNOWN for redirect filters and the redirection guide has classifyFn return PERMIT; the sentence probably means the returned action.',
  },
  needMoreDataAction: {
    title: 'Which action goes with NEED_MORE_DATA',
    topic: 'stream',
    note: 'The stream-inspection page says to return FWP_ACTION_NONE when asking for more data; the deep-stream-inspection sample code returns FWP_ACTION_CONTINUE.',
  },
  flowEstablishedWording: {
    title: 'Block, or neither block nor permit, at flow-established',
    topic: 'blocking',
    note: 'Callout Driver Programming Considerations says a callout here must not return BLOCK except to close a connection after a security-relevant error; the Win32 ALE page says a filter here "should not return Block or Permit". Treat the layer as notification only, BLOCK as the exception path.',
  },
  inlineTcpInjectionScope: {
    title: 'Where TCP may not be injected inline',
    topic: 'injection',
    note: 'Callout Driver Programming Considerations forbids inline TCP injection from transport-layer classifyFn; the transport injection pages say TCP can be injected only out of band "at any transport layer or equivalent layer". What "equivalent" covers is unstated; reinjecting a TCP SYN clone after pending at receive-accept is a likely case.',
  },
  flowContextAtIpPacket: {
    title: 'No flow context at the IP packet layers',
    topic: 'flow context',
    note: 'The metadata table delivers FWPS_METADATA_FIELD_FLOW_HANDLE only at the transport, stream, datagram-data and stream-packet layers and at ALE auth connect, auth receive-accept and flow-established (with their discard layers) — not at the other ALE layers — so a flow context cannot reach the IP packet, forward, ICMP-error, MAC or vSwitch layers. A community report on a docs issue says the same for the IP packet layers.',
  },
  macVswitchIpsec: {
    title: 'IPsec at the MAC and vSwitch layers',
    topic: 'IPsec',
    note: "No Microsoft page covers IPsec at the MAC or vSwitch layers. They sit below IP, so a host's IPsec traffic is still encrypted there (outbound already encrypted, inbound not yet decrypted): payload work on it is treated as incompatible.",
  },
  portsAtForward: {
    title: 'No port or protocol conditions at IPFORWARD',
    topic: 'conditions',
    note: 'Neither condition table nor FWPS_FIELDS_IPFORWARD_V4 (2024-03 snapshot) has a port or protocol field at the forward layer; a port-based policy for routed traffic needs a callout that parses the headers. A recent build could differ.',
  },
  delayedReinjectionShaping: {
    title: 'Shaping by holding packets',
    topic: 'shaping',
    note: QUOTED_CAVEAT_NOTES.delayedReinjectionShaping,
  },
  firewallAndRoutedTraffic: {
    title: 'Do Windows Firewall rules apply to routed traffic?',
    topic: 'alternatives',
    note: QUOTED_CAVEAT_NOTES.firewallAndRoutedTraffic,
  },
  macUserModeFilters: {
    title: 'Plain filters or a callout at the MAC layers',
    topic: 'user-mode filters',
    note: 'The porting guide says "MAC_FRAME layer callout driver" for MAC-based filtering on Windows 8 and later, while the condition table, What\'s new ("allowing filtering of traffic at that layer") and WFPSampler\'s basic-action scenario support plain filters there. Plain filters are treated as workable.',
  },
  vistaSp1Features: {
    title: 'Vista RTM versus Vista SP1',
    topic: 'minimum OS',
    note: 'The minimum-OS answer "vista" cannot tell Vista RTM from SP1: FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED, FwpsConstructIpHeaderForTransportPacket0 and several flags (IS_LOOPBACK at connect, flow-established and stream; IS_RAW_ENDPOINT at transport and datagram-data) need SP1.',
  },
};
