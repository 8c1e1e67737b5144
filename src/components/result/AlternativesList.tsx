import type { WordedAlternativeHit as AlternativeHit } from '@/i18n/word';
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { ConfidenceNote } from '@/components/common/ConfidenceNote';
import { SourceLinks } from '@/components/common/SourceLinks';
import { useWords } from '@/app/language';
import { Suspense } from 'react';

/**
 * What an alternative is: the English words load with the late words (issue 12), so it may wait
 * for them while the name and the reason show at once.
 */
function AlternativeWhat({ id }: { readonly id: string }) {
  const words = useWords().knowledge.alternatives[id];
  return <p className="item__muted">{words?.what}</p>;
}

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
                <Suspense fallback={<p aria-busy="true" />}>
                  <AlternativeWhat id={hit.id} />
                </Suspense>
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
