import type { WordedWarning as Warning } from '@/i18n/word';
import { appText } from '@/i18n/app';
import { ConfidenceNote } from '@/components/common/ConfidenceNote';
import { SourceLinks } from '@/components/common/SourceLinks';
import { resultItemId } from './result-items';

export function WarningsList({ warnings }: { readonly warnings: readonly Warning[] }) {
  return (
    <ul className="item-list">
      {warnings.map((warning) => {
        const severity = appText.result.severity[warning.severity];
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
