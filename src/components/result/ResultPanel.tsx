import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { appText } from '@/i18n/app';
import { RESULT_HEADING_ID } from '@/components/common/focus-targets';
import { AlternativesList } from './AlternativesList';
import { ConsiderationsList } from './ConsiderationsList';
import { IpsecSummary } from './IpsecSummary';
import { LayersSummary } from './LayersSummary';
import { RationaleList } from './RationaleList';
import { ResultEmpty } from './ResultEmpty';
import { ResultSection } from './ResultSection';
import { SourcesList } from './SourcesList';
import { VerdictSummary } from './VerdictSummary';
import { WarningsList } from './WarningsList';
import { WhyNotHigherList } from './WhyNotHigherList';

/** Lists longer than this start folded, so the verdict and the pitfalls stay near the top. */
const FOLD_ABOVE = 6;

interface Props {
  readonly recommendation: Recommendation | null;
  readonly onSelectLayer: (layerId: string) => void;
}

/** The recommendation in words a reviewer can quote, with every reason and source behind it. */
export function ResultPanel({ recommendation, onSelectLayer }: Props) {
  if (recommendation === null) {
    return (
      <div className="result">
        <h2 id={RESULT_HEADING_ID} className="panel-title" tabIndex={-1}>
          {appText.regions.result}
        </h2>
        <ResultEmpty />
      </div>
    );
  }
  const r = recommendation;
  // A design that breaks IPsec in use must not sit below the fold: its alert comes right after
  // the verdict, before the layer details.
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
        {appText.regions.result}
      </h2>
      <VerdictSummary recommendation={r} />
      {loudIpsec && <IpsecSummary ipsec={r.ipsec} />}
      <LayersSummary recommendation={r} onSelectLayer={onSelectLayer} />
      {!loudIpsec && <IpsecSummary ipsec={r.ipsec} />}
      {r.warnings.length > 0 && (
        <ResultSection id="warnings" title={appText.result.warningsTitle} count={r.warnings.length}>
          <WarningsList warnings={r.warnings} />
        </ResultSection>
      )}
      <ResultSection
        id="considerations"
        title={appText.result.considerationsTitle}
        count={r.considerations.length}
      >
        <ConsiderationsList hits={r.considerations} />
      </ResultSection>
      <ResultSection
        id="why-not-higher"
        title={appText.result.whyNotHigherTitle}
        count={r.whyNotHigher.length}
        collapsible
        defaultOpen={r.whyNotHigher.length <= FOLD_ABOVE}
      >
        <WhyNotHigherList exclusions={r.whyNotHigher} onSelectLayer={onSelectLayer} />
      </ResultSection>
      {r.alternatives.length > 0 && (
        <ResultSection
          id="alternatives"
          title={appText.result.alternativesTitle}
          count={r.alternatives.length}
        >
          <AlternativesList hits={r.alternatives} />
        </ResultSection>
      )}
      <ResultSection
        id="rationale"
        title={appText.result.rationaleTitle}
        count={r.rationale.length}
        collapsible
      >
        <RationaleList steps={r.rationale} />
      </ResultSection>
      <ResultSection id="sources" title={appText.result.sourcesTitle} collapsible>
        <SourcesList recommendation={r} />
      </ResultSection>
      <footer className="result__footer">
        <p>{appText.result.startingPoint}</p>
        <p className="result__version" data-rules-version={r.rulesVersion}>
          {appText.result.rulesVersion(r.rulesVersion)}
        </p>
      </footer>
    </div>
  );
}
