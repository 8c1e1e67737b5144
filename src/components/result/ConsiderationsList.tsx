import type { WordedConsiderationHit as ConsiderationHit } from '@/i18n/word';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { SourceLinks } from '@/components/common/SourceLinks';
import { resultItemId } from './result-items';
import { useWords } from '@/app/language';

/** The Callout Driver Programming Considerations that apply, each with its text and why the engine attached it. */
export function ConsiderationsList({ hits }: { readonly hits: readonly ConsiderationHit[] }) {
  const t = useWords();
  const knowledge = t.knowledge;
  return (
    <ul className="item-list">
      {hits.map((hit) => {
        const consideration = CONSIDERATIONS.find((c) => c.id === hit.id);
        const words = knowledge.considerations[hit.id];
        return (
          <li
            key={hit.id}
            className="item"
            id={resultItemId('consideration', hit.id)}
            tabIndex={-1}
            data-consideration-id={hit.id}
          >
            <p className="item__title">{words?.title ?? hit.id}</p>
            {words !== undefined && <p>{words.text}</p>}
            <p className="item__why">
              <span className="item__why-label">{t.app.result.whyItApplies}: </span>
              {hit.why}
            </p>
            {consideration !== undefined && <SourceLinks ids={consideration.sourceIds} />}
          </li>
        );
      })}
    </ul>
  );
}
