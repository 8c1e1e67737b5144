import type { SourceId } from '@/knowledge/types';
import { getSource } from '@/knowledge/sources';
import { useWords } from '@/app/language';
import { SourceLink } from './labels';
import { useSourceScope } from './source-scope';

/**
 * Inline list of cited sources, each a link titled from SOURCES (unknown ids are shown as ids).
 * Inside a `SourceScope` the links are compact numbers into the section's list of sources.
 */
export function SourceLinks({ ids }: { readonly ids: readonly SourceId[] }) {
  const t = useWords();
  const scope = useSourceScope();
  if (ids.length === 0) return null;
  if (scope !== null) {
    return (
      <span className="source-refs">
        {ids.map((id) => {
          const n = scope.number.get(id);
          const source = getSource(id);
          const title = source?.title ?? id;
          return (
            <a
              key={id}
              className="source-ref"
              href={source?.url}
              target="_blank"
              rel="noopener noreferrer"
              title={title}
              aria-label={t.app.result.sourceRef(n ?? 0, title)}
            >
              [{n}]
            </a>
          );
        })}
      </span>
    );
  }
  return (
    <p className="source-links">
      <span className="source-links__label">{t.app.result.sourcesLabel} </span>
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && ' · '}
          <SourceLink id={id} />
        </span>
      ))}
    </p>
  );
}
