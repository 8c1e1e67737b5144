// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App, preloadAppParts } from '@/app/App';
import { StackDiagram } from '@/components/diagram/StackDiagram';
import { recommendInWords as recommend } from '@/i18n/word';
import { reviewDesign } from '@/engine/review';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { setLanguage } from '@/app/language';
import { wordFinding } from '@/i18n/review-words';
import { encodeLink } from '@/share/url';
import { AppStoreContext, createAppStore } from '@/store/app-store';
import { BLOCK_APP_OUTBOUND } from '../../fixtures/profiles';

async function renderApp(fragment = '') {
  const store = createAppStore();
  store.getState().loadFragment(fragment);
  // The records, review and details parts come in their own chunks: load them, then render and
  // let the lazy parts resolve, as the page does right after its first paint.
  await preloadAppParts();
  await act(async () => {
    render(
      <AppStoreContext.Provider value={store}>
        <App />
      </AppStoreContext.Provider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { store, user: userEvent.setup() };
}

const TASK = `#${encodeLink({ profile: BLOCK_APP_OUTBOUND })}`;

describe('Review a design', { timeout: 30_000 }, () => {
  it('describing a design in the form gives the core review, finding by finding', async () => {
    const { store, user } = await renderApp(TASK);
    expect(screen.queryByTestId('review')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Review a design' }));
    const form = screen.getByTestId('proposal-form');
    const box = form.querySelector<HTMLInputElement>('[data-proposal-layer="outbound-ippacket"]');
    if (box === null) throw new Error('the layer list offers outbound IP packet');
    await user.click(box);
    await user.click(within(form).getByRole('radio', { name: 'A kernel callout' }));
    await user.selectOptions(within(form).getByLabelText('What the callout does'), 'inspect');

    const proposal = {
      layers: ['outbound-ippacket'],
      kind: 'callout',
      callout: 'inspect',
    } as const;
    expect(store.getState().proposal).toEqual(proposal);
    const expected = reviewDesign(BLOCK_APP_OUTBOUND, proposal);
    const review = screen.getByTestId('review');
    expect(review).toHaveAttribute('data-review-verdict', expected.verdict);
    expect(review).toHaveTextContent(en.review.verdicts[expected.verdict]);
    const shown = [...review.querySelectorAll('[data-finding-id]')].map((el) =>
      el.getAttribute('data-finding-id'),
    );
    expect(shown).toEqual(expected.findings.map((f) => f.id));
    const first = expected.findings[0];
    if (first === undefined) throw new Error('a review has findings');
    expect(review.querySelector(`[data-finding-id="${first.id}"]`)).toHaveTextContent(
      wordFinding(first),
    );
  });

  it('the layer list is grouped by tier and searchable by name or FWPM name', async () => {
    const { user } = await renderApp(TASK);
    await user.click(screen.getByRole('radio', { name: 'Review a design' }));
    const list = screen.getByTestId('proposal-layers');
    expect(within(list).getByRole('group', { name: 'ALE' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Find a layer'), 'IPPACKET');
    const boxes = within(list).getAllByRole('checkbox');
    const ids = boxes.map((b) => b.getAttribute('data-proposal-layer') ?? '');
    expect(ids).toEqual(expect.arrayContaining(['inbound-ippacket', 'outbound-ippacket']));
    expect(ids.every((id) => id.includes('ippacket'))).toBe(true);
    await user.clear(screen.getByLabelText('Find a layer'));
    await user.type(screen.getByLabelText('Find a layer'), 'zzz');
    expect(within(list).queryAllByRole('checkbox')).toHaveLength(0);
    expect(list).toHaveTextContent('No layer matches.');
  });

  it('in Japanese the layer list shows the Japanese names and finds a layer by either name', async () => {
    const { user } = await renderApp(TASK);
    await act(() => setLanguage('ja'));
    try {
      // The page beside the diagram follows once the toggle's frame has painted (issue 12).
      await waitFor(() => expect(document.documentElement.lang).toBe('ja'), { timeout: 5000 });
      await user.click(screen.getByRole('radio', { name: ja.recordTools.modes.review }));
      const list = screen.getByTestId('proposal-layers');
      const box = list.querySelector('[data-proposal-layer="ale-auth-connect"]')!;
      expect(box).toHaveAccessibleName(
        expect.stringMatching(/^ALE 接続\s*FWPM_LAYER_ALE_AUTH_CONNECT/),
      );
      const search = screen.getByLabelText(ja.recordsUi.proposal.search);
      await user.type(search, '接続');
      const found = within(list)
        .getAllByRole('checkbox')
        .map((b) => b.getAttribute('data-proposal-layer'));
      expect(found).toContain('ale-auth-connect');
      await user.clear(search);
      await user.type(search, 'ALE auth connect');
      expect(
        within(list)
          .getAllByRole('checkbox')
          .map((b) => b.getAttribute('data-proposal-layer')),
      ).toContain('ale-auth-connect');
    } finally {
      await act(() => setLanguage('en'));
    }
  });

  it('"start from the recommended design" reviews the recommendation as sound', async () => {
    const { store, user } = await renderApp(TASK);
    await user.click(screen.getByRole('radio', { name: 'Review a design' }));
    await user.click(screen.getByRole('button', { name: 'Start from the recommended design' }));
    expect(store.getState().proposal?.layers[0]).toBe(recommend(BLOCK_APP_OUTBOUND).primary);
    expect(screen.getByTestId('review')).toHaveAttribute('data-review-verdict', 'sound');
    await user.click(screen.getByRole('button', { name: 'Clear the design' }));
    expect(store.getState().proposal).toBeNull();
  });

  it('an incomplete task says what is missing instead of a verdict', async () => {
    const { user } = await renderApp('#v=1&action=allow-block');
    await user.click(screen.getByRole('radio', { name: 'Review a design' }));
    expect(screen.queryByTestId('review')).toBeNull();
    expect(screen.getByRole('region', { name: 'Recommendation' })).toHaveTextContent(
      /Answer every question/,
    );
  });

  it('the diagram marks the proposed layers with data-proposed and a visible mark', async () => {
    const { container } = render(
      <div style={{ width: '1000px', height: '800px' }}>
        <StackDiagram
          recommendation={recommend(BLOCK_APP_OUTBOUND)}
          selectedLayerId={null}
          onSelectLayer={() => {}}
          proposedLayerIds={['outbound-ippacket', 'stream']}
        />
      </div>,
    );
    const proposed = [...container.querySelectorAll('[data-proposed="true"]')].map((n) =>
      n.getAttribute('data-layer-id'),
    );
    expect(proposed.sort()).toEqual(['outbound-ippacket', 'stream']);
    const node = container.querySelector('[data-layer-id="stream"]');
    expect(node).toHaveTextContent('proposed');
    expect(node).toHaveAccessibleName(expect.stringMatching(/design under review/));
    expect(container.querySelector('[data-layer-id="ale-auth-connect"]')).not.toHaveAttribute(
      'data-proposed',
    );
  });
});
