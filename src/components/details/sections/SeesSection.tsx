import { useWords } from '@/app/language';
import type { Layer } from '@/knowledge/types';
import { Section } from '../parts';

/** What the layer sees, per what it classifies, and where the data starts. */
export function SeesSection({ layer }: { readonly layer: Layer }) {
  const { details: t, knowledge } = useWords();
  const words = knowledge.layers[layer.id];
  return (
    <>
      <Section title={t.sees}>
        <p>{words?.sees}</p>
        <dl className="details-facts">
          <dt>{t.unit}</dt>
          <dd>{t.unitWords[layer.sees.unit]}</dd>
          <dt>{t.payload}</dt>
          <dd>{t.payloadWords[layer.payload]}</dd>
          <dt>{t.identity}</dt>
          <dd>{t.identityWords[layer.identity]}</dd>
        </dl>
      </Section>
      <Section title={t.dataStarts}>
        <p>{words?.dataStarts}</p>
      </Section>
    </>
  );
}
