/**
 * The rules an IPsec-`conditional` callout must follow (rules.md §2.2, §2.5; expert-notes P2).
 * Layers point here from `ipsec.conditions`. Pure data.
 */
import { QUOTED_CAVEAT_NOTES } from './caveat-notes-quoted';
import type { IpsecCondition } from './types';

/** Every rule a conditionally IPsec-compatible callout has to keep. */
export const IPSEC_CONDITIONS: readonly IpsecCondition[] = [
  {
    id: 'register-at-recv-accept',
    text: 'Register the callout at ALE auth receive-accept (FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4/V6) as well as at the transport layer: packets that create a connection, and reauthorizations, are processed by IPsec only once they reach ALE.',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-layerreq'],
  },
  {
    id: 'sublayer-below-universal',
    text: "Put the callout's filters in a sublayer weighted below FWPM_SUBLAYER_UNIVERSAL (check weights with FwpmSubLayerEnum0): the built-in IPsec/ALE enforcement callouts live in the universal sublayer and must see inbound packets first.",
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-ipsec', 'w32-sublayers', 'ddi-trecv', 'smp-inspect'],
  },
  {
    id: 'permit-ale-classify-required',
    text: 'Permit, and do not process or pend, inbound transport packets flagged FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED (Vista SP1+; it replaced the flag FWP_CONDITION_FLAG_REQUIRES_ALE_CLASSIFY); handle them at ALE receive-accept.',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-layerreq', 'wdk-async', 'wdk-metadata-ids'],
  },
  {
    id: 'skip-undetunneled-tunnel',
    text: 'Let tunnel-mode packets that are not yet detunneled through (FwpsGetPacketListSecurityInformation0 with QUERY_IPSEC | QUERY_INBOUND; if isTunnelMode && !isDeTunneled, PERMIT) and intercept the inner packet after detunneling.',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'ddi-trecv', 'ddi-ipsecinfo'],
  },
  {
    id: 'rebuild-ip-header-before-reinjection',
    text: "Before receive-injecting a decrypted/verified packet, rebuild its IP header: the AH/ESP header stays in it. Clone and call FwpsConstructIpHeaderForTransportPacket0 with headerIncludeHeaderSize = the clone's IP header size (it strips AH/ESP and IPv6 extension headers, keeps IPv4 options, fixes checksums).",
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'ddi-construct', 'smp-inspect', 'wdk-modex'],
  },
  {
    id: 'detect-ipsec-correctly',
    text: `Detect IPsec protection the right way: at ALE receive-accept test FWP_CONDITION_FLAG_IS_IPSEC_SECURED; at the transport layers call FwpsGetPacketListSecurityInformation0 and read the inbound IPsec information (isSecure, isTransportMode, isTunnelMode, isDeTunneled). ${QUOTED_CAVEAT_NOTES.garbledIpsecCheck}`,
    confidence: 'inferred',
    sourceIds: ['wdk-ipsec', 'ddi-ipsecinfo', 'w32-flags'],
  },
  {
    id: 'esp-length-from-net-buffer',
    text: 'Decrypted ESP packets are indicated truncated to exclude the ESP trailer: take the length from NET_BUFFER_DATA_LENGTH, never from the sum of the MDL byte counts.',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-fmt'],
  },
];
