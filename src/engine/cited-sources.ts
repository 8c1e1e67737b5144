/**
 * Every source a result cites, for the result's source list and exports. Pure.
 */
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import type { SourceId } from '@/knowledge/types';
import type { Recommendation } from './types';

/** The parts of a recommendation (coded or worded) that cite sources. */
export type CitingParts = Pick<
  Recommendation,
  | 'rationale'
  | 'companions'
  | 'ipsec'
  | 'considerations'
  | 'warnings'
  | 'whyNotHigher'
  | 'alternatives'
>;

/**
 * Every source the result cites anywhere, once, in order of first citation: the rationale, the
 * companions, the IPsec result and its rules, the considerations, the warnings, the layers ruled
 * out above the primary, and the alternatives.
 */
export function citedSources(r: CitingParts): readonly SourceId[] {
  const ids = new Set<SourceId>();
  const add = (list: readonly SourceId[]) => list.forEach((id) => ids.add(id));
  r.rationale.forEach((step) => add(step.sourceIds));
  r.companions.forEach((companion) => add(companion.sourceIds));
  add(r.ipsec.sourceIds);
  r.ipsec.conditions.forEach((condition) => add(condition.sourceIds));
  r.considerations.forEach((hit) =>
    add(CONSIDERATIONS.find((c) => c.id === hit.id)?.sourceIds ?? []),
  );
  r.warnings.forEach((warning) => add(warning.sourceIds));
  r.whyNotHigher.forEach((exclusion) => add(exclusion.sourceIds));
  r.alternatives.forEach((hit) => add(ALTERNATIVES.find((a) => a.id === hit.id)?.sourceIds ?? []));
  return [...ids];
}
