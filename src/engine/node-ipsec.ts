/**
 * The IPsec status each layer of the stack diagram shows for a result. Pure: reads only the layer
 * record, the recommendation and the injection table, so no component decides an IPsec status.
 */
import { INJECTION_FUNCTIONS, IP_RECEIVE_PATHS } from '@/knowledge/injection';
import type { IpsecStatus, Layer } from '@/knowledge/types';
import type { Recommendation } from './types';

/** The parts of a recommendation (coded or worded) the status depends on. */
export type NodeIpsecInput = Pick<Recommendation, 'primary' | 'verdict'> & {
  readonly ipsec: Pick<Recommendation['ipsec'], 'status'>;
  readonly build: Pick<Recommendation['build'], 'injection'>;
};

/** The design injects into the IP receive path (knowledge/injection.ts). */
function injectsIntoIpReceivePath(rec: NodeIpsecInput): boolean {
  return rec.build.injection.some((id) => {
    const fn = INJECTION_FUNCTIONS.find((f) => f.id === id);
    return fn !== undefined && IP_RECEIVE_PATHS.has(fn.path);
  });
}

/**
 * IPsec status to show on a layer's node.
 * - The recommended layer: the recommendation's own status (it describes the whole design) —
 *   unless another technology does the work, when the product runs at no WFP layer of its own.
 * - Other layers under a result: the status a design of the same kind would have there — a plain
 *   user-mode filter for a `user-mode` verdict, otherwise a kernel callout (its receive-injecting
 *   variant when this design injects into the IP receive path and the layer records one).
 * - No result yet: the status of a callout at that layer, the case engineers ask about.
 */
export function nodeIpsecStatus(layer: Layer, rec: NodeIpsecInput | null): IpsecStatus {
  if (rec === null) return layer.ipsec.callout;
  if (rec.primary === layer.id && rec.verdict !== 'other-technology') return rec.ipsec.status;
  if (rec.verdict === 'user-mode') return layer.ipsec.userModeFilter;
  if (layer.ipsec.calloutReceiveInjecting !== undefined && injectsIntoIpReceivePath(rec)) {
    return layer.ipsec.calloutReceiveInjecting;
  }
  return layer.ipsec.callout;
}
