import { useEffect, useRef } from 'react';
import { useAppStore } from '@/store/app-store';
import {
  selectDismissProfileErrors,
  selectLinkOutcome,
  selectLinkReadInFull,
  selectProfileErrors,
} from '@/store/selectors';
import { useWords } from '@/app/language';

/** The link words quote keys and values in backticks; show those parts as code. */
function CodeSpans({ text }: { readonly text: string }) {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

/**
 * What was wrong with the link that was opened: one `[data-testid="profile-error"]` per problem,
 * in the page's language (the words name the key and value), and what opening it did.
 */
export function ProfileErrors() {
  const t = useWords();
  const errors = useAppStore(selectProfileErrors);
  const outcome = useAppStore(selectLinkOutcome);
  // Only notices (a link spelled otherwise): it was read in full, and the heading says so.
  const readInFull = useAppStore(selectLinkReadInFull);
  const dismiss = useAppStore(selectDismissProfileErrors);
  const previous = useRef(errors);
  const heading = useRef<HTMLHeadingElement>(null);

  // A bad link opened while using the page: bring the message into view (it is role=alert too).
  useEffect(() => {
    if (errors.length > 0 && errors !== previous.current) {
      heading.current?.scrollIntoView({ block: 'nearest' });
    }
    previous.current = errors;
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <div className="profile-errors" role="alert" aria-labelledby="profile-errors-title">
      <h2 id="profile-errors-title" className="profile-errors__title" ref={heading}>
        <span aria-hidden="true">⚠ </span>
        {readInFull ? t.app.profileErrors.readInFull.title : t.app.profileErrors.title}
      </h2>
      <ul className="profile-errors__list">
        {errors.map((error, index) => (
          <li
            key={`${error.code}-${error.key ?? ''}-${index}`}
            data-testid="profile-error"
            data-error-code={error.code}
            data-error-key={error.key}
          >
            <CodeSpans text={t.link.error(error.message)} />
          </li>
        ))}
      </ul>
      <p className="profile-errors__kept">
        {readInFull ? t.app.profileErrors.readInFull.outcome : t.app.profileErrors.outcome[outcome]}
      </p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t.app.profileErrors.dismiss}
      </button>
    </div>
  );
}
