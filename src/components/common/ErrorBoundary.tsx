import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useWords } from '@/app/language';
import { isLoadFailure, retryFailedLoads } from '@/app/load-failure';
import type { AppWords } from '@/i18n/en/app';

/** The page's regions, named in the catalogue (`app.regions`). */
export type Region = keyof AppWords['regions'];

interface Props {
  /** The region, named in the fallback in the page's language ("The diagram", …). */
  readonly region: Region;
  readonly children: ReactNode;
  /** Offered in the fallback next to "Try again" (e.g. start over). */
  readonly onReset?: () => void;
}

interface State {
  readonly error: Error | null;
}

/**
 * Keeps one failing region from blanking the page: the rest of the app stays usable and the
 * failing region says what happened and offers a way out.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the trace for whoever opens the console; the page itself shows a calm message.
    console.warn(`${this.props.region} failed to render`, error, info.componentStack);
  }

  // A part whose code did not load asks for it afresh (load-failure.ts).
  private readonly retry = () => {
    retryFailedLoads();
    this.setState({ error: null });
  };

  private readonly resetAndRetry = () => {
    this.props.onReset?.();
    this.retry();
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <RegionError
        region={this.props.region}
        error={error}
        onRetry={this.retry}
        onReset={this.props.onReset === undefined ? undefined : this.resetAndRetry}
      />
    );
  }
}

/**
 * The fallback, in the language shown: it reads the language store, which lives outside React's
 * tree, so it speaks the page's language even when the page's root failed.
 */
function RegionError({
  region,
  error,
  onRetry,
  onReset,
}: {
  readonly region: Region;
  readonly error: Error;
  readonly onRetry: () => void;
  readonly onReset: (() => void) | undefined;
}) {
  const t = useWords();
  const words = t.app.errorBoundary;
  // A chunk that did not arrive is not a bug: say so, and offer a reload (the answers are in the
  // link, the records in storage) for when trying again does not help.
  const notLoaded = isLoadFailure(error);
  return (
    <div
      className="region-error"
      role="alert"
      data-testid="region-error"
      data-region={region}
      data-error={notLoaded ? 'not-loaded' : undefined}
    >
      <p className="region-error__title">
        {notLoaded ? words.notLoaded(t.app.regions[region]) : words.title(t.app.regions[region])}
      </p>
      <p className="region-error__rest">{notLoaded ? words.notLoadedRest : words.rest}</p>
      <details className="region-error__more">
        <summary>{words.detail}</summary>
        <p className="region-error__detail">{error.message}</p>
      </details>
      <div className="button-row">
        <button type="button" className="button" onClick={onRetry}>
          {words.retry}
        </button>
        {notLoaded && (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {words.reload}
          </button>
        )}
        {onReset !== undefined && (
          <button type="button" className="button" onClick={onReset}>
            {words.startOver}
          </button>
        )}
      </div>
    </div>
  );
}
