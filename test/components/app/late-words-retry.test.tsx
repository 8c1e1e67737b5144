// @vitest-environment jsdom
/**
 * The late English words (the layer, condition and alternative notes, the warnings' texts) load in
 * their own chunk; a part that reads one before it has loaded waits in Suspense. When that chunk
 * fails to load, the part does not wait for ever: its region says the part could not be loaded,
 * and "Try again" loads the words afresh.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '@/i18n/en';
import { ALTERNATIVE_NOTES } from '@/knowledge/alternative-notes';
import { CONDITION_NOTES } from '@/knowledge/condition-notes';
import { LAYER_NOTES } from '@/knowledge/layer-notes';

/** How many more imports of the late chunk fail (as a dropped connection does). */
const chunk = { failures: 0, imports: 0 };

// The test setup loads the late words for every component test: this file starts from modules
// that have not, with an import of the late chunk that fails while `chunk.failures` says so.
vi.resetModules();
vi.doMock('@/i18n/en/late', async (importOriginal) => {
  chunk.imports += 1;
  if (chunk.failures > 0) {
    chunk.failures -= 1;
    throw new TypeError('Failed to fetch dynamically imported module: /assets/late.js');
  }
  return importOriginal();
});
const { ErrorBoundary } = await import('@/components/common/ErrorBoundary');
const { englishWords, lateWordsLoaded } = await import('@/i18n/english');

/** Reads one note of each kind the late chunk provides, as the result's folded sections do. */
function Notes() {
  const k: Catalogue['knowledge'] = englishWords.knowledge;
  return (
    <ul>
      <li>{k.layers['ale-auth-connect'].sees}</li>
      <li>{k.conditions[Object.keys(CONDITION_NOTES)[0] as keyof typeof k.conditions].meaning}</li>
      <li>{k.alternatives[Object.keys(ALTERNATIVE_NOTES)[0]!]!.what}</li>
    </ul>
  );
}

describe('the late words when their chunk does not load', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the region’s message instead of waiting for ever, and "Try again" loads them', async () => {
    chunk.failures = 1;
    expect(lateWordsLoaded()).toBe(false);
    render(
      <ErrorBoundary region="result">
        <Suspense fallback={<p>loading</p>}>
          <Notes />
        </Suspense>
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Recommendation could not be loaded.');
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeEnabled();
    expect(chunk.imports).toBe(1);

    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(LAYER_NOTES['ale-auth-connect'].sees)).toBeVisible();
    expect(screen.getByText(Object.values(ALTERNATIVE_NOTES)[0]!.what)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(lateWordsLoaded()).toBe(true);
  });
});
