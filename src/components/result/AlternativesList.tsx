import type { WordedAlternativeHit as AlternativeHit } from '@/i18n/word';
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { ConfidenceNote } from '@/components/common/ConfidenceNote';
import { SourceLinks } from '@/components/common/SourceLinks';
import { useWords } from '@/app/language';

export function AlternativesList({ hits }: { readonly hits: readonly AlternativeHit[] }) {
  const knowledge = useWords().knowledge;
  return (
    <ul className="item-list">
      {hits.map((hit) => {
        const alternative = ALTERNATIVES.find((a) => a.id === hit.id);
        const words = knowledge.alternatives[hit.id];
        return (
          <li key={hit.id} className="item" data-alternative-id={hit.id}>
            <p className="item__title">{words?.name ?? hit.id}</p>
            <p>{hit.why}</p>
            {alternative !== undefined && (
              <>
                <p className="item__muted">{words?.what}</p>
                <ConfidenceNote confidence={alternative.confidence} />
                <SourceLinks ids={alternative.sourceIds} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
