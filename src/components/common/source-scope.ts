import { createContext, useContext } from 'react';
import type { SourceId } from '@/knowledge/types';

/** A section's sources, numbered once in order of first citation (compact references). */
export interface SourceNumbering {
  readonly order: readonly SourceId[];
  readonly number: ReadonlyMap<SourceId, number>;
}

/** Numbers the sources a section cites, each once, in order of first citation. Pure. */
export function numberSources(lists: readonly (readonly SourceId[])[]): SourceNumbering {
  const number = new Map<SourceId, number>();
  for (const list of lists)
    for (const id of list) if (!number.has(id)) number.set(id, number.size + 1);
  return { order: [...number.keys()], number };
}

export const SourceScopeContext = createContext<SourceNumbering | null>(null);

export function useSourceScope(): SourceNumbering | null {
  return useContext(SourceScopeContext);
}
