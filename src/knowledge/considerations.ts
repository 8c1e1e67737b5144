/**
 * The seven considerations of Microsoft's "Callout driver programming considerations" (the seed,
 * DESIGN §1, rules.md §1), in our words in English (the Japanese words, following the seed's wording,
 * are in src/i18n/ja/knowledge-notes.ts). The engine decides when each applies. Pure data.
 */
import { CAVEATS } from './caveats';
import type { Consideration } from './types';

/** The seed's considerations, in the seed's order. */
export const CONSIDERATIONS: readonly Consideration[] = [
  {
    id: 'user-mode-first',
    title: 'User mode vs. kernel mode',
    text: 'If the filtering built into the Windows Filtering Platform can do the job, write a user-mode management application that configures the filter engine instead of a kernel-mode callout driver. Write a callout driver only when network data must be processed in ways the built-in filtering cannot handle.',
    appliesWhen:
      'Every design, first: built-in filters (FwpmFilterAdd0 with permit/block and the conditions of the layer), built-in callouts, firewall rules and auditing come before any driver.',
    caveats: [],
    sourceIds: ['wdk-pc', 'w32-arch', 'wdk-port', 'wdk-roadmap'],
  },
  {
    id: 'highest-layer',
    title: 'Choice of filtering layer',
    text: 'A callout driver should filter network data at the highest filtering layer in the stack that can do the job: if the stream layer can handle the task, do not implement it at the network layer. The IPsec-compatibility page says which layers keep a callout compatible with IPsec.',
    appliesWhen:
      'Every callout and every filter: prefer ALE, then stream/datagram-data, then transport, then IP packet/forward, then MAC.',
    caveats: [],
    sourceIds: ['wdk-pc', 'w32-bp', 'wdk-ipsec'],
  },
  {
    id: 'no-block-at-flow-established',
    title: 'Blocking at the ALE flow-established layers',
    text: 'A callout added at the ALE flow-established layer (FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4/V6) should normally not return FWP_ACTION_BLOCK: whether a connection is authorized or rejected is decided at the other ALE layers. The only valid reason to return BLOCK is an error that would leave a security risk if the established connection stayed open; BLOCK then closes the connection.',
    appliesWhen:
      'Whenever the design uses the flow-established layer, or flow-established was ruled out for blocking: authorize at resource assignment, auth listen, auth connect or auth receive-accept instead.',
    caveats: [CAVEATS.flowEstablishedWording.caveat],
    sourceIds: ['wdk-pc', 'w32-alelayers', 'wdk-async'],
  },
  {
    id: 'classify-at-dispatch',
    title: 'Callout function execution time',
    text: "The filter engine usually calls a callout's functions at IRQL = DISPATCH_LEVEL, so they must finish as quickly as possible to keep the system running well; long execution at DISPATCH_LEVEL hurts the performance of the whole system.",
    appliesWhen:
      'Every kernel callout (classifyFn, notifyFn, flowDeleteFn). Move slow work out: pend (FwpsPendOperation0 / FwpsPendClassify0), absorb and reinject later, or defer stream data.',
    caveats: [],
    sourceIds: ['wdk-pc', 'ddi-classify', 'ddi-pendop'],
  },
  {
    id: 'receive-injection-checksum',
    title: 'Injecting into the receive data path',
    text: 'Before calling a packet injection function that injects into the receive data path, a callout must recalculate the IP checksum: a packet reassembled from IP fragments does not carry the correct checksum of the original packet, and there is no reliable way to tell whether a net buffer list was reassembled from fragments.',
    appliesWhen:
      'Whenever the design injects into the receive path (FwpsInjectTransportReceiveAsync0, FwpsInjectNetworkReceiveAsync0, MAC receive injection), including reinjecting a clone after pending at auth receive-accept.',
    caveats: [],
    sourceIds: ['wdk-pc', 'wdk-inj', 'ddi-trecv', 'ddi-construct', 'wdk-modex'],
  },
  {
    id: 'tcp-injection-needs-dpc',
    title: 'Inline injection of TCP packets from transport layers',
    text: 'Because of the TCP stack\'s locking behaviour, a callout at a transport layer cannot inject a new or cloned TCP packet from its classifyFn. For "inline" injection, the callout must queue a DPC that performs the injection.',
    appliesWhen:
      'When TCP packets are modified or injected at a transport layer (FwpsInjectTransportSendAsync*/ReceiveAsync0); not for stream injection, which may run inside classifyFn.',
    caveats: [CAVEATS.inlineTcpInjectionScope.caveat],
    sourceIds: ['wdk-pc', 'ddi-trecv', 'ddi-tsend', 'wdk-modex', 'ddi-streaminj'],
  },
  {
    id: 'outbound-header-alignment',
    title: 'Outgoing IP header alignment',
    text: 'When a packet injection function injects into an outgoing data path, the MDL that describes the IP header (NET_BUFFER_CURRENT_MDL(NET_BUFFER_LIST_FIRST_NB(netBufferList))) must be pointer-aligned. The IP-header MDL of an incoming packet may not be aligned, so a callout that injects an incoming packet into an outgoing path must rebuild the IP header when it is not.',
    appliesWhen:
      'When the design injects into a send path with the IP header in the buffer: network or forward injection, raw header-include sends through transport send injection, or a received packet sent back out (turnaround).',
    caveats: [CAVEATS.seedAlignmentTypo.caveat],
    sourceIds: ['wdk-pc', 'wdk-inj', 'ddi-netinject'],
  },
];
