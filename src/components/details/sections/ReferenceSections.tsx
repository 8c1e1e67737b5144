import { useWords } from '@/app/language';
import type { Layer } from '@/knowledge/types';
import { Section, Sources } from '../parts';

/** The oldest Windows that has the layer. */
export function OsSection({ os }: { readonly os: string }) {
  const t = useWords().details;
  return (
    <Section title={t.minOs}>
      <p>{os}</p>
    </Section>
  );
}

/** The FWPM_LAYER_* and FWPS_LAYER_* names of the layer. */
export function IdentifiersSection({ layer }: { readonly layer: Layer }) {
  const t = useWords().details;
  return (
    <Section title={t.identifiers}>
      <ul className="details-ids">
        {[...layer.fwpm, ...layer.fwps].map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Where the layer's record comes from. */
export function SourcesSection({ layer }: { readonly layer: Layer }) {
  const t = useWords().details;
  return (
    <Section title={t.sources}>
      <Sources ids={layer.sourceIds} />
    </Section>
  );
}
