import { getSource } from '@/knowledge/sources';
import type { SourceId } from '@/knowledge/types';

/** A short list of cited sources, each a link titled from SOURCES. */
export function WorkshopSources({
  label,
  ids,
}: {
  readonly label: string;
  readonly ids: readonly SourceId[];
}) {
  return (
    <p className="workshop-sources">
      <span className="workshop-sources__label">{label}: </span>
      {ids.map((id, index) => {
        const source = getSource(id);
        return (
          <span key={id}>
            {index > 0 && ' · '}
            {source === undefined ? (
              <code>{id}</code>
            ) : (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            )}
          </span>
        );
      })}
    </p>
  );
}
