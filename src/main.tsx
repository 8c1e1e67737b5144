// First: starts loading the diagram's chunk before the rest of the entry evaluates.
import './app/start-diagram';
import '@xyflow/react/dist/style.css';
import './styles/tokens.css';
import './styles/global.css';
import './styles/questionnaire.css';
import './styles/result.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadDiagram } from './app/App';
import { initLanguage } from './app/language';
import { registerServiceWorkerLater } from './app/service-worker';
import { initTheme } from './app/theme';
import { startUrlSync } from './app/url-sync';
import { ErrorBoundary } from './components/common/ErrorBoundary';
import { AppStoreContext, initialAppState } from './store/app-store';
import { whenIdle } from './store/idle-writes';
import { browserStorage, createPersistedAppStore } from './store/persist';
import { preferenceProblems } from './store/preference-storage';

initTheme();
// The diagram's chunk (React Flow) loads while the entry finishes; the first render waits for it
// a moment (below), so the diagram is in the first render and layout instead of a second one.
const diagramLoaded = preloadDiagram();
// The answers in progress and the recent records come back from localStorage (issue 10 §6);
// a link in the address bar then wins over them. Changes are saved when the browser is idle, after
// the answer has painted.
const appStore = createPersistedAppStore(browserStorage(), initialAppState(), whenIdle);
// Before the first render, so a shared link paints its answers and result straight away.
startUrlSync(appStore);

// Offline support registers once the diagram's first look has painted.
registerServiceWorkerLater();

/** How long the first render waits for the diagram's chunk (ms). */
const DIAGRAM_WAIT_MS = 1000;

function atMost(promise: Promise<void>, ms: number): Promise<void> {
  return Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// The remembered (or the browser's) language is loaded before the first paint, so the page never
// shows one language and then another. The diagram's chunk is waited for at most
// DIAGRAM_WAIT_MS: on a slow network the questionnaire does not wait for it.
void Promise.all([initLanguage(), atMost(diagramLoaded, DIAGRAM_WAIT_MS)]).finally(() => {
  // A remembered language or theme the page could not read is said beside the saved work's problems.
  for (const problem of preferenceProblems()) appStore.getState().reportStorageProblem(problem);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary region="page" onReset={() => appStore.getState().reset()}>
        <AppStoreContext.Provider value={appStore}>
          <App />
        </AppStoreContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
});
