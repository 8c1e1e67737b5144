import { Component, type ErrorInfo, type ReactNode } from 'react';
import { appText } from '@/i18n/app';

interface Props {
  /** Names the region in the fallback ("The diagram", …). */
  readonly region: string;
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

  private readonly retry = () => this.setState({ error: null });

  private readonly resetAndRetry = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="region-error" role="alert">
        <p className="region-error__title">{appText.errorBoundary.title(this.props.region)}</p>
        <p className="region-error__detail">{error.message}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={this.retry}>
            {appText.errorBoundary.retry}
          </button>
          {this.props.onReset !== undefined && (
            <button type="button" className="button" onClick={this.resetAndRetry}>
              {appText.errorBoundary.startOver}
            </button>
          )}
        </div>
      </div>
    );
  }
}
