/**
 * The words of every layer record (layers.ts, same id) that only the layer details, the "why not"
 * reasons and the exports show: what the layer sees and when it is called, where
 * NET_BUFFER_DATA.DataOffset points, and what blocking, injecting and pending mean there. The
 * facts these words state, with their sources, are the records in layers.ts (`sees`, `actions`,
 * `sourceIds`); the records the engine reads carry no prose, so the first paint loads none of
 * it (issue 12). Discard and internal layers are worded here like the others. Pure data.
 */
import type { LayerId } from './types';

export interface LayerNote {
  /** Plain words: what the layer sees and when it is called. */
  readonly sees: string;
  /** Where NET_BUFFER_DATA.DataOffset points (or what layerData is), per direction. */
  readonly dataStarts: string;
  /** Blocking rules. */
  readonly blocking: string;
  /** How to modify or inject here. */
  readonly injection: string;
  /** Pending here. */
  readonly pend: string;
}

/** Blocking, injecting and pending are the same at every discard layer: the traffic is already dropped. */
const AT_A_DISCARD_LAYER = {
  blocking:
    'The traffic is already dropped; this layer is for logging it (a block changes nothing documented).',
  injection:
    'Nothing to inject: the traffic was already dropped, and FWPS_CLASSIFY_OUT_FLAG_ABSORB is not valid at discard layers.',
  pend: 'Discard layers are for logging; there is nothing to hold.',
} as const;

