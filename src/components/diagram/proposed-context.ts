import { createContext, useContext, useMemo } from 'react';
import type { LayerId } from '@/knowledge/types';

const NONE: ReadonlySet<LayerId> = new Set();

/** The layers of the design under review (issue 10): nodes mark them with `data-proposed`. */
export const ProposedLayersContext = createContext<ReadonlySet<LayerId>>(NONE);

export function useIsProposed(layerId: LayerId): boolean {
  return useContext(ProposedLayersContext).has(layerId);
}

/** A stable set of the proposed layer ids (a new set only when the ids change). */
export function useProposedSet(ids: readonly LayerId[] | undefined): ReadonlySet<LayerId> {
  const key = ids?.join(' ') ?? '';
  return useMemo(() => (key === '' ? NONE : new Set(key.split(' ') as LayerId[])), [key]);
}
