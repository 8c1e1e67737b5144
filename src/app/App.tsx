import { Suspense, lazy, useCallback, useMemo } from 'react';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { QuestionnairePanel } from '@/components/questionnaire/QuestionnairePanel';
import { ResultPanel } from '@/components/result/ResultPanel';
import { appText } from '@/i18n/app';
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
import { WorkshopMarksContext } from '@/components/diagram/workshop-context';
import { useDiagramRecommendation, useDiagramSelect } from '@/components/workshop/diagram-hooks';
import { useWorkshop } from './workshop-state';

// React Flow is the heaviest dependency (~60 kB gzip): load it after the questionnaire and the
// result have painted, so the first paint needs less JavaScript (DESIGN §7).
const StackDiagram = lazy(() =>
  import('@/components/diagram/StackDiagram').then((m) => ({ default: m.StackDiagram })),
);

// The workshop modes (issue 11) load when a trainer first opens one.
const WorkshopPanel = lazy(() =>
  import('@/components/workshop/WorkshopPanel').then((m) => ({ default: m.WorkshopPanel })),
);
const Presentation = lazy(() =>
  import('@/components/workshop/Presentation').then((m) => ({ default: m.Presentation })),
);

function DiagramLoading() {
  return (
    <div className="diagram-loading" role="status" aria-busy="true">
      <h2 className="diagram-loading__title">{appText.regions.diagram}</h2>
      <p>{appText.diagramLoading}</p>
    </div>
  );
}

/** The page: questionnaire | diagram | result, and the layer details sheet when a layer is picked. */
export function App() {
  const recommendation = useWordedRecommendation();
  const selectedLayerId = useAppStore(selectSelectedLayerId);
  const selectLayer = useAppStore(selectSelectLayer);
  const reset = useAppStore(selectReset);
  const closeDetails = useCallback(() => selectLayer(null), [selectLayer]);
  const proposed = reviewable(useAppStore(selectProposal));
  const workshopPanel = useWorkshop((s) => s.panel);
  const presenting = useWorkshop((s) => s.presenting);
  const diagramRecommendation = useDiagramRecommendation(recommendation);
  const onDiagramSelect = useDiagramSelect(selectLayer);
  const workshopMarks = useWorkshop((s) => s.marks);
  const compared = useWorkshop((s) => (s.panel === 'compare' ? s.compare : null));
  // What a workshop mode frames on the diagram: the marked layers, the compared ones, or in
  // presentation the recommended design (kept framed as the canvas grows to the screen).
  const workshopFocus = useMemo(() => {
    if (workshopMarks.size > 0) return [...workshopMarks.keys()];
    if (compared !== null) return compared;
    if (presenting && diagramRecommendation?.primary != null) {
      return [
        diagramRecommendation.primary,
        ...diagramRecommendation.companions.map((c) => c.layerId),
      ];
    }
    return undefined;
  }, [workshopMarks, compared, presenting, diagramRecommendation]);
  // A packet path or an open quiz question: the diagram drops the questionnaire's states.
  const neutralDiagram = useWorkshop(
    (s) => s.panel === 'paths' || (s.panel === 'quiz' && s.quiz.answers.length <= s.quiz.index),
  );
  const workshopClass = [
    workshopPanel !== null ? ` app--workshop app--workshop-${workshopPanel}` : '',
    presenting ? ' app--present' : '',
    neutralDiagram ? ' app--diagram-neutral' : '',
  ].join('');

  return (
    <div className={`app${workshopClass}`}>
      <AppHeader />
      <main className="app-main">
        <section className="panel panel--questionnaire" aria-label={appText.regions.questionnaire}>
          {workshopPanel !== null ? (
            <ErrorBoundary region={appText.regions.questionnaire}>
              <Suspense fallback={null}>
                <WorkshopPanel />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <ErrorBoundary region={appText.regions.questionnaire} onReset={reset}>
              <WorkPanel questionnaire={<QuestionnairePanel />} />
            </ErrorBoundary>
          )}
        </section>
        <section className="panel panel--diagram" aria-label={appText.regions.diagram}>
          <ErrorBoundary region={appText.regions.diagram}>
            <Suspense fallback={<DiagramLoading />}>
              <WorkshopMarksContext.Provider value={workshopMarks}>
                <StackDiagram
                  recommendation={diagramRecommendation}
                  selectedLayerId={selectedLayerId}
                  onSelectLayer={onDiagramSelect}
                  proposedLayerIds={proposed?.layers}
                  focusLayerIds={workshopFocus}
                />
              </WorkshopMarksContext.Provider>
            </Suspense>
          </ErrorBoundary>
        </section>
        <section className="panel panel--result" aria-label={appText.regions.result}>
          <ErrorBoundary region={appText.regions.result} onReset={reset}>
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
        {presenting && (
          <ErrorBoundary region={appText.regions.diagram}>
            <Suspense fallback={null}>
              <Presentation recommendation={recommendation} />
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
      <RecordsLayer recommendation={recommendation} />
    </div>
  );
}
