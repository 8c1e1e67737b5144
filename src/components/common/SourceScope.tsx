import type { ReactNode } from 'react';
import type { SourceId } from '@/knowledge/types';
import { useWords } from '@/app/language';
import { SourceLink } from './labels';
import { numberSources, SourceScopeContext } from './source-scope';

/**
 * A section whose items cite sources as compact numbers ([1], [2]); the numbered list follows
 * the section's items, each source once.
 */
export function SourceScope({
  sources,
  children,
}: {
  readonly sources: readonly (readonly SourceId[])[];
  readonly children: ReactNode;
}) {
  const t = useWords();
  const numbering = numberSources(sources);
  return (
    <SourceScopeContext.Provider value={numbering}>
      {children}
      {numbering.order.length > 0 && (
        <div className="source-notes">
          <p className="source-notes__title">{t.app.result.sectionSources}</p>
          <ol className="source-notes__list">
            {numbering.order.map((id) => (
              <SourceItem key={id} id={id} />
            ))}
          </ol>
        </div>
      )}
    </SourceScopeContext.Provider>
  );
}

/** One numbered source: its Microsoft page as a link (the bare id when the source is unknown). */
export function SourceItem({ id }: { readonly id: string }) {
  return (
    <li data-source-id={id}>
      <SourceLink id={id} />
    </li>
  );
}
