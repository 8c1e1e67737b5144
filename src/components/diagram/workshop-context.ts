import { createContext, useContext } from 'react';
import type { LayerId } from '@/knowledge/types';

/** How a quiz marks a node once the learner has committed (nothing is marked before). */
export type QuizMark = 'picked' | 'answer' | 'picked-answer';

/** One node's workshop marks: its step on the packet path shown and its quiz mark (issue 11). */
export interface WorkshopNodeMark {
  /** Step number on the path shown (1-based). */
  readonly step?: number;
  /** The path's current step is at this node. */
  readonly current?: boolean;
  /** The step's place in the flow is inferred, not documented. */
  readonly inferred?: boolean;
  readonly quiz?: QuizMark;
  /** Words added to the node's accessible name ("Step 3 of 6", "Your pick"). */
  readonly label?: string;
}

const NONE: ReadonlyMap<LayerId, WorkshopNodeMark> = new Map();

/** The workshop's marks on the diagram's layer nodes, by layer id. */
export const WorkshopMarksContext = createContext<ReadonlyMap<LayerId, WorkshopNodeMark>>(NONE);

export function useWorkshopMark(layerId: LayerId): WorkshopNodeMark | undefined {
  return useContext(WorkshopMarksContext).get(layerId);
}
