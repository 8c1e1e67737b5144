import { appText } from '@/i18n/app';

export function ResultEmpty() {
  return (
    <div className="result-empty" data-testid="result-empty">
      <p className="result-empty__title">{appText.result.emptyTitle}</p>
      <p>{appText.result.emptyText}</p>
      <ul className="result-empty__list">
        {appText.result.emptySteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </div>
  );
}
