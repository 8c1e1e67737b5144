/**
 * The words of every injection function (injection.ts, same id): what the NET_BUFFER_LIST must
 * start with, and the notes on using it. The facts, their paths, layers and sources are in
 * injection.ts; only the layer details show these words, so they load with them, not with the
 * first paint (issue 12). Pure data.
 */
import { CAVEAT_NOTES } from './caveat-notes';
import type { InjectionId } from './types';

export interface InjectionNote {
  /** What the NET_BUFFER_LIST must start with. */
  readonly bufferStartsWith: string;
  readonly notes: string;
}

export const INJECTION_NOTES: Readonly<Record<InjectionId, InjectionNote>> = {
  FwpsStreamInjectAsync0: {
    bufferStartsWith: 'Stream bytes only: an NBL chain with no IP or TCP header.',
    notes:
      'Only at the stream layer (layerId must be FWPS_LAYER_STREAM_V4/V6). It may be called from inside classifyFn, so the DPC rule for TCP does not apply. Injected data is not indicated to the same callout again, but lower-weight sublayers see it.',
  },
  FwpsInjectTransportSendAsync0: {
    bufferStartsWith:
      'The transport header (raw-socket datagrams and header-include sends: the IP header, retreated and restored).',
    notes: `Send path before the IP header is formed, so under IPsec the data is not yet encrypted or signed. Endpoint handle and FWPS_TRANSPORT_SEND_PARAMS come from the layer. TCP only out of band: queue a DPC. Raw sends take one NET_BUFFER per NBL. ${CAVEAT_NOTES.transportSendRemarkTypo.note}`,
  },
  FwpsInjectTransportSendAsync1: {
    bufferStartsWith: 'As FwpsInjectTransportSendAsync0.',
    notes:
      'The Windows 7 version of transport send injection (FWPS_TRANSPORT_SEND_PARAMS1). TCP only out of band.',
  },
  FwpsInjectTransportReceiveAsync0: {
    bufferStartsWith: 'The IP header (retreat the clone by the IP and transport header sizes).',
    notes:
      'Receive path. Not for inbound transport packets flagged ALE_CLASSIFY_REQUIRED. Recompute the IP checksum first (FwpsConstructIpHeaderForTransportPacket0, which also strips AH/ESP). The reinjected packet, and any packet built locally, bypasses IPsec verification. TCP only out of band. Cross-layer use is allowed: capture routed traffic at IP forward, rewrite it to a local address and inject it here.',
  },
  FwpsInjectNetworkSendAsync0: {
    bufferStartsWith: 'The IP header; the MDL holding it must be pointer-aligned.',
    notes:
      'Send path at the network layer (after IPsec). Rebuild the IP header of a received packet before sending it out: its MDL may not be aligned.',
  },
  FwpsInjectNetworkReceiveAsync0: {
    bufferStartsWith: 'The IP header.',
    notes:
      'Receive path at the network layer. Recompute the IP checksum before injecting: reassembled packets can carry a stale one.',
  },
  FwpsInjectForwardAsync0: {
    bufferStartsWith: 'The IP header; a fragment group must be reassembled into one NBL first.',
    notes: `Forwarding path. ${CAVEAT_NOTES.forwardInjectionWording.note}`,
  },
  FwpsInjectMacSendAsync0: {
    bufferStartsWith: 'The MAC header.',
    notes:
      'Needs an injection handle created with FWPS_INJECTION_TYPE_L2 and AF_UNSPEC. Inject only at a layer where the callout has a filter, otherwise behaviour is undefined.',
  },
  FwpsInjectMacReceiveAsync0: {
    bufferStartsWith:
      'The Ethernet header at the inbound Ethernet layer, the MAC header at the inbound native layer.',
    notes: `Needs an L2 injection handle. Recompute IP checksums before injecting into the receive path. ${CAVEAT_NOTES.inboundMacOffset.note}`,
  },
  FwpsInjectvSwitchEthernetIngressAsync0: {
    bufferStartsWith: 'The Ethernet header.',
    notes: `Reinjects an absorbed frame, or one built with FwpsAllocateNetBufferAndNetBufferList0, into the vSwitch ingress path (L2 injection handle). ${CAVEAT_NOTES.vswitchInjection.note}`,
  },
};
