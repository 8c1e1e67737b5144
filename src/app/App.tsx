import { useCallback } from 'react';
import { StackDiagram } from '@/components/diagram/StackDiagram';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { QuestionnairePanel } from '@/components/questionnaire/QuestionnairePanel';
import { ResultPanel } from '@/components/result/ResultPanel';
import { appText } from '@/i18n/app';
import { useAppStore } from '@/store/app-store';
import { selectReset, selectSelectedLayerId, selectSelectLayer } from '@/store/selectors';
import { useRecommendation } from '@/store/use-recommendation';
import { AppHeader } from './AppHeader';
import { LayerSheet } from './LayerSheet';

/** The page: questionnaire | diagram | result, and the layer details sheet when a layer is picked. */
export function App() {
  const recommendation = useRecommendation();
  const selectedLayerId = useAppStore(selectSelectedLayerId);
  const selectLayer = useAppStore(selectSelectLayer);
  const reset = useAppStore(selectReset);
  const closeDetails = useCallback(() => selectLayer(null), [selectLayer]);

  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <section className="panel panel--questionnaire" aria-label={appText.regions.questionnaire}>
          <ErrorBoundary region={appText.regions.questionnaire} onReset={reset}>
            <QuestionnairePanel />
          </ErrorBoundary>
        </section>
        <section className="panel panel--diagram" aria-label={appText.regions.diagram}>
          <ErrorBoundary region={appText.regions.diagram}>
            <StackDiagram
              recommendation={recommendation}
              selectedLayerId={selectedLayerId}
              onSelectLayer={selectLayer}
            />
          </ErrorBoundary>
        </section>
        <section className="panel panel--result" aria-label={appText.regions.result}>
          <ErrorBoundary region={appText.regions.result} onReset={reset}>
            <ResultPanel recommendation={recommendation} onSelectLayer={selectLayer} />
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
    </div>
  );
}
