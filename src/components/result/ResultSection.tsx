import type { ReactNode } from 'react';

interface Props {
  readonly id: string;
  readonly title: string;
  readonly count?: number;
  /** Long reference material can fold away so the verdict stays in view. */
  readonly collapsible?: boolean;
  /** Whether a collapsible section starts open. */
  readonly defaultOpen?: boolean;
  readonly children: ReactNode;
}

export function ResultSection({
  id,
  title,
  count,
  collapsible = false,
  defaultOpen = false,
  children,
}: Props) {
  const headingId = `result-${id}-title`;
  const heading = (
    <>
      {title}
      {count !== undefined && <span className="result-section__count">{` (${count})`}</span>}
    </>
  );
  if (collapsible) {
    return (
      <details
        className="result-section result-section--collapsible"
        data-section={id}
        open={defaultOpen}
      >
        <summary>
          <h3 id={headingId} className="result-section__title">
            {heading}
          </h3>
        </summary>
        {children}
      </details>
    );
  }
  return (
    <section className="result-section" aria-labelledby={headingId} data-section={id}>
      <h3 id={headingId} className="result-section__title">
        {heading}
      </h3>
      {children}
    </section>
  );
}
