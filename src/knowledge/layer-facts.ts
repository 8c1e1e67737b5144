/**
 * Facts about a layer derived from its record, for the views that show them (the layer-details
 * sheet), so components hold no WFP conditions. Pure.
 */
import type { Layer } from './types';

/** Who can act at a layer: a user-mode layer, an internal one, one with callouts, or none. */
export type CalloutReach = 'user-mode-layer' | 'internal' | 'callouts-and-filters' | 'no-callouts';

export function calloutReach(layer: Layer): CalloutReach {
  if (layer.mode === 'user') return 'user-mode-layer';
  if (layer.internal) return 'internal';
  return layer.actions.callouts ? 'callouts-and-filters' : 'no-callouts';
}
