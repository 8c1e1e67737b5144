import { Suspense, lazy, useCallback } from 'react';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { QuestionnairePanel } from '@/components/questionnaire/QuestionnairePanel';
import { ResultPanel } from '@/components/result/ResultPanel';
import { useAppStore } from '@/store/app-store';
import { selectReset, selectSelectedLayerId, selectSelectLayer } from '@/store/selectors';
import { useWordedRecommendation } from './use-worded-recommendation';
import { AppHeader } from './AppHeader';
import { ProposalForm, WorkPanel } from '@/components/review/WorkPanel';
import { lazyPart } from './lazy-part';
import { recordToolParts } from './RecordTools';
import { selectProposal } from '@/store/records-selectors';
import { reviewable } from '@/store/use-review';
import { useWords } from '@/app/language';

// React Flow is the heaviest dependency (~60 kB gzip): load it after the questionnaire and the
// result have painted, so the first paint needs less JavaScript (DESIGN §7).
const StackDiagram = lazy(() =>
  import('@/components/diagram/StackDiagram').then((m) => ({ default: m.StackDiagram })),
);
// Parts a first look at a result does not need load in their own chunks, once rendered (issue 12):
// the layer details, the review result, the rules notice, the record and starter-code panels and
// the page-wide record tools (print view, import notices).
const LayerSheet = lazyPart(() => import('./LayerSheet').then((m) => m.LayerSheet));
const RecordsLayer = lazyPart(() => import('./RecordsLayer').then((m) => m.RecordsLayer));
const ReviewResult = lazyPart(() =>
  import('@/components/review/ReviewResult').then((m) => m.ReviewResult),
);
const RulesNotice = lazyPart(() =>
  import('@/components/records/RulesNotice').then((m) => m.RulesNotice),
);
const RecordPanel = lazyPart(() =>
  import('@/components/records/RecordPanel').then((m) => m.RecordPanel),
);
const StarterCodePanel = lazyPart(() =>
  import('@/components/records/StarterCodePanel').then((m) => m.StarterCodePanel),
);

/**
 * Loads the parts of the page above, the header's record tools and the review form ahead of use
 * (e.g. before a test renders the whole page); the diagram keeps its own loading.
 */
export function preloadAppParts(): Promise<unknown> {
  return Promise.all([
    ...[LayerSheet, RecordsLayer, ReviewResult, RulesNotice, RecordPanel, StarterCodePanel].map(
      (part) => part.preload(),
    ),
    ...recordToolParts.map((part) => part.preload()),
    ProposalForm.preload(),
  ]);
}

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
              <Suspense fallback={null}>
                <RulesNotice />
                <ReviewResult />
              </Suspense>
            </div>
            <ResultPanel recommendation={recommendation} onSelectLayer={selectLayer} />
            <div className="reviewer-bottom">
              <Suspense fallback={null}>
                <RecordPanel recommendation={recommendation} />
                <StarterCodePanel />
              </Suspense>
            </div>
          </ErrorBoundary>
        </section>
        {selectedLayerId !== null && (
          <Suspense fallback={null}>
            <LayerSheet
              layerId={selectedLayerId}
              recommendation={recommendation}
              onClose={closeDetails}
            />
          </Suspense>
        )}
      </main>
      <Suspense fallback={null}>
        <RecordsLayer recommendation={recommendation} />
      </Suspense>
    </div>
  );
}
