import { useAppStore } from '@/store/app-store';
import { selectDismissStorageProblem, selectStorageProblem } from '@/store/records-selectors';
import { useWords } from '@/app/language';

/** What went wrong with the saved work, in words, with what the page did about it. */
export function StorageNotice() {
  const problem = useAppStore(selectStorageProblem);
  const dismiss = useAppStore(selectDismissStorageProblem);
  const t = useWords().recordsUi.storage;
  if (problem === null) return null;
  return (
    <div
      className="notice notice--warning"
      role="alert"
      data-testid="storage-problem"
      data-problem={problem}
    >
      <p className="notice__title">{t.title}</p>
      <p>{t.problems[problem]}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
