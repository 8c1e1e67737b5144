/**
 * UI text of the layer-details sheet (the diagram's words are in en/diagram.ts and ja/diagram.ts). Plain strings and
 * small functions, ready for a second language. No WFP facts here: those come from the knowledge
 * base and the recommendation; this only names the shapes the UI draws.
 */
import type { BlockRule, Confidence, Layer, PendMechanism } from '@/knowledge/types';
import { diagram } from './en/diagram';

/**
 * The English diagram words, under their old name for the modules that still import them here
 * (layer details, the proposal form). Components reach them through `useWords().diagram`; the
 * words themselves live in en/diagram.ts and ja/diagram.ts.
 */
export const diagramText = diagram;

export const detailsText = {
  close: 'Close',
  closeLabel: (name: string) => `Close the details of ${name}`,
  kicker: 'Layer details',
  identifiers: 'Identifiers',
  sees: 'What it sees',
  unit: 'Classified per',
  dataStarts: 'Where the data starts',
  payload: 'Payload for a callout',
  identity: 'App and user identity',
  conditions: 'Filter conditions',
  conditionsIntro: (n: number) =>
    n === 1
      ? 'One condition a user-mode filter can match here.'
      : `${n} conditions a user-mode filter can match here.`,
  conditionsEmpty: 'No user-mode filter conditions at this layer.',
  fromOs: (os: string) => `from ${os}`,
  injection: 'Injection',
  bufferStarts: 'Buffer starts with',
  tcpOutOfBand: 'TCP only out of band (queue a DPC)',
  pend: 'Holding the decision (pend)',
  blocking: 'Blocking',
  filterBlock: 'Plain filter BLOCK',
  calloutBlock: 'Callout BLOCK',
  minOs: 'Minimum Windows',
  ipsec: 'IPsec',
  ipsecThisDesign: 'For this design',
  ipsecForFilter: 'User-mode filter here',
  ipsecForCallout: 'Kernel callout here',
  ipsecForReceiveInjection: 'Callout that receive-injects',
  ipsecConditions: 'Rules a conditional callout must follow',
  calloutVsFilter: 'Callout or filter',
  calloutsAllowed:
    'Kernel callouts can be registered here; plain filters can be added from user mode.',
  calloutsNotAllowed: 'No kernel callouts run here.',
  userModeLayer:
    'A user-mode layer: it runs in the filter engine (BFE), IKE or RPC, not in the kernel packet path.',
  internalLayer: 'A Microsoft-internal layer: shown for completeness, never recommended.',
  thisDesign: 'In this design',
  noDesign: 'Answer the questions to see how this layer fits your design.',
  recommendedBecause: (verdict: string) => `The highest workable layer for this task (${verdict}).`,
  workable: 'Workable too, but it ranks below the recommended layer.',
  reasonCode: 'reason code',
  sources: 'Sources',
  sourcesCount: (n: number) => `Sources (${n})`,
  caveats: 'Caveats and open questions',
  caveatsEmpty: 'No open questions recorded for this layer.',
  confidenceLabel: 'Confidence:',
  confidence: {
    documented: 'documented',
    sample: 'sample only',
    inferred: 'inferred',
  } satisfies Record<Confidence, string>,
  caveatKind: {
    gap: 'gap in the docs',
    conflict: 'sources disagree',
    'doc-typo': 'doc typo',
  } satisfies Record<'gap' | 'conflict' | 'doc-typo', string>,
  verdict: {
    'user-mode': 'user-mode filters',
    'kernel-callout': 'a kernel callout',
    'other-technology': 'another technology',
  } as Record<string, string>,
  unitWords: {
    'socket-operation': 'socket operation',
    connection: 'connection',
    stream: 'stream of data',
    packet: 'packet',
    frame: 'frame',
    policy: 'policy lookup',
    none: 'not applicable',
  } satisfies Record<Layer['sees']['unit'], string>,
  payloadWords: {
    yes: 'yes',
    no: 'no',
    'first-packet': 'the first packet only',
    'ciphertext-if-ipsec': 'yes, but still encrypted when IPsec protects it',
  } satisfies Record<Layer['payload'], string>,
  identityWords: {
    condition: 'a filter condition here',
    'flow-context': 'only through a flow context set at ALE flow established',
    none: 'not available here',
  } satisfies Record<Layer['identity'], string>,
  blockWords: {
    allowed: 'allowed',
    forbidden: 'must not be used',
    'not-a-decision-point': 'not a decision point',
    undocumented: 'not documented',
  } satisfies Record<BlockRule, string>,
  pendWords: {
    'pend-operation': 'FwpsPendOperation0 / FwpsCompleteOperation0',
    'pend-classify': 'FwpsPendClassify0 / FwpsCompleteClassify0',
    'out-of-band': 'absorb, clone and reinject later',
  } satisfies Record<PendMechanism, string>,
  unknownLayer: (id: string) => `There is no layer with the id “${id}”.`,
};
