import { createContext, useContext } from 'react';
import type { LayerId } from '@/knowledge/types';
import type { NavDirection } from './flow-elements';

/** What a layer node can ask of the diagram around it (kept out of the node data, which is pure). */
export interface DiagramActions {
  /** Click, Enter or Space on a node. */
  readonly select: (layerId: LayerId) => void;
  /** Arrow keys: move focus to the neighbouring node. */
  readonly move: (from: LayerId, direction: NavDirection) => void;
  /** A node got focus: pan it into view if it is outside. */
  readonly reveal: (layerId: LayerId) => void;
  /** A node got focus: it now holds the diagram's one Tab stop. */
  readonly focused: (layerId: LayerId) => void;
  /** Home / End: focus the first or last layer. */
  readonly edge: (which: 'first' | 'last') => void;
  /** Escape: leave the diagram for the recommendation. */
  readonly leave: () => void;
}

const noop = () => {};

export const DiagramActionsContext = createContext<DiagramActions>({
  select: noop,
  move: noop,
  reveal: noop,
  focused: noop,
  edge: noop,
  leave: noop,
});

export function useDiagramActions(): DiagramActions {
  return useContext(DiagramActionsContext);
}
