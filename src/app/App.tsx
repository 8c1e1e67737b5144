import { Suspense, lazy, useCallback } from 'react';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { QuestionnairePanel } from '@/components/questionnaire/QuestionnairePanel';
import { ResultPanel } from '@/components/result/ResultPanel';
import { useAppStore } from '@/store/app-store';
import { selectReset, selectSelectedLayerId, selectSelectLayer } from '@/store/selectors';
import { useWordedRecommendation } from './use-worded-recommendation';
import { AppHeader } from './AppHeader';
import { LayerSheet } from './LayerSheet';
import { RecordsLayer } from './RecordsLayer';
import { WorkPanel } from '@/components/review/WorkPanel';
import { ReviewResult } from '@/components/review/ReviewResult';
import { RecordPanel } from '@/components/records/RecordPanel';
import { RulesNotice } from '@/components/records/RulesNotice';
import { StarterCodePanel } from '@/components/records/StarterCodePanel';
import { selectProposal } from '@/store/records-selectors';
import { reviewable } from '@/store/use-review';
import { useWords } from '@/app/language';

// React Flow is the heaviest dependency (~60 kB gzip): load it after the questionnaire and the
// result have painted, so the first paint needs less JavaScript (DESIGN §7).
const StackDiagram = lazy(() =>
  import('@/components/diagram/StackDiagram').then((m) => ({ default: m.StackDiagram })),
);

function DiagramLoading() {
  const t = useWords();
  return (
    <div className="diagram-loading" role="status" aria-busy="true">
      <h2 className="diagram-loading__title">{t.app.regions.diagram}</h2>
      <p>{t.app.diagramLoading}</p>
    </div>
  );
}

/** The page: questionnaire | diagram | result, and the layer details sheet when a layer is picked. */
export function App() {
  const t = useWords();
  const recommendation = useWordedRecommendation();
  const selectedLayerId = useAppStore(selectSelectedLayerId);
  const selectLayer = useAppStore(selectSelectLayer);
  const reset = useAppStore(selectReset);
  const closeDetails = useCallback(() => selectLayer(null), [selectLayer]);
  const proposed = reviewable(useAppStore(selectProposal));

  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <section className="panel panel--questionnaire" aria-label={t.app.regions.questionnaire}>
          <ErrorBoundary region="questionnaire" onReset={reset}>
            <WorkPanel questionnaire={<QuestionnairePanel />} />
          </ErrorBoundary>
        </section>
        <section className="panel panel--diagram" aria-label={t.app.regions.diagram}>
          <ErrorBoundary region="diagram">
            <Suspense fallback={<DiagramLoading />}>
              <StackDiagram
                recommendation={recommendation}
                selectedLayerId={selectedLayerId}
                onSelectLayer={selectLayer}
                proposedLayerIds={proposed?.layers}
              />
            </Suspense>
          </ErrorBoundary>
        </section>
        <section className="panel panel--result" aria-label={t.app.regions.result}>
          <ErrorBoundary region="result" onReset={reset}>
            <div className="reviewer-top">
              <RulesNotice />
              <ReviewResult />
            </div>
            <ResultPanel recommendation={recommendation} onSelectLayer={selectLayer} />
            <div className="reviewer-bottom">
              <RecordPanel recommendation={recommendation} />
              <StarterCodePanel />
            </div>
          </ErrorBoundary>
        </section>
        {selectedLayerId !== null && (
          <LayerSheet
            layerId={selectedLayerId}
            recommendation={recommendation}
            onClose={closeDetails}
          />
        )}
      </main>
      <RecordsLayer recommendation={recommendation} />
    </div>
  );
}
