import { useWords } from '@/app/language';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { calloutReach } from '@/knowledge/layer-facts';
import type { Layer } from '@/knowledge/types';
import { Section, Sources } from '../parts';

/** How to modify or inject at the layer, with the injection functions that fit it. */
export function InjectionSection({ layer }: { readonly layer: Layer }) {
  const { details: t, knowledge, injection, common } = useWords();
  const injections = INJECTION_FUNCTIONS.filter((f) => layer.actions.injection.includes(f.id));
  return (
    <Section title={t.injection}>
      <p>{knowledge.layers[layer.id]?.injection}</p>
      {injections.length > 0 && (
        <ul className="details-list">
          {injections.map((fn) => (
            <li key={fn.id} data-injection-id={fn.id}>
              <code>{fn.id}</code>
              {fn.minOs !== 'vista' && (
                <span className="details-os-tag">{t.fromOs(common.osNames[fn.minOs])}</span>
              )}
              <span className="details-list__text">
                {t.bufferStarts}: {injection[fn.id]?.bufferStartsWith}
              </span>
              {fn.tcpOutOfBandOnly && <span className="details-list__text">{t.tcpOutOfBand}</span>}
              <Sources ids={fn.sourceIds} inline />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** How a callout can hold the decision at the layer. */
export function PendSection({ layer }: { readonly layer: Layer }) {
  const { details: t, knowledge } = useWords();
  return (
    <Section title={t.pend}>
      <p>{knowledge.layers[layer.id]?.pend}</p>
      {layer.actions.pend.length > 0 && (
        <ul className="details-list">
          {layer.actions.pend.map((mechanism) => (
            <li key={mechanism}>{t.pendWords[mechanism]}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** Whether a plain filter and a callout may block at the layer. */
export function BlockingSection({ layer }: { readonly layer: Layer }) {
  const { details: t, knowledge } = useWords();
  return (
    <Section title={t.blocking}>
      <p>{knowledge.layers[layer.id]?.blocking}</p>
      <dl className="details-facts">
        <dt>{t.filterBlock}</dt>
        <dd>{t.blockWords[layer.actions.filterBlock]}</dd>
        <dt>{t.calloutBlock}</dt>
        <dd>{t.blockWords[layer.actions.calloutBlock]}</dd>
      </dl>
    </Section>
  );
}

/** Who can act at the layer: kernel callouts and filters, filters only, or nobody's code. */
export function CalloutReachSection({ layer }: { readonly layer: Layer }) {
  const t = useWords().details;
  return (
    <Section title={t.calloutVsFilter}>
      <p>{t.calloutReach[calloutReach(layer)]}</p>
    </Section>
  );
}
