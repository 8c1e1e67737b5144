import { useAppStore } from '@/store/app-store';
import { selectDismissImportError, selectImportError } from '@/store/records-selectors';
import { useWords } from '@/app/language';

/** Why a file could not be imported, in the record parser's words; the page is unchanged. */
export function ImportNotice() {
  const error = useAppStore(selectImportError);
  const dismiss = useAppStore(selectDismissImportError);
  const words = useWords();
  const t = words.recordsUi.importing;
  if (error === null) return null;
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid="import-error"
      data-error-code={error.code}
    >
      <p className="notice__title">{t.failedTitle}</p>
      <p data-testid="import-error-text">{words.records.error(error)}</p>
      <p className="status-text">{t.unchanged}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
