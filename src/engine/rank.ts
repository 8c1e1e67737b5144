/**
 * The preference order of the layers (DESIGN §5.1): rung first, separate paths (no rung) after
 * rung 5, then stack order. Built once. Pure.
 */
import { LAYERS, getLayer } from '@/knowledge/layers';
import type { Layer, LayerId } from '@/knowledge/types';

/** Rank group: the preference rung, with the separate paths (null rung) after rung 5. */
export function rankGroup(layer: Layer): number {
  return layer.rung ?? 6;
}

export function compareRank(a: Layer, b: Layer): number {
  return rankGroup(a) - rankGroup(b) || a.stackOrder - b.stackOrder || a.id.localeCompare(b.id);
}

/** Every layer in preference order, highest first. */
export const RANKED_LAYERS: readonly Layer[] = [...LAYERS].sort(compareRank);

const RANK_INDEX = new Map<LayerId, number>(RANKED_LAYERS.map((l, i) => [l.id, i]));

/** The layer's position in `RANKED_LAYERS`. */
export function rankOf(layer: Layer): number {
  return RANK_INDEX.get(layer.id) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Whether a layer ranks above the primary in the preference order. On a separate path (vSwitch,
 * user-mode layers) only layers of the same path count; with no primary, every layer does.
 */
export function ranksAbove(layerId: LayerId, primary: Layer | null): boolean {
  const layer = getLayer(layerId);
  return layer !== undefined && layerRanksAbove(layer, primary);
}

/** `ranksAbove` for a layer at hand. */
export function layerRanksAbove(layer: Layer, primary: Layer | null): boolean {
  if (primary === null) return true;
  if (primary.rung === null && (layer.rung !== null || layer.tier !== primary.tier)) return false;
  return rankOf(layer) < rankOf(primary);
}
