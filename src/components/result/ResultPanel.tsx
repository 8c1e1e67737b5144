import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { RESULT_HEADING_ID } from '@/components/common/focus-targets';
import { SourceScope } from '@/components/common/SourceScope';
import { AlternativesList } from './AlternativesList';
import { ConsiderationsList } from './ConsiderationsList';
import { IpsecSummary } from './IpsecSummary';
import { LayersSummary } from './LayersSummary';
import { RationaleList } from './RationaleList';
import { ResultEmpty } from './ResultEmpty';
import { ResultSection } from './ResultSection';
import { SourcesList } from './SourcesList';
import { SummaryCard } from './SummaryCard';
import { VerdictSummary } from './VerdictSummary';
import { WarningsList } from './WarningsList';
import { WhyNotHigherList } from './WhyNotHigherList';
import { useWords } from '@/app/language';
import { memo } from 'react';

interface Props {
  readonly recommendation: Recommendation | null;
  readonly onSelectLayer: (layerId: string) => void;
}

/** The folded sections under the summary card, each citing its sources once. */
const ResultFolds = memo(function ResultFolds({
  recommendation: r,
  onSelectLayer,
}: {
  readonly recommendation: Recommendation;
  readonly onSelectLayer: (layerId: string) => void;
}) {
  const t = useWords();
  const loudIpsec = r.ipsec.emphasis === 'loud';
  return (
    <>
      {r.warnings.length > 0 && (
        <ResultSection
          id="warnings"
          title={t.app.result.warningsTitle}
          count={r.warnings.length}
          collapsible
        >
          <SourceScope sources={r.warnings.map((w) => w.sourceIds)}>
            <WarningsList warnings={r.warnings} />
          </SourceScope>
        </ResultSection>
      )}
      <ResultSection
        id="considerations"
        title={t.app.result.considerationsTitle}
        count={r.considerations.length}
        collapsible
      >
        <SourceScope
          sources={r.considerations.map(
            (hit) => CONSIDERATIONS.find((c) => c.id === hit.id)?.sourceIds ?? [],
          )}
        >
          <ConsiderationsList hits={r.considerations} />
        </SourceScope>
      </ResultSection>
      <ResultSection id="plan" title={t.app.result.planTitle} collapsible>
        <VerdictSummary recommendation={r} />
      </ResultSection>
      <ResultSection
        id="layers"
        title={t.app.result.layersTitle}
        count={(r.primary === null ? 0 : 1) + r.companions.length}
        collapsible
      >
        <SourceScope sources={r.companions.map((c) => c.sourceIds)}>
          <LayersSummary recommendation={r} onSelectLayer={onSelectLayer} />
        </SourceScope>
      </ResultSection>
      {!loudIpsec && (
        <ResultSection id="ipsec" title={t.app.result.ipsecTitle} collapsible>
          <SourceScope sources={[r.ipsec.sourceIds, ...r.ipsec.conditions.map((c) => c.sourceIds)]}>
            <IpsecSummary ipsec={r.ipsec} />
          </SourceScope>
        </ResultSection>
      )}
      <ResultSection
        id="why-not-higher"
        title={t.app.result.whyNotHigherTitle}
        count={r.whyNotHigher.length}
        collapsible
      >
        <SourceScope sources={r.whyNotHigher.map((e) => e.sourceIds)}>
          <WhyNotHigherList exclusions={r.whyNotHigher} onSelectLayer={onSelectLayer} />
        </SourceScope>
      </ResultSection>
      {r.alternatives.length > 0 && (
        <ResultSection
          id="alternatives"
          title={t.app.result.alternativesTitle}
          count={r.alternatives.length}
          collapsible
        >
          <SourceScope
            sources={r.alternatives.map(
              (hit) => ALTERNATIVES.find((a) => a.id === hit.id)?.sourceIds ?? [],
            )}
          >
            <AlternativesList hits={r.alternatives} />
          </SourceScope>
        </ResultSection>
      )}
      <ResultSection
        id="rationale"
        title={t.app.result.rationaleTitle}
        count={r.rationale.length}
        collapsible
      >
        <SourceScope sources={r.rationale.map((s) => s.sourceIds)}>
          <RationaleList steps={r.rationale} />
        </SourceScope>
      </ResultSection>
      <ResultSection id="sources" title={t.app.result.sourcesTitle} collapsible>
        <SourcesList recommendation={r} />
      </ResultSection>
    </>
  );
});

/**
 * The recommendation, summary first: one card a reviewer reads in ten seconds (verdict, layers,
 * IPsec, the ranked must-knows), then every section folded, each citing its sources once as
 * numbered references. Memoised: the page passes it the result after the diagram's highlight has
 * painted (a background render, issue 12), and a render that changes neither prop skips it.
 */
export const ResultPanel = memo(function ResultPanel({ recommendation, onSelectLayer }: Props) {
  const t = useWords();
  if (recommendation === null) {
    return (
      <div className="result">
        <h2 id={RESULT_HEADING_ID} className="panel-title" tabIndex={-1}>
          {t.app.regions.result}
        </h2>
        <ResultEmpty />
      </div>
    );
  }
  const r = recommendation;
  const loudIpsec = r.ipsec.emphasis === 'loud';
  return (
    <div
      className="result"
      data-testid="recommendation"
      data-verdict={r.verdict}
      data-primary-layer={r.primary ?? ''}
      data-ipsec={r.ipsec.status}
    >
      <h2 id={RESULT_HEADING_ID} className="panel-title" tabIndex={-1}>
        {t.app.regions.result}
      </h2>
      <SummaryCard recommendation={r} onSelectLayer={onSelectLayer} />
      {loudIpsec && (
        <SourceScope sources={[r.ipsec.sourceIds, ...r.ipsec.conditions.map((c) => c.sourceIds)]}>
          <IpsecSummary ipsec={r.ipsec} />
        </SourceScope>
      )}
      <h3 className="result__folds-title">{t.app.result.foldsTitle}</h3>
      <ResultFolds recommendation={r} onSelectLayer={onSelectLayer} />
      <footer className="result__footer">
        <p>{t.app.result.startingPoint}</p>
        <p className="result__version" data-rules-version={r.rulesVersion}>
          {t.app.result.rulesVersion(r.rulesVersion)}
        </p>
      </footer>
    </div>
  );
});
