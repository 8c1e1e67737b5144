import type { WordedWarning as Warning } from '@/i18n/word';
import { ConfidenceNote } from '@/components/common/ConfidenceNote';
import { SourceLinks } from '@/components/common/SourceLinks';
import { resultItemId } from './result-items';
import { useWords } from '@/app/language';
import { Suspense } from 'react';

/**
 * A warning's text: the English texts load with the late words (issue 12), so it may wait for them
 * while the title shows at once.
 */
function WarningText({ warning }: { readonly warning: Warning }) {
  return <p>{warning.text}</p>;
}

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
            <Suspense fallback={<p aria-busy="true" />}>
              <WarningText warning={warning} />
            </Suspense>
            <ConfidenceNote confidence={warning.confidence} />
            <SourceLinks ids={warning.sourceIds} />
          </li>
        );
      })}
    </ul>
  );
}
