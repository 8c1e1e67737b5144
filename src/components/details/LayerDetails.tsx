import './details.css';
import { useId, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { layerStates } from '@/engine/layer-states';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { getCondition } from '@/knowledge/conditions';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { IPSEC_CONDITIONS } from '@/knowledge/ipsec';
import { getLayer } from '@/knowledge/layers';
import { OPEN_QUESTIONS } from '@/knowledge/open-questions';
import { getSource } from '@/knowledge/sources';
import type { Confidence, LayerId, SourceId } from '@/knowledge/types';
import { detailsText, diagramText } from '@/i18n/diagram';
import { IpsecBadge } from '@/components/diagram/IpsecBadge';
import { nodeIpsecStatus } from '@/engine/node-ipsec';

export interface LayerDetailsProps {
  readonly layerId: LayerId;
  readonly recommendation: Recommendation | null;
  /** Escape and the close button; the shell returns focus to the node. */
  readonly onClose: () => void;
}

function ConfidenceTag({ confidence }: { readonly confidence: Confidence }) {
  return (
    <span className={`confidence-tag confidence-tag--${confidence}`} data-confidence={confidence}>
      <span className="visually-hidden">{detailsText.confidenceLabel} </span>
      {detailsText.confidence[confidence]}
    </span>
  );
}

function Sources({ ids, inline = false }: { readonly ids: readonly SourceId[]; inline?: boolean }) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  const links = unique.map((id) => {
    const source = getSource(id);
    return (
      <li key={id}>
        {source === undefined ? (
          <code>{id}</code>
        ) : (
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.title}
          </a>
        )}
      </li>
    );
  });
  return (
    <ul className={inline ? 'details-sources details-sources--inline' : 'details-sources'}>
      {links}
    </ul>
  );
}

/** Sources of a single statement: listed when few, folded behind a count when many. */
function StatementSources({ ids }: { readonly ids: readonly SourceId[] }) {
  const unique = [...new Set(ids)];
  if (unique.length <= 3) return <Sources ids={unique} inline />;
  return (
    <details className="details-more">
      <summary>{detailsText.sourcesCount(unique.length)}</summary>
      <Sources ids={unique} inline />
    </details>
  );
}

