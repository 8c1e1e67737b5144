import { useWords } from '@/app/language';
import type { DiagramState } from '@/engine/candidates';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import type { Layer } from '@/knowledge/types';
import { Section, StatementSources } from '../parts';

/** How the layer fares in the current design: chosen, companion, ruled out (why) or workable. */
export function DesignSection({
  layer,
  recommendation,
  state,
}: {
  readonly layer: Layer;
  readonly recommendation: Recommendation | null;
  readonly state: DiagramState;
}) {
  const t = useWords().details;
  const companion = recommendation?.companions.find((c) => c.layerId === layer.id);
  const exclusion = recommendation?.excluded.find((e) => e.layerId === layer.id);
  let body;
  if (recommendation === null) {
    body = <p>{t.noDesign}</p>;
  } else if (recommendation.primary === layer.id) {
    body = (
      <p>{t.recommendedBecause(t.verdict[recommendation.verdict] ?? recommendation.verdict)}</p>
    );
  } else if (companion !== undefined) {
    body = (
      <>
        <p>{companion.text}</p>
        <StatementSources ids={companion.sourceIds} />
      </>
    );
  } else if (exclusion !== undefined) {
    body = (
      <>
        <p className="layer-details__reason" data-exclusion-code={exclusion.code}>
          {exclusion.reason}
        </p>
        <StatementSources ids={exclusion.sourceIds} />
      </>
    );
  } else {
    body = <p>{state === 'workable' ? t.workable : t.noDesign}</p>;
  }
  return (
    <Section title={t.thisDesign} className="details-section--design">
      {body}
    </Section>
  );
}
