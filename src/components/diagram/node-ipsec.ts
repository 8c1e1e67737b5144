/**
 * The IPsec mark each diagram node wears for a result. Pure: reads only the layer record, the
 * recommendation and the injection table, so no component decides an IPsec status.
 */
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import type { IpsecStatus, Layer } from '@/knowledge/types';

const RECEIVE_PATHS: ReadonlySet<string> = new Set(['transport-receive', 'network-receive']);

function injectsIntoReceivePath(rec: Recommendation): boolean {
  return rec.build.injection.some((id) => {
    const fn = INJECTION_FUNCTIONS.find((f) => f.id === id);
    return fn !== undefined && RECEIVE_PATHS.has(fn.path);
  });
}

/**
 * IPsec status to show on a layer's node.
 * - The recommended layer: the recommendation's own status (it describes the whole design) —
 *   unless another technology does the work, when the product runs at no WFP layer of its own.
 * - Other layers under a result: the status a design of the same kind would have there — a plain
 *   user-mode filter for a `user-mode` verdict, otherwise a kernel callout (its receive-injecting
 *   variant when this design receive-injects and the layer records one).
 * - No result yet: the status of a callout at that layer, the case engineers ask about.
 */
export function nodeIpsecStatus(layer: Layer, rec: Recommendation | null): IpsecStatus {
  if (rec === null) return layer.ipsec.callout;
  if (rec.primary === layer.id && rec.verdict !== 'other-technology') return rec.ipsec.status;
  if (rec.verdict === 'user-mode') return layer.ipsec.userModeFilter;
  if (layer.ipsec.calloutReceiveInjecting !== undefined && injectsIntoReceivePath(rec)) {
    return layer.ipsec.calloutReceiveInjecting;
  }
  return layer.ipsec.callout;
}
