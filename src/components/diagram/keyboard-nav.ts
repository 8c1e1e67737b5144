/**
 * Keyboard navigation over the laid-out stack: which layer an arrow key reaches. Pure.
 */
import type { LayerId } from '@/knowledge/types';
import type { StackLayout } from './layout';

export type NavDirection = 'up' | 'down' | 'left' | 'right';

/**
 * The layer a keyboard user reaches with an arrow key: the nearest node whose centre lies in that
 * direction, favouring nodes in line with the current one. Null at the edge of the diagram. Pure.
 */
export function neighbourLayer(
  layout: StackLayout,
  from: LayerId,
  direction: NavDirection,
): LayerId | null {
  const start = layout.byId.get(from);
  if (start === undefined) return null;
  const cx = start.box.x + start.box.width / 2;
  const cy = start.box.y + start.box.height / 2;
  let best: { id: LayerId; score: number } | null = null;
  for (const candidate of layout.layers) {
    if (candidate.layer.id === from) continue;
    const dx = candidate.box.x + candidate.box.width / 2 - cx;
    const dy = candidate.box.y + candidate.box.height / 2 - cy;
    const along =
      direction === 'up' ? -dy : direction === 'down' ? dy : direction === 'left' ? -dx : dx;
    const across = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (along <= 1 || across > 2 * along + 40) continue;
    const score = along + 2 * across;
    if (best === null || score < best.score) best = { id: candidate.layer.id, score };
  }
  return best?.id ?? null;
}
