/**
 * English words of what each companion layer does for the design (src/engine/types.ts
 * `CompanionParams`). Pure.
 */
import type { CompanionParams } from '@/engine/types';
import { BASIS_WORDS, layerName, listWords, unitWords, type Messages } from './common';
import { knowledge } from './knowledge';

export const companions: Messages<CompanionParams> = {
  'serves-rest': (p) =>
    `Serves the ${unitWords(p.units, p.traffic)} traffic that ${layerName(p.primary)} does not see.`,
  'flow-context': (p) =>
    `Associates a flow context (FwpsFlowAssociateContext0) holding the application and user of each flow, which the callout at ${listWords(p.layers.map(layerName))} reads: identity is a condition only at ALE.`,
  'ale-classify': (p) =>
    `Handles the inbound packets that ${listWords(p.layers.map(layerName))} must let through because they still need ALE classification (the first packet of a flow and reauthorizations); the IPsec rules ask for this registration too.`,
  'return-path': (p) =>
    `Rewrites the replies back, so the application sees the addresses it used (${unitWords(p.units, p.traffic)}).`,
  'nat-return-path': (p) =>
    `Replies to the gateway's translated address (${unitWords(p.units, p.traffic)}) are addressed to this host, so they arrive here as local inbound traffic, not at IP forward. The callout at ${layerName(p.layer)} translates them back and sends them on with ${p.injection}.`,
  'require-ipsec': (p) =>
    `A user-mode filter here blocks ${p.direction} connections of the ${listWords(p.missing.map((b) => BASIS_WORDS[b]))} that are not IPsec-secured (FWP_CONDITION_FLAG_IS_IPSEC_SECURED not set): IPsec policy alone cannot single them out.`,
  'layer-summary': (p) => knowledge.layers[p.layer]?.summary ?? p.layer,
};
