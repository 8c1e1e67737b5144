/**
 * Facts the documentation leaves open, contradicts or mistypes (layers.md §6, rules.md §7): what
 * kind of gap each is, how sure the data is and the sources that show it. Layer, condition and
 * injection records attach these very objects as caveats, and `OPEN_QUESTIONS` (open-questions.ts)
 * lists them with the layers that carry them. Each is worded once, by the same key, in
 * caveat-notes.ts (title, topic, note): only the layer details, the open questions and the
 * exports show those words, so the records the engine reads carry none of them (issue 12: the
 * first paint loads no prose it does not show). Pure data.
 */
import type { Caveat, Confidence, SourceId } from './types';

/** A caveat with the id it has in the list of open questions (its words: caveat-notes.ts). */
export interface NamedCaveat {
  readonly id: string;
  readonly caveat: Caveat;
}

interface NamedArgs {
  readonly id: string;
  readonly kind: Caveat['kind'];
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
}

function named({ id, kind, confidence, sourceIds }: NamedArgs): NamedCaveat {
  return { id, caveat: { id, kind, confidence, sourceIds } };
}

/** Every open question, keyed for use in the records. */
export const CAVEATS = {
  streamDiscard: named({
    id: 'stream-discard-semantics',
    kind: 'conflict',
    confidence: 'inferred',
    sourceIds: ['wdk-mgmtlayers', 'wdk-rtlayers', 'w32-layers', 'wdk-offsets'],
  }),
  aleDiscardCoverage: named({
    id: 'ale-discard-coverage',
    kind: 'conflict',
    confidence: 'documented',
    sourceIds: ['w32-alelayers', 'w32-layers', 'wdk-mgmtlayers', 'wdk-rtlayers'],
  }),
  inboundMacOffset: named({
    id: 'inbound-mac-ethernet-offset',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['wdk-offsets', 'ddi-macinject', 'wdk-l2-metadata', 'ddi-metadata-values'],
  }),
  vswitchInjection: named({
    id: 'vswitch-injection',
    kind: 'gap',
    confidence: 'documented',
    sourceIds: ['ddi-vswinject', 'wdk-vsw'],
  }),
  streamPacketCapabilities: named({
    id: 'stream-packet-capabilities',
    kind: 'gap',
    confidence: 'sample',
    sourceIds: ['wdk-rtlayers', 'wdk-offsets', 'smp-injectiondata'],
  }),
  networkConnectionPolicy: named({
    id: 'network-connection-policy',
    kind: 'gap',
    confidence: 'documented',
    sourceIds: ['w32-layers', 'w32-cond', 'api-connpolicy', 'ddi-fields-netpolicy'],
  }),
  undocumentedLayers: named({
    id: 'layers-only-in-headers',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['w32-layers'],
  }),
  kmAuthorizationMode: named({
    id: 'km-authorization-mode',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['w32-layers', 'wdk-rtlayers'],
  }),
  fastLayers: named({
    id: 'fast-layers',
    kind: 'gap',
    confidence: 'documented',
    sourceIds: ['w32-layers'],
  }),
  icmpTypeInPortFields: named({
    id: 'icmp-type-in-port-fields',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: [
      'w32-cond',
      'ddi-fields',
      'ddi-fields-connect',
      'ddi-fields-transport',
      'ddi-fields-datagram',
    ],
  }),
  blockAtNonDecisionLayers: named({
    id: 'block-at-non-decision-layers',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['w32-alelayers', 'wdk-redir', 'wdk-endpoint'],
  }),
  pendOperationLayers: named({
    id: 'pend-operation-layers',
    kind: 'conflict',
    confidence: 'sample',
    sourceIds: ['ddi-pendop', 'wdk-types', 'wdk-async', 'ddi-compop', 'smp-inspect'],
  }),
  forwardInjectionWording: named({
    id: 'forward-injection-wording',
    kind: 'conflict',
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'ddi-fwd'],
  }),
  metadataTableGaps: named({
    id: 'metadata-table-gaps',
    kind: 'gap',
    confidence: 'documented',
    sourceIds: ['wdk-metadata', 'wdk-metadata-ids', 'wdk-w8'],
  }),
  macLayersWindows7: named({
    id: 'mac-layers-windows-7',
    kind: 'conflict',
    confidence: 'documented',
    sourceIds: ['wdk-mgmtlayers', 'wdk-offsets', 'wdk-w8', 'wdk-w7', 'ddi-fields-mac', 'wdk-port'],
  }),
  portRangeTypo: named({
    id: 'doc-typo-port-range',
    kind: 'doc-typo',
    confidence: 'documented',
    sourceIds: ['w32-alelayers'],
  }),
  redirectOnlyWindows7Typo: named({
    id: 'doc-typo-redirect-windows-7-only',
    kind: 'doc-typo',
    confidence: 'documented',
    sourceIds: ['w32-tcpflow', 'w32-udpflow', 'wdk-redir'],
  }),
  connectRedirectNameTypo: named({
    id: 'doc-typo-connect-redirect-name',
    kind: 'doc-typo',
    confidence: 'documented',
    sourceIds: ['wdk-redir', 'w32-layers'],
  }),
  transportSendRemarkTypo: named({
    id: 'doc-typo-transport-send-remark',
    kind: 'doc-typo',
    confidence: 'documented',
    sourceIds: ['ddi-tsend'],
  }),
  outboundIcmpErrorReceivedTypo: named({
    id: 'doc-typo-outbound-icmp-error',
    kind: 'doc-typo',
    confidence: 'documented',
    sourceIds: ['w32-layers', 'wdk-rtlayers'],
  }),
  wdkConditionCopyTypos: named({
    id: 'doc-typo-wdk-condition-copy',
    kind: 'doc-typo',
    confidence: 'documented',
    sourceIds: ['wdk-cond', 'w32-cond'],
  }),
  icmpErrorV6MinOs: named({
    id: 'doc-typo-icmp-error-v6-min-os',
    kind: 'doc-typo',
    confidence: 'documented',
    sourceIds: ['ddi-fields', 'w32-layers'],
  }),
  conditionNamingAcrossVersions: named({
    id: 'condition-naming-across-versions',
    kind: 'conflict',
    confidence: 'documented',
    sourceIds: ['w32-cond', 'wdk-cond'],
  }),
  packageFamilyNameVersion: named({
    id: 'package-family-name-version',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['w32-cond', 'w32-condids'],
  }),
  docAge: named({
    id: 'documentation-age',
    kind: 'gap',
    confidence: 'documented',
    sourceIds: ['wdk-rtlayers'],
  }),
  seedAlignmentTypo: named({
    id: 'seed-alignment-typo',
    kind: 'doc-typo',
    confidence: 'documented',
    sourceIds: ['wdk-pc'],
  }),
  garbledIpsecCheck: named({
    id: 'garbled-ipsec-check',
    kind: 'doc-typo',
    confidence: 'inferred',
    sourceIds: ['wdk-ipsec', 'ddi-ipsecinfo'],
  }),
  forwardAndIpsec: named({
    id: 'forward-and-ipsec',
    kind: 'conflict',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'ddi-trecv', 'w32-builtin'],
  }),
  streamPacketIpsec: named({
    id: 'stream-packet-ipsec',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['ms-issue-2108', 'wdk-ipsec'],
  }),
  aleIpsecNotListed: named({
    id: 'ale-ipsec-not-listed',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['wdk-layerreq', 'wdk-ipsec'],
  }),
  icmpErrorIpsec: named({
    id: 'icmp-error-ipsec',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['wdk-ipsec', 'wdk-insppts'],
  }),
  redirectActionType: named({
    id: 'redirect-action-type',
    kind: 'conflict',
    confidence: 'sample',
    sourceIds: ['wdk-types', 'smp-wfpsampler', 'wdk-redir'],
  }),
  needMoreDataAction: named({
    id: 'need-more-data-action',
    kind: 'conflict',
    confidence: 'documented',
    sourceIds: ['wdk-stream', 'wdk-deepstream'],
  }),
  flowEstablishedWording: named({
    id: 'flow-established-wording',
    kind: 'conflict',
    confidence: 'documented',
    sourceIds: ['wdk-pc', 'w32-alelayers'],
  }),
  inlineTcpInjectionScope: named({
    id: 'inline-tcp-injection-scope',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['wdk-pc', 'ddi-trecv', 'ddi-tsend'],
  }),
  flowContextAtIpPacket: named({
    id: 'flow-context-at-ippacket',
    kind: 'gap',
    confidence: 'documented',
    sourceIds: ['wdk-metadata', 'ddi-flowassociate', 'ms-issue-1218'],
  }),
  macVswitchIpsec: named({
    id: 'mac-vswitch-ipsec',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['wdk-l2', 'wdk-mgmtlayers', 'wdk-vsw'],
  }),
  portsAtForward: named({
    id: 'ports-at-forward',
    kind: 'gap',
    confidence: 'documented',
    sourceIds: ['w32-cond', 'wdk-cond', 'ddi-fields-fwd'],
  }),
  delayedReinjectionShaping: named({
    id: 'delayed-reinjection-shaping',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['wdk-types', 'wdk-async'],
  }),
  firewallAndRoutedTraffic: named({
    id: 'firewall-and-routed-traffic',
    kind: 'gap',
    confidence: 'inferred',
    sourceIds: ['fw-overview'],
  }),
  macUserModeFilters: named({
    id: 'mac-user-mode-filters',
    kind: 'conflict',
    confidence: 'documented',
    sourceIds: ['wdk-port', 'w32-cond', 'w32-new', 'smp-wfpsampler'],
  }),
  vistaSp1Features: named({
    id: 'vista-sp1-features',
    kind: 'gap',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-vsp1', 'w32-flags'],
  }),
} as const satisfies Record<string, NamedCaveat>;

/** The key of a caveat in CAVEATS (and of its words in caveat-notes.ts). */
export type CaveatKey = keyof typeof CAVEATS;
