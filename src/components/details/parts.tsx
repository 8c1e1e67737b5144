import { useId, type ReactNode } from 'react';
import { useWords } from '@/app/language';
import { getSource } from '@/knowledge/sources';
import type { Confidence, SourceId } from '@/knowledge/types';

/** How sure a statement is, in words (the class colours it; the words carry it). */
export function ConfidenceTag({ confidence }: { readonly confidence: Confidence }) {
  const t = useWords().details;
  return (
    <span className={`confidence-tag confidence-tag--${confidence}`} data-confidence={confidence}>
      <span className="visually-hidden">{t.confidenceLabel} </span>
      {t.confidence[confidence]}
    </span>
  );
}

/** Links to sources; their titles are citations and stay as the cited pages give them. */
export function Sources({
  ids,
  inline = false,
}: {
  readonly ids: readonly SourceId[];
  readonly inline?: boolean;
}) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <ul className={inline ? 'details-sources details-sources--inline' : 'details-sources'}>
      {unique.map((id) => {
        const source = getSource(id);
        return (
          <li key={id}>
            {source === undefined ? (
              <code>{id}</code>
            ) : (
              <a href={source.url} target="_blank" rel="noopener noreferrer" lang="en">
                {source.title}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Sources of a single statement: listed when few, folded behind a count when many. */
export function StatementSources({ ids }: { readonly ids: readonly SourceId[] }) {
  const t = useWords().details;
  const unique = [...new Set(ids)];
  if (unique.length <= 3) return <Sources ids={unique} inline />;
  return (
    <details className="details-more">
      <summary>{t.sourcesCount(unique.length)}</summary>
      <Sources ids={unique} inline />
    </details>
  );
}

/** One titled fact group of the details sheet. */
export function Section({
  title,
  children,
  className,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  const id = useId();
  return (
    // A group, not a region: the sheet's sections are no landmarks (the result panel has the
    // page's "IPsec" region; two would share one name).
    <section className={`details-section ${className ?? ''}`} role="group" aria-labelledby={id}>
      <h3 id={id} className="details-section__title">
        {title}
      </h3>
      {children}
    </section>
  );
}
