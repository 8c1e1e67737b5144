/**
 * How each layer of the diagram is drawn for a result (DESIGN §6 `data-state`): the primary is
 * `recommended`, companions `companion`, other workable layers `workable`, the rest `excluded`;
 * with no result every layer is `idle`. When the verdict is another technology (no driver of
 * one's own may run there) no WFP layer is `recommended`: the layers the design would use are
 * `workable` and `alternativeLayers` says where the alternative does the work. Pure.
 */
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { LAYERS, getLayer } from '@/knowledge/layers';
import type { PathDirection } from '@/knowledge/vocabulary';
import type { LayerId } from '@/knowledge/types';
import type { LayerState, Recommendation } from './types';

/** The drawing state of every layer for `rec` (null ⇒ all idle). */
export function layerStates(rec: Recommendation | null): Readonly<Record<LayerId, LayerState>> {
  const out = {} as Record<LayerId, LayerState>;
  if (rec === null) {
    for (const l of LAYERS) out[l.id] = 'idle';
    return out;
  }
  const outside = rec.verdict === 'other-technology';
  const companions = new Set(rec.companions.map((c) => c.layerId));
  const workable = new Set(rec.workable);
  const excluded = new Set(rec.excluded.map((e) => e.layerId));
  for (const l of LAYERS) {
    if (outside && (l.id === rec.primary || companions.has(l.id))) out[l.id] = 'workable';
    else if (l.id === rec.primary) out[l.id] = 'recommended';
    else if (companions.has(l.id)) out[l.id] = 'companion';
    else if (workable.has(l.id)) out[l.id] = 'workable';
    else if (excluded.has(l.id)) out[l.id] = 'excluded';
    else out[l.id] = 'idle';
  }
  return out;
}

/**
 * Where the alternative does the work when the verdict is another technology: the layers an
 * existing signed WFP driver of that technology sits at (`Alternative.runsAt`) that see this
 * task's traffic and direction. Empty otherwise (Policy-based QoS and other technologies outside
 * WFP's layers).
 */
export function alternativeLayers(rec: Recommendation | null): ReadonlySet<LayerId> {
  if (rec === null || rec.verdict !== 'other-technology') return NO_LAYERS;
  const technology = rec.build.technology?.id;
  const runsAt = ALTERNATIVES.find((a) => a.id === technology)?.runsAt ?? [];
  const { traffic, direction } = rec.profile;
  const directions: readonly PathDirection[] =
    direction === 'inbound' || direction === 'outbound' ? [direction] : ['inbound', 'outbound'];
  return new Set(
    runsAt.filter((id) => {
      const sees = getLayer(id)?.sees;
      return (
        sees !== undefined &&
        sees.traffic.includes(traffic) &&
        sees.directions.some((d) => directions.includes(d))
      );
    }),
  );
}

const NO_LAYERS: ReadonlySet<LayerId> = new Set();
