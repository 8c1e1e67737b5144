import type { WordedWarning as Warning } from '@/i18n/word';
import { ConfidenceNote } from '@/components/common/ConfidenceNote';
import { SourceLinks } from '@/components/common/SourceLinks';
import { resultItemId } from './result-items';
import { useWords } from '@/app/language';

export function WarningsList({ warnings }: { readonly warnings: readonly Warning[] }) {
  const t = useWords();
  return (
    <ul className="item-list">
      {warnings.map((warning) => {
        const severity = t.app.result.severity[warning.severity];
        return (
          <li
            key={warning.id}
            className={`item warning warning--${warning.severity}`}
            id={resultItemId('warning', warning.id)}
            tabIndex={-1}
            data-warning-id={warning.id}
            data-severity={warning.severity}
          >
            <p className="item__title">
              <span className="warning__icon" aria-hidden="true">
                {severity.icon}
              </span>
              <span className="visually-hidden">{severity.text}: </span>
              {warning.title}
            </p>
            <p>{warning.text}</p>
            <ConfidenceNote confidence={warning.confidence} />
            <SourceLinks ids={warning.sourceIds} />
          </li>
        );
      })}
    </ul>
  );
}
