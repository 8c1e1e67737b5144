import type { ReactNode } from 'react';
import { useAppStore } from '@/store/app-store';
import { selectMode, selectSetMode } from '@/store/records-selectors';
import type { WorkMode } from '@/store/records-slice';
import { ProposalForm } from './ProposalForm';
import { useWords } from '@/app/language';

const MODES: readonly WorkMode[] = ['recommend', 'review'];

/**
 * The left panel: "Recommend a layer" (the questionnaire, passed in) or "Review a design" (the
 * proposal form). Both share one task profile; switching keeps everything.
 */
export function WorkPanel({ questionnaire }: { readonly questionnaire: ReactNode }) {
  const mode = useAppStore(selectMode);
  const setMode = useAppStore(selectSetMode);
  const t = useWords().recordsUi.modes;
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
      {mode === 'review' ? <ProposalForm /> : questionnaire}
    </div>
  );
}
