import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import type { SourceId } from '@/knowledge/types';
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { SourceItem } from '@/components/common/SourceScope';

/** Every source the result cites anywhere, once, in order of first citation. */
export function citedSources(r: Recommendation): readonly SourceId[] {
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

export function SourcesList({ recommendation }: { readonly recommendation: Recommendation }) {
  return (
    <ol className="sources">
      {citedSources(recommendation).map((id) => (
        <SourceItem key={id} id={id} />
      ))}
    </ol>
  );
}
