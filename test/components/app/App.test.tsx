// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { getLayer } from '@/knowledge/layers';
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

describe('App', { timeout: 20_000 }, () => {
  it('shows the three regions with the empty result before any answer', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('WFP Layer Chooser');
    expect(screen.getByRole('region', { name: 'Questionnaire' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Windows network stack' })).toBeInTheDocument();
    expect(screen.getByTestId('result-empty')).toBeInTheDocument();
    expect(screen.queryByTestId('recommendation')).toBeNull();
  });

  it('a complete link shows the result, and the layer named there opens its details sheet', async () => {
    const { store, user } = renderApp(BLOCK_APP_LINK);
    const result = screen.getByTestId('recommendation');
    const primary = result.getAttribute('data-primary-layer') ?? '';
    const name = getLayer(primary)?.name ?? primary;
    const opener = within(result).getAllByRole('button', { name: new RegExp(name) })[0];
    if (opener === undefined) throw new Error('the primary layer is a button');

    await user.click(opener);
    expect(store.getState().selectedLayerId).toBe(primary);
    const sheet = await screen.findByTestId('layer-sheet', undefined, { timeout: 10_000 });
    // The details render after the click's frame has painted (useAfterPaint); focus then moves in.
    await waitFor(
      () => {
        expect(sheet).toHaveTextContent(name);
        expect(sheet.contains(document.activeElement)).toBe(true);
      },
      { timeout: 10_000 },
    );

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('layer-sheet')).toBeNull();
    expect(store.getState().selectedLayerId).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
