import { Suspense, memo, useCallback, useMemo } from 'react';
import { useAfterPaint } from '@/components/common/use-after-paint';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { QuestionnairePanel } from '@/components/questionnaire/QuestionnairePanel';
import { ResultPanel } from '@/components/result/ResultPanel';
import { useAppStore } from '@/store/app-store';
import { selectReset, selectSelectedLayerId, selectSelectLayer } from '@/store/selectors';
import { useWordedRecommendation } from './use-worded-recommendation';
import type { WordedRecommendation } from '@/i18n/word';
import { AppHeader } from './AppHeader';
import { ProposalForm, WorkPanel } from '@/components/review/WorkPanel';
import { lazyPart } from './lazy-part';
import { retryableImport } from './load-failure';
import { recordToolParts } from './RecordTools';
import { selectProposal } from '@/store/records-selectors';
import { reviewable } from '@/store/use-profile';
import { LanguageProvider, useWords } from '@/app/language';
import { WorkshopMarksContext } from '@/components/diagram/workshop-context';
import { useDiagramRecommendation, useDiagramSelect } from '@/components/workshop/diagram-hooks';
import { revealedAnswer, useWorkshop } from './workshop-state';

// React Flow is the heaviest dependency (~60 kB gzip): it is not in the entry chunk, so the page's
// frame paints with less JavaScript (DESIGN §7).
const StackDiagram = lazyPart(
  retryableImport(
    () => import('@/components/diagram/StackDiagram'),
    (m) => m.StackDiagram,
  ),
);

/**
 * Starts loading the diagram's chunk (and the records' drop target) at once (the page calls it
 * before its first render); resolves when they have loaded or failed. Once loaded, the diagram
 * renders in the same pass as the rest of the page instead of in a second render and layout after
 * it (issue 12).
 */
export function preloadDiagram(): Promise<void> {
  // A failure is not this call's to report: the lazy diagram asks again and its error boundary
  // says so in the diagram panel.
  return Promise.all([StackDiagram.preload(), RecordsLayer.preload()]).then(
    () => undefined,
    () => undefined,
  );
}
// Parts a first look at a result does not need load in their own chunks, once rendered:
// the layer details, the review result, the rules notice, the record and starter-code panels and
// the page-wide record tools (print view, import notices). The review result, the rules notice
// and the record and starter-code panels load only after the diagram's first look has painted
// (issue 12).
const LATER = { afterFirstLook: true } as const;
const LayerSheet = lazyPart(
  retryableImport(
    () => import('./LayerSheet'),
    (m) => m.LayerSheet,
  ),
);
// The page-wide drop target for records comes with the diagram (preloadDiagram): a file dropped
// as soon as the page shows is read, not opened by the browser in place of the page.
const RecordsLayer = lazyPart(
  retryableImport(
    () => import('./RecordsLayer'),
    (m) => m.RecordsLayer,
  ),
);
const ReviewResult = lazyPart(
  retryableImport(
    () => import('@/components/review/ReviewResult'),
    (m) => m.ReviewResult,
  ),
  LATER,
);
const RulesNotice = lazyPart(
  retryableImport(
    () => import('@/components/records/RulesNotice'),
    (m) => m.RulesNotice,
  ),
  LATER,
);
const RecordPanel = lazyPart(
  retryableImport(
    () => import('@/components/records/RecordPanel'),
    (m) => m.RecordPanel,
  ),
  LATER,
);
const StarterCodePanel = lazyPart(
  retryableImport(
    () => import('@/components/records/StarterCodePanel'),
    (m) => m.StarterCodePanel,
  ),
  LATER,
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

// The workshop modes load when a trainer first opens one (with the late English words, as every
// lazy part does).
const WorkshopPanel = lazyPart(
  retryableImport(
    () => import('@/components/workshop/WorkshopPanel'),
    (m) => m.WorkshopPanel,
  ),
);
const Presentation = lazyPart(
  retryableImport(
    () => import('@/components/workshop/Presentation'),
    (m) => m.Presentation,
  ),
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

/**
 * The result column. Answer → paint within a frame (issue 12): the diagram's highlight and the
 * questionnaire change in the answer's own render; the result and the record follow after that
 * frame has painted, in a render of this part only that React can interrupt, marked busy (and
 * dimmed) until they show the new result.
 */
const ResultRegion = memo(function ResultRegion({
  label,
  recommendation,
  onSelectLayer,
  onReset,
}: {
  readonly label: string;
  readonly recommendation: WordedRecommendation | null;
  readonly onSelectLayer: (layerId: string | null) => void;
  readonly onReset: () => void;
}) {
  const settled = useAfterPaint(recommendation);
  const resultStale = settled !== recommendation;
  // The same element until the settled result changes: the answer's own render updates only the
  // section's busy mark and skips everything inside.
  const content = useMemo(
    () => (
      <ErrorBoundary region="result" onReset={onReset}>
        <div className="reviewer-top">
          <ErrorBoundary region="review">
            <Suspense fallback={null}>
              <RulesNotice />
              <ReviewResult />
            </Suspense>
          </ErrorBoundary>
        </div>
        <ResultPanel recommendation={settled} onSelectLayer={onSelectLayer} />
        <div className="reviewer-bottom">
          <ErrorBoundary region="records">
            <Suspense fallback={null}>
              <RecordPanel recommendation={settled} />
              <StarterCodePanel />
            </Suspense>
          </ErrorBoundary>
        </div>
      </ErrorBoundary>
    ),
    [settled, onSelectLayer, onReset],
  );
  return (
    <section
      className="panel panel--result"
      aria-label={label}
      aria-busy={resultStale || undefined}
      data-stale={resultStale ? 'result' : undefined}
    >
      {content}
    </section>
  );
});

/** The page: questionnaire | diagram | result, and the layer details sheet when a layer is picked. */
export function App() {
  return (
    <LanguageProvider>
      <Page />
    </LanguageProvider>
  );
}

function Page() {
  const t = useWords();
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
  // A packet path or an open quiz question (until its answer shows in full): the diagram drops
  // the questionnaire's states.
  const neutralDiagram = useWorkshop(
    (s) => s.panel === 'paths' || (s.panel === 'quiz' && revealedAnswer(s.quiz) === undefined),
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
        <section className="panel panel--questionnaire" aria-label={t.app.regions.questionnaire}>
          {workshopPanel !== null ? (
            <ErrorBoundary region="questionnaire">
              <Suspense fallback={null}>
                <WorkshopPanel />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <ErrorBoundary region="questionnaire" onReset={reset}>
              <WorkPanel questionnaire={<QuestionnairePanel />} />
            </ErrorBoundary>
          )}
        </section>
        <section className="panel panel--diagram" aria-label={t.app.regions.diagram}>
          <ErrorBoundary region="diagram">
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
        <ResultRegion
          label={t.app.regions.result}
          recommendation={recommendation}
          onSelectLayer={selectLayer}
          onReset={reset}
        />
        {selectedLayerId !== null && (
          <Suspense fallback={null}>
            <LayerSheet
              layerId={selectedLayerId}
              recommendation={recommendation}
              onClose={closeDetails}
            />
          </Suspense>
        )}
        {presenting && (
          <ErrorBoundary region="present">
            <Suspense fallback={null}>
              <Presentation recommendation={recommendation} />
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
      <Suspense fallback={null}>
        <RecordsLayer recommendation={recommendation} />
      </Suspense>
    </div>
  );
}
