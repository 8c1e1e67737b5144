import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { citedSources } from '@/engine/cited-sources';
import { SourceItem } from '@/components/common/SourceScope';

export function SourcesList({ recommendation }: { readonly recommendation: Recommendation }) {
  return (
    <ol className="sources">
      {citedSources(recommendation).map((id) => (
        <SourceItem key={id} id={id} />
      ))}
    </ol>
  );
}