function Section({
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
    <section className={`details-section ${className ?? ''}`} aria-labelledby={id}>
      <h3 id={id} className="details-section__title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * Everything the knowledge base records about one layer, and how it fares in the current design:
 * what it sees, where the data starts, its filter conditions, injection, pend and blocking rules,
 * minimum Windows, IPsec status with its conditions, caveats with their confidence, and sources.
 */
export function LayerDetails({ layerId, recommendation, onClose }: LayerDetailsProps) {
  const headingId = useId();
  const layer = getLayer(layerId);
  const state = useMemo(
    () => layerStates(recommendation)[layerId] ?? 'idle',
    [recommendation, layerId],
  );
  const t = detailsText;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  if (layer === undefined) {
    return (
      <section className="layer-details" aria-labelledby={headingId} onKeyDown={onKeyDown}>
        <header className="layer-details__header">
          <h2 id={headingId} className="layer-details__title">
            {t.unknownLayer(layerId)}
          </h2>
          <button type="button" className="layer-details__close" onClick={onClose}>
            {t.close}
          </button>
        </header>
      </section>
    );
  }

  const os = layer.minOs === null ? diagramText.minOsUnknown : diagramText.minOs[layer.minOs];
  const ipsecHere = nodeIpsecStatus(layer, recommendation);
  const isPrimary = recommendation !== null && recommendation.primary === layer.id;
  const companion = recommendation?.companions.find((c) => c.layerId === layer.id);
  const exclusion = recommendation?.excluded.find((e) => e.layerId === layer.id);
  const injections = INJECTION_FUNCTIONS.filter((f) => layer.actions.injection.includes(f.id));
  const ipsecConditions = IPSEC_CONDITIONS.filter((c) => layer.ipsec.conditions.includes(c.id));
  const designConditions = isPrimary ? recommendation.ipsec.conditions : [];
  const questions = layer.caveats.map((caveat) => ({
    caveat,
    title: OPEN_QUESTIONS.find((q) => q.note === caveat.note)?.title ?? caveat.topic,
  }));

  let design: ReactNode;
  if (recommendation === null) {
    design = <p>{t.noDesign}</p>;
  } else if (isPrimary) {
    design = (
      <p>{t.recommendedBecause(t.verdict[recommendation.verdict] ?? recommendation.verdict)}</p>
    );
  } else if (companion !== undefined) {
    design = (
      <>
        <p>{companion.text}</p>
        <StatementSources ids={companion.sourceIds} />
      </>
    );
  } else if (exclusion !== undefined) {
    design = (
      <>
        <p className="layer-details__reason" data-exclusion-code={exclusion.code}>
          {exclusion.reason}
        </p>
        <StatementSources ids={exclusion.sourceIds} />
      </>
    );
  } else if (state === 'workable') {
    design = <p>{t.workable}</p>;
  } else {
    design = <p>{t.noDesign}</p>;
  }

  return (
    <article
      className="layer-details"
      aria-labelledby={headingId}
      data-layer-details={layer.id}
      onKeyDown={onKeyDown}
    >
      <header className="layer-details__header">
        <div className="layer-details__heading">
          <p className="layer-details__kicker">{t.kicker}</p>
          <h2 id={headingId} className="layer-details__title">
            {layer.name}
          </h2>
          <p className="layer-details__summary">{layer.summary}</p>
          <p className="layer-details__chips">
            <span className={`state-chip is-${state}`} data-state={state}>
              {diagramText.states[state]}
            </span>
            <IpsecBadge status={ipsecHere} size="long" />
            <span className="layer-details__os">{os}</span>
          </p>
        </div>
        <button
          type="button"
          className="layer-details__close"
          onClick={onClose}
          aria-label={t.closeLabel(layer.name)}
          title={t.close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <Section title={t.thisDesign} className="details-section--design">
        {design}
      </Section>

      <Section title={t.sees}>
        <p>{layer.sees.summary}</p>
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
        <p>{layer.sees.dataStarts}</p>
      </Section>

      <Section title={t.conditions}>
        {layer.conditions.length === 0 ? (
          <p>{t.conditionsEmpty}</p>
        ) : (
          <>
            <p className="details-muted">{t.conditionsIntro(layer.conditions.length)}</p>
            <ul className="details-conditions">
              {layer.conditions.map((id) => {
                const condition = getCondition(id);
                return (
                  <li key={id} data-condition-id={id}>
                    <code>{id}</code>
                    {condition !== undefined && (
                      <>
                        {' '}
                        <span className="details-conditions__meaning">{condition.meaning}</span>
                        {condition.minOs !== 'vista' && (
                          <span className="details-os-tag">
                            {t.fromOs(diagramText.minOs[condition.minOs])}
                          </span>
                        )}
                        {condition.confidence !== 'documented' && (
                          <ConfidenceTag confidence={condition.confidence} />
                        )}
                        {condition.note !== undefined && (
                          <span className="details-conditions__note">{condition.note}</span>
                        )}
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </Section>

      <Section title={t.injection}>
        <p>{layer.actions.injectionText}</p>
        {injections.length > 0 && (
          <ul className="details-list">
            {injections.map((fn) => (
              <li key={fn.id} data-injection-id={fn.id}>
                <code>{fn.id}</code>
                {fn.minOs !== 'vista' && (
                  <span className="details-os-tag">{t.fromOs(diagramText.minOs[fn.minOs])}</span>
                )}
                <span className="details-list__text">
                  {t.bufferStarts}: {fn.bufferStartsWith}
                </span>
                {fn.tcpOutOfBandOnly && (
                  <span className="details-list__text">{t.tcpOutOfBand}</span>
                )}
                <Sources ids={fn.sourceIds} inline />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t.pend}>
        <p>{layer.actions.pendText}</p>
        {layer.actions.pend.length > 0 && (
          <ul className="details-list">
            {layer.actions.pend.map((mechanism) => (
              <li key={mechanism}>{t.pendWords[mechanism]}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t.blocking}>
        <p>{layer.actions.blockingText}</p>
        <dl className="details-facts">
          <dt>{t.filterBlock}</dt>
          <dd>{t.blockWords[layer.actions.filterBlock]}</dd>
          <dt>{t.calloutBlock}</dt>
          <dd>{t.blockWords[layer.actions.calloutBlock]}</dd>
        </dl>
      </Section>

      <Section title={t.minOs}>
        <p>{os}</p>
      </Section>

      <Section title={t.ipsec} className="details-section--ipsec">
        {recommendation !== null && (
          <div className="details-ipsec-design">
            <p>
              <strong>{t.ipsecThisDesign}:</strong> <IpsecBadge status={ipsecHere} size="long" />
            </p>
            {isPrimary && (
              <>
                <p>{recommendation.ipsec.reason}</p>
                <p>
                  <ConfidenceTag confidence={recommendation.ipsec.confidence} />
                </p>
              </>
            )}
          </div>
        )}
        <dl className="details-facts">
          <dt>{t.ipsecForFilter}</dt>
          <dd>
            <IpsecBadge status={layer.ipsec.userModeFilter} size="long" />
          </dd>
          <dt>{t.ipsecForCallout}</dt>
          <dd>
            <IpsecBadge status={layer.ipsec.callout} size="long" />
          </dd>
          {layer.ipsec.calloutReceiveInjecting !== undefined && (
            <>
              <dt>{t.ipsecForReceiveInjection}</dt>
              <dd>
                <IpsecBadge status={layer.ipsec.calloutReceiveInjecting} size="long" />
              </dd>
            </>
          )}
        </dl>
        <p>
          {layer.ipsec.reason} <ConfidenceTag confidence={layer.ipsec.confidence} />
        </p>
        {(ipsecConditions.length > 0 || designConditions.length > 0) && (
          <>
            <h4 className="details-subtitle">{t.ipsecConditions}</h4>
            <ul className="details-list">
              {ipsecConditions.map((c) => (
                <li key={c.id} data-ipsec-condition-id={c.id}>
                  {c.text} <ConfidenceTag confidence={c.confidence} />
                </li>
              ))}
              {designConditions
                .filter((c) => !ipsecConditions.some((k) => k.id === c.id))
                .map((c) => (
                  <li key={c.id} data-ipsec-condition-id={c.id}>
                    {c.text}
                  </li>
                ))}
            </ul>
          </>
        )}
        <Sources ids={layer.ipsec.sourceIds} inline />
      </Section>

      <Section title={t.calloutVsFilter}>
        <p>
          {layer.mode === 'user'
            ? t.userModeLayer
            : layer.internal
              ? t.internalLayer
              : layer.actions.callouts
                ? t.calloutsAllowed
                : t.calloutsNotAllowed}
        </p>
      </Section>

      <Section title={t.caveats} className="details-section--caveats">
        {questions.length === 0 ? (
          <p>{t.caveatsEmpty}</p>
        ) : (
          <ul className="details-caveats">
            {questions.map(({ caveat, title }) => (
              <li key={caveat.note} className="details-caveat">
                <p className="details-caveat__head">
                  <strong>{title}</strong> <ConfidenceTag confidence={caveat.confidence} />{' '}
                  <span className="details-caveat__kind">{t.caveatKind[caveat.kind]}</span>
                </p>
                <p>{caveat.note}</p>
                <Sources ids={caveat.sourceIds} inline />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t.identifiers}>
        <ul className="details-ids">
          {[...layer.fwpm, ...layer.fwps].map((name) => (
            <li key={name}>
              <code>{name}</code>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t.sources}>
        <Sources ids={layer.sourceIds} />
      </Section>
    </article>
  );
}
