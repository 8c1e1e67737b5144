import { Suspense, type ReactNode } from 'react';
import { lazyPart } from '@/app/lazy-part';
import { retryableImport } from '@/app/load-failure';
import { useAppStore } from '@/store/app-store';
import { selectMode, selectSetMode } from '@/store/records-selectors';
import type { WorkMode } from '@/store/records-slice';
import { useWords } from '@/app/language';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';

// The review form loads in its own chunk the first time "Review a design" is chosen.
export const ProposalForm = lazyPart(
  retryableImport(
    () => import('./ProposalForm'),
    (m) => m.ProposalForm,
  ),
);

const MODES: readonly WorkMode[] = ['recommend', 'review'];

/**
 * The left panel: "Recommend a layer" (the questionnaire, passed in) or "Review a design" (the
 * proposal form). Both share one task profile; switching keeps everything.
 */
export function WorkPanel({ questionnaire }: { readonly questionnaire: ReactNode }) {
  const mode = useAppStore(selectMode);
  const setMode = useAppStore(selectSetMode);
  const t = useWords().recordTools.modes;
  return (
    <div className="work-panel">
      <fieldset className="segmented work-panel__modes">
        <legend>{t.label}</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="work-mode"
              value={m}
              data-mode-switch={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {t[m]}
          </label>
        ))}
      </fieldset>
      {mode === 'review' ? (
        <ErrorBoundary region="review">
          <Suspense fallback={null}>
            <ProposalForm />
          </Suspense>
        </ErrorBoundary>
      ) : (
        questionnaire
      )}
    </div>
  );
}
