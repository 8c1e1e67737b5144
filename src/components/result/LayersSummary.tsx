import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { getLayer } from '@/knowledge/layers';
import { BreakableCode } from '@/components/common/BreakableCode';
import { SourceLinks } from '@/components/common/SourceLinks';
import { LayerName } from './LayerName';
import { useWords } from '@/app/language';

interface Props {
  readonly recommendation: Recommendation;
  readonly onSelectLayer: (layerId: string) => void;
}

/** The recommended layer with its API names, and the companion layers with their roles. */
export function LayersSummary({ recommendation, onSelectLayer }: Props) {
  const t = useWords();
  const { primary, companions } = recommendation;
  const layer = primary === null ? undefined : getLayer(primary);
  const knowledge = useWords().knowledge;
  return (
    <section className="result-section layers-summary" aria-labelledby="result-primary-title">
      <h3 id="result-primary-title" className="result-section__title">
        {t.app.result.primaryTitle}
      </h3>
      {primary === null ? (
        <p>{t.app.result.noPrimary}</p>
      ) : (
        <div className="layer-card layer-card--primary" data-layer-ref={primary}>
          <LayerName layerId={primary} onSelectLayer={onSelectLayer} />
          {layer !== undefined && (
            <>
              <p className="layer-card__api">
                {layer.fwpm.map((name) => (
                  <BreakableCode key={name} text={name} />
                ))}
              </p>
              <p className="layer-card__summary">{knowledge.layers[layer.id]?.summary}</p>
            </>
          )}
        </div>
      )}
      {companions.length > 0 && (
        <>
          <h4 className="result-subtitle">{t.app.result.companionsTitle}</h4>
          <ul className="layer-list">
            {companions.map((companion) => (
              <li
                key={`${companion.layerId}-${companion.role}`}
                className="layer-card"
                data-layer-ref={companion.layerId}
                data-companion-role={companion.role}
              >
                <LayerName layerId={companion.layerId} onSelectLayer={onSelectLayer} />
                <p>{companion.text}</p>
                <SourceLinks ids={companion.sourceIds} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