export const LAYER_NOTES: Readonly<Record<LayerId, LayerNote>> = {
  ikeext: {
    sees: 'IKE and AuthIP look up main-mode policy here when negotiating main-mode security associations. Tunnel policy on a gateway covers forwarded traffic too.',
    dataStarts: 'Not applicable (user-mode layer).',
    blocking: 'Holds main-mode policy (provider contexts), not permit/block decisions on traffic.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  ipsec: {
    sees: 'The keying module looks up quick-mode policy here when negotiating quick-mode security associations (transport mode, and tunnel mode for gateways).',
    dataStarts: 'Not applicable (user-mode layer).',
    blocking:
      'Holds quick-mode policy (provider contexts); the built-in IPsec callouts at the transport layers enforce it.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  'ipsec-km-demux': {
    sees: 'Chooses which keying modules (IKE, AuthIP, third-party) are invoked when this system initiates a negotiation.',
    dataStarts: 'Not applicable (user-mode layer).',
    blocking: 'Selects keying modules; it makes no permit/block decision on traffic.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  'km-authorization': {
    sees: 'Authorizes the establishment of a security association: a filter can allow or deny an SA by remote identity, authentication type, keying module and mode.',
    dataStarts: 'Not applicable.',
    blocking:
      'A filter here allows or denies the establishment of a security association; it does not configure IPsec policy itself.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  'rpc-um': {
    sees: 'RPC calls arriving at an RPC server on this host, with the RPC fields available in user mode: interface UUID and version, opnum (recent builds), authentication level and type, protocol sequence, pipe, caller token, addresses.',
    dataStarts: 'Not applicable (user-mode layer).',
    blocking:
      'A filter permits or blocks RPC calls by interface, opnum, authentication level, caller and so on.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  'rpc-epmap': {
    sees: 'RPC endpoint-resolution requests to the endpoint mapper, with the RPC fields available in user mode.',
    dataStarts: 'Not applicable (user-mode layer).',
    blocking: 'A filter permits or blocks endpoint resolution for an RPC interface.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  'rpc-ep-add': {
    sees: 'A process registering a new RPC endpoint (protocol sequence, endpoint value and flags).',
    dataStarts: 'Not applicable (user-mode layer).',
    blocking: 'A filter permits or blocks adding an RPC endpoint.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  'rpc-proxy-conn': {
    sees: 'RpcProxy (RPC over HTTP) connection requests: client certificate, client token, proxy authentication type, target server and port.',
    dataStarts: 'Not applicable (user-mode layer).',
    blocking: 'A filter permits or blocks RpcProxy connections.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  'rpc-proxy-if': {
    sees: 'The RPC interface used over an RpcProxy connection, with the proxy-connection fields.',
    dataStarts: 'Not applicable (user-mode layer).',
    blocking: 'A filter permits or blocks an RPC interface over RpcProxy.',
    injection: 'No packets pass through this layer, so nothing can be injected.',
    pend: 'No kernel callouts run here; only filters added through the management API (FwpmFilterAdd0).',
  },
  'ale-bind-redirect': {
    sees: 'A bind on a TCP or UDP socket, before resource assignment. A callout can change the local address and/or port, which then applies to every connection on that socket.',
    dataStarts: 'layerData is a FWPS_BIND_REQUEST0, not a packet; no data offset.',
    blocking:
      'Redirect callouts return PERMIT. What a block does here is not documented; deny binds at ALE resource assignment.',
    injection:
      'No packet injection. Change the local address/port: FwpsAcquireClassifyHandle0 \u2192 FwpsAcquireWritableLayerDataPointer0 \u2192 edit FWPS_BIND_REQUEST0 \u2192 FwpsApplyModifiedLayerData0 (FwpsCalloutRegister1 or later, classifyFn1 or later).',
    pend: 'Can be made asynchronous with FwpsPendClassify0 / FwpsCompleteClassify0.',
  },
  'ale-resource-assignment': {
    sees: 'Explicit and implicit binds, port assignment, raw-socket creation and promiscuous-mode requests (SIO_RCVALL) \u2014 the only layer where promiscuous mode can be filtered. An implicit bind may show the local address as FWP_EMPTY.',
    dataStarts: 'No packet; no data offset.',
    blocking:
      'Blocking denies the bind, port assignment, raw socket or promiscuous mode. To block connections with a filter here, leave out the local-address condition: implicit binds can report it as FWP_EMPTY.',
    injection: 'No packet here, so nothing to modify or inject.',
    pend: 'A callout can pend the authorization with FwpsPendOperation0 and finish it with FwpsCompleteOperation0 (for example after asking a user-mode service). Only the initial authorization can be pended, never a reauthorization.',
  },
  'ale-resource-assignment-discard': {
    sees: 'Binds, port assignments, raw-socket and promiscuous-mode requests that were denied \u2014 for logging by callouts.',
    dataStarts: 'No packet; no data offset.',
    ...AT_A_DISCARD_LAYER,
  },
  'ale-auth-listen': {
    sees: 'TCP listen() requests, with the listening application and user. No packet.',
    dataStarts: 'No packet; no data offset.',
    blocking: 'Blocking denies the listen request.',
    injection: 'No packet here, so nothing to modify or inject.',
    pend: 'A callout can pend the authorization with FwpsPendOperation0 and finish it with FwpsCompleteOperation0 (for example after asking a user-mode service). Only the initial authorization can be pended, never a reauthorization.',
  },
  'ale-auth-listen-discard': {
    sees: 'Listen requests that were denied \u2014 for logging by callouts.',
    dataStarts: 'No packet; no data offset.',
    ...AT_A_DISCARD_LAYER,
  },
  'ale-connect-redirect': {
    sees: 'An outgoing connect (TCP, UDP, raw UDPv4 without header-include, raw ICMP) before it is authorized. A callout can change the remote address and port for the life of the connection, or hand it to a local proxy (Windows 8+: redirect handle, localRedirectTargetPID, redirect records).',
    dataStarts: 'layerData is a FWPS_CONNECT_REQUEST0, not a packet; no data offset.',
    blocking:
      'Redirect callouts return PERMIT; the local endpoint can only be changed at bind redirect. Permit or block a previously redirected connection at ALE auth connect.',
    injection:
      'No packet injection. Rewrite FWPS_CONNECT_REQUEST0 through FwpsAcquireClassifyHandle0 / FwpsAcquireWritableLayerDataPointer0 / FwpsApplyModifiedLayerData0; on Windows 8+ call FwpsQueryConnectionRedirectState0 first so a connection is not redirected twice or looped back to its own proxy.',
    pend: 'Can be made asynchronous with FwpsPendClassify0 / FwpsCompleteClassify0.',
  },
  'ale-auth-connect': {
    sees: 'Outgoing TCP connect() (no packet), the first UDP packet to each new remote address/port, and the first outgoing non-error ICMP per type/code/id. The flow that is authorized here passes without further ALE classifies; reauthorization happens on policy change, new interfaces or pend completion.',
    dataStarts: 'TCP: no packet. Non-TCP: the first packet, starting at the transport header.',
    blocking:
      'The main place to permit or deny outgoing connections; ALE stateful filtering then lets the rest of the flow through.',
    injection:
      'After pending, completing the operation triggers a reauthorization here; cloned non-TCP packets held meanwhile are reinjected with FwpsInjectTransportSendAsync0/1.',
    pend: 'A callout can pend the authorization with FwpsPendOperation0 and finish it with FwpsCompleteOperation0 (for example after asking a user-mode service). Only the initial authorization can be pended, never a reauthorization. Completion triggers a reauthorization classify that the callout must answer from its own state.',
  },
  'ale-auth-connect-discard': {
    sees: 'Outgoing connections and first non-TCP packets that were denied \u2014 for logging by callouts.',
    dataStarts: 'TCP: no packet. Non-TCP: the first packet, starting at the transport header.',
    ...AT_A_DISCARD_LAYER,
  },
  'outbound-network-connection-policy': {
    sees: 'Outgoing connections whose routing policy (source address, next-hop interface, next hop) can be read or set; from user mode with FwpmConnectionPolicyAdd0. The first matching policy by weight applies.',
    dataStarts: 'Not documented.',
    blocking:
      'A routing-policy layer: policies choose the source address or next hop; no permit/block decision is documented.',
    injection: 'Routing-policy settings only; no packet injection.',
    pend: 'Callout semantics (including pending) are not documented.',
  },
  'ale-auth-recv-accept': {
    sees: 'Incoming TCP connections (the SYN), the first UDP packet from each new remote tuple, and the first incoming non-error ICMP per type/code/id. Classified after inbound transport; IPsec-deferred first packets are handled here.',
    dataStarts:
      'Inbound: start of data after the transport header (ICMP sockets: the ICMP header). Outbound (reauthorization): start of the transport header.',
    blocking:
      'The main place to permit or deny incoming connections and incoming non-TCP flows (block-all filters go here).',
    injection:
      'A pended receive-accept is finished by reinjecting the cloned packet with FwpsInjectTransportReceiveAsync0 (rebuild the IP header first: AH/ESP stays in it); permitting the self-injected clone authorizes the connection.',
    pend: 'FwpsPendOperation0 plus a clone of the packet; complete with FwpsCompleteOperation0 and reinject the clone. Completion does not trigger a reauthorization here.',
  },
  'ale-auth-recv-accept-discard': {
    sees: 'Incoming connections and first non-TCP packets that were denied \u2014 for logging by callouts.',
    dataStarts:
      'Inbound: start of data after the transport header (ICMP sockets: the ICMP header). Outbound (reauthorization): start of the transport header.',
    ...AT_A_DISCARD_LAYER,
  },
  'ale-flow-established': {
    sees: 'A flow that has just been authorized: for TCP after the three-way handshake (the final ACK), for non-TCP right after the connect or receive-accept decision. The place to associate a flow context and start per-flow logging; FWPM_CONDITION_DIRECTION is the connection direction.',
    dataStarts:
      'Inbound: start of data after the transport header. Outbound: start of the transport header.',
    blocking:
      'Do not block here: authorize or deny at the other ALE layers. The only valid reason for a callout to return BLOCK is to close an established connection after an error that would otherwise be a security risk.',
    injection:
      'Nothing to inject. Associate a flow context (FwpsFlowAssociateContext0) that stream, datagram-data, stream-packet and transport callouts then read.',
    pend: 'Asynchronous processing is not supported at this layer.',
  },
  'ale-flow-established-discard': {
    sees: 'Established connections and authorized non-TCP flows discarded at the flow-established layer \u2014 for logging.',
    dataStarts:
      'Inbound: start of data after the transport header. Outbound: start of the transport header.',
    ...AT_A_DISCARD_LAYER,
  },
  'ale-endpoint-closure': {
    sees: 'A connected TCP flow or a UDP socket endpoint closing (for TCP, one per auth-connect or receive-accept indication) \u2014 the chance to reclaim what a callout allocated at those layers. TCP/UDP termination itself is not indicated at any layer.',
    dataStarts: 'No packet; no data offset.',
    blocking: 'A cleanup point, not a permit/block decision.',
    injection:
      'Nothing to inject here; pending lets a callout reinject packets it still holds before the endpoint shuts down.',
    pend: 'Can pend with FwpsPendClassify0 / FwpsCompleteClassify0.',
  },
  'ale-resource-release': {
    sees: 'Resources from a resource assignment being freed: one release per assignment, matched by the transport endpoint handle.',
    dataStarts: 'No packet; no data offset.',
    blocking: 'A cleanup point for resources allocated at resource assignment, not a decision.',
    injection: 'Nothing to inject.',
    pend: 'Pending is not described for this layer.',
  },
  'name-resolution-cache': {
    sees: 'Lets a callout query names recently resolved by the system (peer name and remote address).',
    dataStarts: 'No packet; no data offset.',
    blocking: 'What a block does here is not documented.',
    injection: 'Nothing to inject.',
    pend: 'Pending is not described for this layer.',
  },
  stream: {
    sees: 'The reassembled, in-order TCP byte stream of a connection, both directions (FWPM_CONDITION_DIRECTION). A callout can ask for more data (up to 8 MB buffered), permit or block byte ranges and insert data; from Windows 7 it can attach mid-stream.',
    dataStarts:
      'layerData is FWPS_STREAM_CALLOUT_IO_PACKET0 \u2192 FWPS_STREAM_DATA0 \u2192 NBL chain; the data starts at the stream bytes, with no IP or TCP header.',
    blocking:
      'Blocked bytes are removed from the stream ("waterfall": a lower callout sees only what higher ones permitted). FWPS_RIGHT_ACTION_WRITE has no meaning here.',
    injection:
      'Inline: permit n bytes, block the bytes to replace and insert new data with FwpsStreamInjectAsync0, which may be called from classifyFn. Out of band: FwpsCloneStreamData0, block everything, inject later.',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC. Inbound data can also be held with FWPS_STREAM_ACTION_DEFER and released with FwpsStreamContinue0 (inbound throttling).',
  },
  'stream-discard': {
    sees: 'Discarded stream data (per the Win32 page; the WDK pages say "reserved for future use").',
    dataStarts:
      'layerData is FWPS_STREAM_CALLOUT_IO_PACKET0 \u2192 FWPS_STREAM_DATA0 \u2192 NBL chain; the data starts at the stream bytes, with no IP or TCP header.',
    ...AT_A_DISCARD_LAYER,
  },
  'datagram-data': {
    sees: 'Each datagram of UDP and other non-TCP traffic, including non-error ICMP, both directions (FWPM_CONDITION_DIRECTION is the packet direction).',
    dataStarts:
      'Inbound: start of data after the transport header (ICMP sockets: the ICMP header). Outbound: start of the transport header.',
    blocking: 'Blocking drops the datagram.',
    injection:
      'Clone, modify, then inject: inbound with FwpsInjectTransportReceiveAsync0 (retreat the clone to the IP header; FwpsConstructIpHeaderForTransportPacket0 fixes the checksums and strips AH/ESP), outbound with FwpsInjectTransportSendAsync0/1 (raw-socket datagrams must start at the IP header).',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC.',
  },
  'datagram-data-discard': {
    sees: 'Datagrams that were discarded.',
    dataStarts:
      'Inbound: start of data after the transport header (ICMP sockets: the ICMP header). Outbound: start of the transport header.',
    ...AT_A_DISCARD_LAYER,
  },
  'stream-packet': {
    sees: 'Every TCP packet of a connection, including the handshake and flow-control exchanges, both directions (FWPM_CONDITION_DIRECTION is the packet direction).',
    dataStarts: 'Inbound: start of data. Outbound: start of the transport header.',
    blocking: 'Whether a block here is allowed, and what it does, is not documented.',
    injection:
      'No injection function is documented for this layer (WFPSampler uses transport injection handles for it); modify TCP segments at the transport layers instead.',
    pend: 'Not documented.',
  },
  'outbound-icmp-error': {
    sees: 'ICMP error messages this host is about to send (for example port unreachable for UDP with no listener), classified before outbound transport.',
    dataStarts: 'Start of the ICMP header.',
    blocking:
      'Blocking suppresses the error before it is sent \u2014 e.g. block ICMP Destination Unreachable to stop UDP port scans (IPv4 type 3; ICMPv6 type 1).',
    injection: 'Clone, modify and inject with FwpsInjectTransportSendAsync0/1.',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC.',
  },
  'outbound-icmp-error-discard': {
    sees: 'Outgoing ICMP error messages that were discarded.',
    dataStarts: 'Start of the ICMP header.',
    ...AT_A_DISCARD_LAYER,
  },
  'inbound-icmp-error': {
    sees: 'Received ICMP error messages for the transport protocol, with conditions on the embedded (original) packet. ICMP errors never reach the ALE layers.',
    dataStarts: 'Start of the embedded (inner) IP header.',
    blocking: 'Blocking drops the received ICMP error before the transport acts on it.',
    injection:
      'Clone, modify and inject with FwpsInjectTransportReceiveAsync0 (buffer must start at the IP header; recompute checksums).',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC.',
  },
  'inbound-icmp-error-discard': {
    sees: 'Received ICMP error messages that were discarded.',
    dataStarts: 'Start of the embedded (inner) IP header.',
    ...AT_A_DISCARD_LAYER,
  },
  'outbound-transport': {
    sees: 'Every packet sent by this host, just after it is handed to the network layer. It sits at the top of the network layer, so packets from third-party transports and raw sends are seen too; outgoing ICMP errors pass here after the outbound ICMP-error layer. IPsec has not been applied yet.',
    dataStarts: 'Start of the transport header (the IP header does not exist yet).',
    blocking: 'Blocking drops the packet.',
    injection:
      'Clone, modify and inject with FwpsInjectTransportSendAsync0/1, using the endpoint handle and send parameters from this layer. TCP packets can only be injected out of band (queue a DPC), never inline from classifyFn.',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC.',
  },
  'outbound-transport-discard': {
    sees: 'Sent packets discarded at the transport layer.',
    dataStarts: 'Start of the transport header (the IP header does not exist yet).',
    ...AT_A_DISCARD_LAYER,
  },
  'inbound-transport': {
    sees: 'Every received packet for this host right after its transport header is parsed, before transport processing: stand-alone or fully reassembled, IPsec already verified/decrypted. Packets that start a connection are then authorized at receive-accept.',
    dataStarts:
      'Start of data after the transport header (ICMP sockets: the ICMP header); the transport and IP headers can be reached by retreating by the header sizes in the metadata.',
    blocking:
      'Blocking drops the packet. Packets flagged FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED must be permitted here and decided at ALE receive-accept.',
    injection:
      'Clone, modify and inject with FwpsInjectTransportReceiveAsync0 (buffer starts at the IP header; recompute checksums), and only for packets without ALE_CLASSIFY_REQUIRED. TCP only out of band (queue a DPC).',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC. Never for packets that still need ALE classification: pending them interferes with flow creation.',
  },
  'inbound-transport-discard': {
    sees: 'Received packets discarded at the transport layer \u2014 including a TCP SYN with no listener, which the stack would answer with a RST.',
    dataStarts:
      'Start of data after the transport header (ICMP sockets: the ICMP header); the transport and IP headers can be reached by retreating by the header sizes in the metadata.',
    blocking:
      'Blocking a SYN with no listener here stops the stack from sending a TCP RST (stealth). The built-in FWPM_CALLOUT_WFP_TRANSPORT_LAYER_V4/V6_SILENT_DROP callout does this from a user-mode filter.',
    injection:
      'Nothing to inject: the traffic was already dropped, and FWPS_CLASSIFY_OUT_FLAG_ABSORB is not valid at discard layers.',
    pend: 'Discard layers are for logging; there is nothing to hold.',
  },
  'outbound-ippacket': {
    sees: 'Every IP packet this host sends, just before fragmentation: the IP header is complete and IPsec has already been applied. Outgoing fragments are not indicated.',
    dataStarts: 'Start of the IP header.',
    blocking:
      'Blocking drops the packet; a plain filter can match only addresses, interfaces and flags (no port or protocol condition).',
    injection:
      'Clone, modify and inject with FwpsInjectNetworkSendAsync0 (buffer starts at the IP header, whose MDL must be pointer-aligned; recompute the IPv4 header checksum).',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC.',
  },
  'outbound-ippacket-discard': {
    sees: 'Sent packets discarded at the network layer.',
    dataStarts: 'Where the stack stopped processing the packet.',
    ...AT_A_DISCARD_LAYER,
  },
  'inbound-ippacket': {
    sees: 'Every IP packet received for this host, right after the IP header is parsed and before IPsec decryption or reassembly. Fragments are indicated three times: as a packet, as a fragment (FWP_CONDITION_FLAG_IS_FRAGMENT) and reassembled.',
    dataStarts:
      'Start of the transport header (after the IP header; ipHeaderSize is in the metadata).',
    blocking:
      'Blocking drops the packet; a plain filter can match only addresses, interfaces and flags (no port or protocol condition). Match IS_FRAGMENT with FWP_MATCH_FLAGS_NONE_SET to skip fragment indications.',
    injection:
      'Clone, modify and inject with FwpsInjectNetworkReceiveAsync0 (buffer starts at the IP header; recompute the IP checksum: reassembled packets can carry a stale one).',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC.',
  },
  'inbound-ippacket-discard': {
    sees: 'Received packets discarded at the network layer \u2014 including UDP with no endpoint, which the stack would answer with an ICMP error.',
    dataStarts: 'Where the stack stopped processing the packet.',
    blocking:
      'Blocking UDP with no endpoint here stops the stack from sending the ICMP error (it cannot pick out only those discards, and matches no port).',
    injection:
      'Nothing to inject: the traffic was already dropped, and FWPS_CLASSIFY_OUT_FLAG_ABSORB is not valid at discard layers.',
    pend: 'Discard layers are for logging; there is nothing to hold.',
  },
  ipforward: {
    sees: 'Packets routed through this host (not from or to a local address, or leaving by another interface than the one owning the address) \u2014 only when IP forwarding is enabled, which it is not by default. With fragment grouping on, fragments also arrive as a fragment group (an NBL chain).',
    dataStarts: 'Start of the IP header.',
    blocking:
      'Blocking drops the routed packet; a plain filter matches source/destination addresses, interfaces and flags only (no port or protocol condition).',
    injection:
      'Clone, modify and inject with FwpsInjectForwardAsync0 (buffer starts at the IP header; reassemble a fragment group into one NBL first). A forward-injected packet is not indicated to the forward layer again. Cross-layer: rewrite to a local address and inject with FwpsInjectTransportReceiveAsync0 to hand routed traffic to the local stack.',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC.',
  },
  'ipforward-discard': {
    sees: 'Forwarded packets discarded at the forward layer.',
    dataStarts: 'Start of the IP header.',
    ...AT_A_DISCARD_LAYER,
  },
  'outbound-mac-frame-ethernet': {
    sees: "Every frame the host sends, after framing and before the MAC (802.3) layer, after fragmentation; reached through WFP's own NDIS lightweight filter.",
    dataStarts: 'Start of the MAC header.',
    blocking:
      'Blocking drops the frame; plain filters can match MAC addresses, EtherType and VLAN here.',
    injection:
      'Inject with FwpsInjectMacSendAsync0 (L2 injection handle, buffer starts at the MAC header); have a filter at the layer you inject into.',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC. Not with FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY, which forbids cloning and referencing.',
  },
  'inbound-mac-frame-ethernet': {
    sees: 'Every frame the host receives, after MAC (802.3) processing \u2014 the layer after native where every frame looks like Ethernet \u2014 before reassembly.',
    dataStarts:
      'Start of the IP header per the data-offset page; the MAC header size is in the L2 metadata.',
    blocking:
      'Blocking drops the frame; plain filters can match MAC addresses, EtherType and VLAN here.',
    injection:
      'Inject with FwpsInjectMacReceiveAsync0 (L2 injection handle); at this layer the buffer must begin with the Ethernet header. Recompute the IP checksum before injecting into the receive path.',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC. Not with FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY, which forbids cloning and referencing.',
  },
  'outbound-mac-frame-native': {
    sees: 'The lowest outbound layer: every frame in its native media format (e.g. native 802.11) just before the miniport.',
    dataStarts: 'Start of the MAC header.',
    blocking:
      'Blocking drops the frame; plain filters can match only media type, interface, NDIS port and L2 flags here (no MAC, EtherType or VLAN condition).',
    injection:
      'Inject with FwpsInjectMacSendAsync0 (L2 injection handle, buffer starts at the MAC header); have a filter at the layer you inject into.',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC. Not with FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY.',
  },
  'inbound-mac-frame-native': {
    sees: 'The first layer after the miniport hands a frame to NDIS, in native media format.',
    dataStarts: 'Start of the MAC header.',
    blocking:
      'Blocking drops the frame; plain filters can match only media type, interface, NDIS port and L2 flags here (no MAC, EtherType or VLAN condition).',
    injection:
      'Inject with FwpsInjectMacReceiveAsync0 (L2 injection handle, buffer starts at the MAC header). Recompute the IP checksum before injecting into the receive path.',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC. Not with FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY.',
  },
  'ingress-vswitch-ethernet': {
    sees: 'Every frame entering the Hyper-V extensible switch from its source port, right after the MAC header is parsed: traffic a VM sends, and traffic arriving for a VM from the external adapter, the host or another VM (every frame passes ingress, then egress). The destination port and VM are not known yet. Reached through the in-box WFP switch extension.',
    dataStarts: 'Start of the Ethernet header.',
    blocking:
      'Blocking drops the frame. Do not filter traffic from port 0 (trusted); match on NIC id rather than MAC address.',
    injection:
      'Reinject an absorbed frame, or one built with FwpsAllocateNetBufferAndNetBufferList0, with FwpsInjectvSwitchEthernetIngressAsync0 (L2 injection handle).',
    pend: 'Out of band: return BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB, keep a clone or a reference, and reinject (or drop) later from a worker or DPC.',
  },
  'ingress-vswitch-transport': {
    sees: 'IP traffic entering the switch from its source port (whichever VM it is for), with IP address, protocol and port conditions. Bypassed when the switch port is in PVLAN or trunk mode; if IPv4 is uninstalled on the host, filters here cause drops.',
    dataStarts: 'Start of the IP header.',
    blocking: 'Blocking drops the packet. Do not filter traffic from port 0 (trusted).',
    injection: 'No injection is documented for the vSwitch transport layers.',
    pend: 'Not documented (no injection function to release held packets).',
  },
  'egress-vswitch-ethernet': {
    sees: 'Every frame leaving the switch to its destination port, after ingress and forwarding: traffic a VM receives, and traffic a VM sent on its way out, with the destination port and VM known (FWPM_CONDITION_VSWITCH_DESTINATION_VM_ID).',
    dataStarts: 'Start of the Ethernet header.',
    blocking: 'Blocking drops the frame. Do not filter traffic from port 0 (trusted).',
    injection: 'No egress injection function is documented.',
    pend: 'Not documented (no egress injection function to release held frames).',
  },
  'egress-vswitch-transport': {
    sees: 'IP traffic leaving the switch toward a port, with IP, protocol, port and destination conditions. Bypassed for PVLAN or trunk ports.',
    dataStarts: 'Start of the IP header.',
    blocking: 'Blocking drops the packet. Do not filter traffic from port 0 (trusted).',
    injection: 'No injection is documented for the vSwitch transport layers.',
    pend: 'Not documented.',
  },
  'outbound-transport-fast': {
    sees: 'Microsoft-internal layer; Microsoft advises against using it.',
    dataStarts: 'Not documented.',
    blocking: 'Do not use: static filters at this layer fail when added.',
    injection: 'Do not use.',
    pend: 'Do not use.',
  },
  'inbound-transport-fast': {
    sees: 'Microsoft-internal layer; Microsoft advises against using it.',
    dataStarts: 'Not documented.',
    blocking: 'Do not use: static filters at this layer fail when added.',
    injection: 'Do not use.',
    pend: 'Do not use.',
  },
  'outbound-mac-frame-native-fast': {
    sees: 'Microsoft-internal layer; Microsoft advises against using it.',
    dataStarts: 'Not documented.',
    blocking: 'Do not use: static filters at this layer fail when added.',
    injection: 'Do not use.',
    pend: 'Do not use.',
  },
  'inbound-mac-frame-native-fast': {
    sees: 'Microsoft-internal layer; Microsoft advises against using it.',
    dataStarts: 'Not documented.',
    blocking: 'Do not use: static filters at this layer fail when added.',
    injection: 'Do not use.',
    pend: 'Do not use.',
  },
};
