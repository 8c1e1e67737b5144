import { useWords } from '@/app/language';
import type { Layer } from '@/knowledge/types';
import { ConfidenceTag, Section, Sources } from '../parts';

/** The open questions recorded for the layer, joined to their words by caveat id. */
export function CaveatsSection({ layer }: { readonly layer: Layer }) {
  const { details: t, caveats } = useWords();
  return (
    <Section title={t.caveats} className="details-section--caveats">
      {layer.caveats.length === 0 ? (
        <p>{t.caveatsEmpty}</p>
      ) : (
        <ul className="details-caveats">
          {layer.caveats.map((caveat) => {
            const words = caveats[caveat.id];
            return (
              <li key={caveat.id} className="details-caveat" data-caveat-id={caveat.id}>
                <p className="details-caveat__head">
                  <strong>{words?.title ?? caveat.id}</strong>{' '}
                  <ConfidenceTag confidence={caveat.confidence} />{' '}
                  <span className="details-caveat__kind">{t.caveatKind[caveat.kind]}</span>
                </p>
                <p>{words?.note}</p>
                <Sources ids={caveat.sourceIds} inline />
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
