import { Fragment } from 'react';

/**
 * An API identifier (FWPM_CONDITION_IP_DESTINATION_ADDRESS) with a line-break opportunity after
 * each underscore, so a narrow column wraps it between words instead of mid-word. The text (and
 * what a copy or a screen reader gets) stays the identifier exactly.
 */
export function BreakableCode({
  text,
  className,
}: {
  readonly text: string;
  readonly className?: string;
}) {
  const parts = text.split('_');
  return (
    <code className={className}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              _<wbr />
            </>
          )}
        </Fragment>
      ))}
    </code>
  );
}
