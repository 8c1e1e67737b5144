import { useAppStore } from '@/store/app-store';
import { selectDismissStorageProblem, selectStorageProblems } from '@/store/records-selectors';
import { useWords } from '@/app/language';

/**
 * What went wrong with the saved work, in words, with what the page did about it: every problem
 * reported since the last dismissal (`data-problem` is the first, `data-problems` all of them).
 */
export function StorageNotice() {
  const problems = useAppStore(selectStorageProblems);
  const dismiss = useAppStore(selectDismissStorageProblem);
  const t = useWords().recordsUi.storage;
  if (problems.length === 0) return null;
  return (
    <div
      className="notice notice--warning"
      role="alert"
      data-testid="storage-problem"
      data-problem={problems[0]}
      data-problems={problems.join(' ')}
    >
      <p className="notice__title">{t.title}</p>
      {problems.map((problem) => (
        <p key={problem}>{t.problems[problem]}</p>
      ))}
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
