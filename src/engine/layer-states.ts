/**
 * How each layer of the diagram is drawn for a result (DESIGN §6 `data-state`): the primary is
 * `recommended`, companions `companion`, other workable layers `workable`, the rest `excluded`;
 * with no result every layer is `idle`. Pure.
 */
import { LAYERS } from '@/knowledge/layers';
import type { LayerId } from '@/knowledge/types';
import type { LayerState, Recommendation } from './types';

/** The drawing state of every layer for `rec` (null ⇒ all idle). */
export function layerStates(rec: Recommendation | null): Readonly<Record<LayerId, LayerState>> {
  const out: Record<LayerId, LayerState> = {};
  if (rec === null) {
    for (const l of LAYERS) out[l.id] = 'idle';
    return out;
  }
  const companions = new Set(rec.companions.map((c) => c.layerId));
  const workable = new Set(rec.workable);
  const excluded = new Set(rec.excluded.map((e) => e.layerId));
  for (const l of LAYERS) {
    if (l.id === rec.primary) out[l.id] = 'recommended';
    else if (companions.has(l.id)) out[l.id] = 'companion';
    else if (workable.has(l.id)) out[l.id] = 'workable';
    else if (excluded.has(l.id)) out[l.id] = 'excluded';
    else out[l.id] = 'idle';
  }
  return out;
}
