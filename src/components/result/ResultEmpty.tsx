import { useWords } from '@/app/language';
export function ResultEmpty() {
  const t = useWords();
  return (
    <div className="result-empty" data-testid="result-empty">
      <p className="result-empty__title">{t.app.result.emptyTitle}</p>
      <p>{t.app.result.emptyText}</p>
      <ul className="result-empty__list">
        {t.app.result.emptySteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </div>
  );
}
