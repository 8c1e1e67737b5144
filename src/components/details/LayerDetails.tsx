import './details.css';
import { useId, useMemo, type KeyboardEvent } from 'react';
import { useWords } from '@/app/language';
import { layerStates } from '@/engine/layer-states';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { getLayer } from '@/knowledge/layers';
import type { LayerId } from '@/knowledge/types';
import { IpsecBadge } from '@/components/diagram/IpsecBadge';
import { nodeIpsecStatus } from '@/engine/node-ipsec';
import {
  BlockingSection,
  CalloutReachSection,
  InjectionSection,
  PendSection,
} from './sections/ActionsSections';
import { CaveatsSection } from './sections/CaveatsSection';
import { ConditionsSection } from './sections/ConditionsSection';
import { DesignSection } from './sections/DesignSection';
import { IpsecSection } from './sections/IpsecSection';
import { IdentifiersSection, OsSection, SourcesSection } from './sections/ReferenceSections';
import { SeesSection } from './sections/SeesSection';

export interface LayerDetailsProps {
  readonly layerId: LayerId;
  readonly recommendation: Recommendation | null;
  /** Escape and the close button; the shell returns focus to the node. */
  readonly onClose: () => void;
}

/**
 * Everything the knowledge base records about one layer, and how it fares in the current design,
 * one section component per fact group: the design, what it sees, its filter conditions,
 * injection, pend and blocking rules, minimum Windows, IPsec status with its rules, who can act
 * there, caveats and open questions, identifiers and sources. Words come from the catalogue of
 * the language shown.
 */
export function LayerDetails({ layerId, recommendation, onClose }: LayerDetailsProps) {
  const headingId = useId();
  const { details: t, knowledge, common } = useWords();
  const layer = getLayer(layerId);
  const state = useMemo(
    () => layerStates(recommendation)[layerId] ?? 'idle',
    [recommendation, layerId],
  );

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

  const words = knowledge.layers[layer.id];
  const name = words?.name ?? layer.id;
  const os = layer.minOs === null ? t.minOsUnknown : t.osAndLater(common.osNames[layer.minOs]);
  const ipsecHere = nodeIpsecStatus(layer, recommendation);

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
            {name}
          </h2>
          <p className="layer-details__summary">{words?.summary}</p>
          <p className="layer-details__chips">
            <span className={`state-chip is-${state}`} data-state={state}>
              {t.states[state]}
            </span>
            <IpsecBadge status={ipsecHere} size="long" />
            <span className="layer-details__os">{os}</span>
          </p>
        </div>
        <button
          type="button"
          className="layer-details__close"
          onClick={onClose}
          aria-label={t.closeLabel(name)}
          title={t.close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <DesignSection layer={layer} recommendation={recommendation} state={state} />
      <SeesSection layer={layer} />
      <ConditionsSection layer={layer} />
      <InjectionSection layer={layer} />
      <PendSection layer={layer} />
      <BlockingSection layer={layer} />
      <OsSection os={os} />
      <IpsecSection layer={layer} recommendation={recommendation} statusHere={ipsecHere} />
      <CalloutReachSection layer={layer} />
      <CaveatsSection layer={layer} />
      <IdentifiersSection layer={layer} />
      <SourcesSection layer={layer} />
    </article>
  );
}
