// @vitest-environment jsdom
/**
 * A part whose chunk fails to load (offline, or a new deploy replaced the files) can be tried
 * again: React.lazy keeps a failed import for good, so lazyPart asks afresh after the region's
 * "Try again"; a chunk that keeps failing says so in those words and offers reloading the page.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from '@/app/lazy-part';
import { retryableImport } from '@/app/load-failure';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { en } from '@/i18n/en';

function Greeting({ name }: { readonly name: string }) {
  return <p>part loaded for {name}</p>;
}

/** A chunk loader that fails `failures` times (as a dropped connection does), then loads. */
function flakyLoader(failures: number) {
  const calls = { count: 0 };
  const load = vi.fn(() => {
    calls.count += 1;
    return calls.count <= failures
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))
      : Promise.resolve({ Greeting });
  });
  return load;
}

function Page({ Part }: { readonly Part: (props: { name: string }) => React.JSX.Element }) {
  return (
    <>
      <p>questionnaire still here</p>
      <ErrorBoundary region="diagram">
        <Suspense fallback={<p>loading</p>}>
          <Part name="the reader" />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}

const notLoadedTitle = en.app.errorBoundary.notLoaded(en.app.regions.diagram);

describe('a lazy part whose chunk does not load', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('loads afresh on "Try again" and shows the part once the chunk arrives', async () => {
    const load = flakyLoader(1);
    const Part = lazyPart(retryableImport(load, (m) => m.Greeting));
    render(<Page Part={Part} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(notLoadedTitle);
    expect(alert).toHaveTextContent(en.app.errorBoundary.notLoadedRest);
    expect(screen.getByText('questionnaire still here')).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);

    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('part loaded for the reader')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says the part could not be loaded each time it keeps failing, and offers reloading the page', async () => {
    const load = flakyLoader(Number.POSITIVE_INFINITY);
    const Part = lazyPart(retryableImport(load, (m) => m.Greeting));
    render(<Page Part={Part} />);
    const user = userEvent.setup();
    for (const attempt of [1, 2, 3]) {
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(notLoadedTitle);
      // Not worded as a bug: the message names the lost connection or the new version.
      expect(alert).not.toHaveTextContent(en.app.errorBoundary.title(en.app.regions.diagram));
      expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeEnabled();
      expect(alert).toHaveAttribute('data-error', 'not-loaded');
      // Each "Try again" asks once more, no more (no loop of requests while offline).
      expect(load).toHaveBeenCalledTimes(attempt);
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(load).toHaveBeenCalledTimes(attempt + 1));
    }
    expect(screen.getByText('questionnaire still here')).toBeVisible();
  });

  it('keeps the ordinary wording for a part that loaded and then failed to render', async () => {
    function Broken(): React.JSX.Element {
      throw new Error('could not be laid out');
    }
    const Part = lazyPart(() => Promise.resolve(Broken));
    render(<Page Part={Part} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.app.errorBoundary.title(en.app.regions.diagram));
    expect(within(alert).queryByRole('button', { name: 'Reload the page' })).toBeNull();
    expect(alert).not.toHaveAttribute('data-error');
  });
});
