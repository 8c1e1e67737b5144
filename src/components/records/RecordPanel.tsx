import { useId, useState } from 'react';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { useAppStore, useAppStoreApi } from '@/store/app-store';
import {
  selectDraft,
  selectSaveRecord,
  selectSetNotes,
  selectSetTitle,
  selectToggleChecked,
} from '@/store/records-selectors';
import { recordOf, useChecklist, useReview } from '@/store/use-review';
import { checklistLabel } from './checklist-words';
import { useWords } from '@/app/language';

/**
 * The record being written: a title and free-text notes (kept as typed, shown as text only), and
 * the review checklist — the considerations, warnings and findings to act on — with a tick each.
 * Everything is saved with the page and goes into every export.
 */
export function RecordPanel({
  recommendation,
}: {
  readonly recommendation: Recommendation | null;
}) {
  const words = useWords();
  const t = words.recordsUi.record;
  const draft = useAppStore(selectDraft);
  const setTitle = useAppStore(selectSetTitle);
  const setNotes = useAppStore(selectSetNotes);
  const toggle = useAppStore(selectToggleChecked);
  const save = useAppStore(selectSaveRecord);
  const api = useAppStoreApi();
  const checklist = useChecklist();
  const review = useReview();
  const ids = useId();
  const [status, setStatus] = useState('');
  const done = checklist.filter((i) => i.done).length;

  return (
    <section className="record-panel" aria-labelledby={`${ids}-title`} data-testid="record-panel">
      <h2 id={`${ids}-title`} className="panel-title">
        {t.title}
      </h2>
      <label className="record-panel__label" htmlFor={`${ids}-name`}>
        {t.titleLabel}
      </label>
      <input
        id={`${ids}-name`}
        className="record-panel__input"
        data-testid="record-title"
        value={draft.title}
        maxLength={200}
        placeholder={t.titlePlaceholder}
        onChange={(event) => setTitle(event.target.value)}
      />
      <label className="record-panel__label" htmlFor={`${ids}-notes`}>
        {t.notesLabel}
      </label>
      <textarea
        id={`${ids}-notes`}
        className="record-panel__input record-panel__notes"
        data-testid="record-notes"
        value={draft.notes}
        rows={4}
        maxLength={20_000}
        placeholder={t.notesPlaceholder}
        onChange={(event) => setNotes(event.target.value)}
      />
      {recommendation !== null && (
        <fieldset className="record-panel__checklist" data-testid="checklist">
          <legend>
            {t.checklistTitle}{' '}
            <span className="status-text">{t.progress(done, checklist.length)}</span>
          </legend>
          <p className="status-text">
            {checklist.length === 0 ? t.checklistEmpty : t.checklistIntro}
          </p>
          <ul>
            {checklist.map((item) => (
              <li key={item.id}>
                <label className={`check check--${item.kind}`}>
                  <input
                    type="checkbox"
                    data-checklist-id={item.id}
                    checked={item.done}
                    onChange={(event) => toggle(item.id, event.target.checked)}
                  />
                  <span>
                    <span className="check__kind">{t.checklistKinds[item.kind]}</span>{' '}
                    {checklistLabel(item.id, recommendation, review, words)}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid="save-record"
          disabled={recommendation === null}
          onClick={() => {
            const record = recordOf(api.getState());
            if (record === null) return;
            save(record);
            setStatus(t.saved);
          }}
        >
          {t.save}
        </button>
        <span className="status-text" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}
