import type { SourceId } from '@/knowledge/types';
import { getSource } from '@/knowledge/sources';
import { appText } from '@/i18n/app';

/** Inline list of cited sources, each a link titled from SOURCES (unknown ids are shown as ids). */
export function SourceLinks({ ids }: { readonly ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return (
    <p className="source-links">
      <span className="source-links__label">{appText.result.sourcesLabel} </span>
      {ids.map((id, index) => {
        const source = getSource(id);
        return (
          <span key={id}>
            {index > 0 && ' · '}
            {source === undefined ? (
              <code>{id}</code>
            ) : (
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.title}
              </a>
            )}
          </span>
        );
      })}
    </p>
  );
}
