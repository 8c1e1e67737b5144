// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { initLanguage, LANGUAGE_STORAGE_KEY, setLanguage } from '@/app/language';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { AppStoreContext, createAppStore } from '@/store/app-store';

const BLOCK_APP_LINK =
  '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules';

function renderApp(fragment = '') {
  const store = createAppStore();
  store.getState().loadFragment(fragment);
  render(
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>,
  );
  return { store, user: userEvent.setup() };
}

function stubBrowserLanguages(languages: readonly string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

describe('the language switch', () => {
  beforeEach(() => {
    window.localStorage.clear();
    const meta = document.createElement('meta');
    meta.name = 'description';
    document.head.append(meta);
  });
  afterEach(async () => {
    await act(() => setLanguage('en'));
    window.localStorage.clear();
    document.head.querySelector('meta[name="description"]')?.remove();
    vi.restoreAllMocks();
  });

  it('switches the page to Japanese and back, remembers it, and follows with <html lang>, title and description', async () => {
    const { user } = renderApp();
    const switcher = screen.getByRole('group', { name: en.app.language.label });
    const japanese = within(switcher).getByRole('button', { name: '日本語' });
    expect(japanese).toHaveAttribute('data-lang', 'ja');
    expect(japanese).toHaveAttribute('lang', 'ja');
    expect(japanese).toHaveAttribute('aria-pressed', 'false');

    await user.click(japanese);
    // The Japanese words load on first use, then follow after the toggle's frame: on a loaded
    // machine that took longer than findBy's default second (this test failed on it).
    expect(
      await screen.findByRole('heading', { name: ja.app.questionnaire.title }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe(ja.app.documentTitle);
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      ja.app.metaDescription,
    );
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ja');
    expect(screen.getByRole('region', { name: ja.app.regions.questionnaire })).toBeVisible();
    expect(screen.getByTestId('result-empty')).toHaveTextContent(ja.app.result.emptyTitle);
    const switcherJa = screen.getByRole('group', { name: ja.app.language.label });
    expect(within(switcherJa).getByRole('button', { name: '日本語' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(switcherJa).getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { name: en.app.questionnaire.title }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('shows the result in Japanese, and switching the language leaves the answers alone', async () => {
    const { store, user } = renderApp(BLOCK_APP_LINK);
    const before = store.getState().questionnaire;
    await user.click(screen.getByRole('button', { name: '日本語' }));
    const card = await screen.findByTestId('summary-card');
    // The result follows the diagram once the toggle's frame has painted (issue 12).
    await waitFor(() => expect(card).toHaveTextContent(ja.labels.verdict['user-mode'].text));
    expect(card).toHaveTextContent(ja.app.result.card.mustKnow);
    expect(store.getState().questionnaire).toBe(before);
  });

  it('defaults to the browser language, and a remembered choice wins over it', async () => {
    stubBrowserLanguages(['ja-JP', 'en-US']);
    await act(() => initLanguage());
    expect(document.documentElement.lang).toBe('ja');

    await act(() => setLanguage('en'));
    await act(() => initLanguage());
    expect(document.documentElement.lang).toBe('en');

    window.localStorage.clear();
    stubBrowserLanguages(['fr-FR']);
    await act(() => initLanguage());
    expect(document.documentElement.lang).toBe('en');
  });

  it('an error fallback speaks the language shown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await act(() => setLanguage('ja'));
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <ErrorBoundary region="diagram" onReset={() => {}}>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(ja.app.errorBoundary.title(ja.app.regions.diagram));
    expect(
      within(alert).getByRole('button', { name: ja.app.errorBoundary.startOver }),
    ).toBeVisible();
  });
});
