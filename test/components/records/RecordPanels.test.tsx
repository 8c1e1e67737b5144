// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App, preloadAppParts } from '@/app/App';
import { ExportMenu } from '@/app/ExportMenu';
import { RULES_VERSION } from '@/engine/version';
import { setLanguage } from '@/app/language';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { makeRecord, serializeRecord } from '@/share/record';
import { changesSince } from '@/share/rules-diff';
import { encodeLink } from '@/share/url';
import { AppStoreContext, createAppStore } from '@/store/app-store';
import { BLOCK_APP_OUTBOUND } from '../../fixtures/profiles';

async function renderApp(fragment = `#${encodeLink({ profile: BLOCK_APP_OUTBOUND })}`) {
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

describe('record fields and checklist', { timeout: 20_000 }, () => {
  it('title and notes go to the store and stay text', async () => {
    const { store, user } = await renderApp();
    await user.type(screen.getByTestId('record-title'), '<b>Block</b> & go');
    await user.type(screen.getByTestId('record-notes'), 'a{enter}<img src=x>');
    expect(store.getState().draft.title).toBe('<b>Block</b> & go');
    expect(store.getState().draft.notes).toBe('a\n<img src=x>');
    expect(document.querySelector('b, img')).toBeNull();
  });

  it('the warnings and considerations become a checklist whose ticks are kept', async () => {
    const { store, user } = await renderApp();
    const list = screen.getByTestId('checklist');
    const boxes = within(list).getAllByRole('checkbox');
    const ids = boxes.map((b) => b.getAttribute('data-checklist-id'));
    const shownWarnings = [...document.querySelectorAll('[data-warning-id]')].map(
      (el) => `warning:${el.getAttribute('data-warning-id')}`,
    );
    expect(ids).toEqual(expect.arrayContaining(shownWarnings));
    expect(ids.some((id) => id?.startsWith('consideration:'))).toBe(true);
    const first = boxes[0];
    if (first === undefined) throw new Error('a checklist item');
    await user.click(first);
    expect(store.getState().draft.checked).toEqual([ids[0]]);
    expect(within(list).getByText(`1 of ${boxes.length} done`)).toBeInTheDocument();
    await user.click(screen.getByTestId('save-record'));
    expect(store.getState().recent[0]?.checklist.find((c) => c.id === ids[0])?.done).toBe(true);
  });
});

describe('rules notice', { timeout: 20_000 }, () => {
  it('a record made under other rules shows its saved result beside the current one', async () => {
    const current = makeRecord({ profile: BLOCK_APP_OUTBOUND, now: new Date(9) });
    const old = {
      ...current,
      rulesVersion: '1.2.0',
      result: {
        ...current.result,
        verdict: 'kernel-callout' as const,
        primary: 'outbound-transport' as const,
      },
    };
    const { store } = await renderApp('');
    act(() => store.getState().openRecord(old));
    const notice = screen.getByTestId('rules-notice');
    expect(notice).toHaveTextContent('The rules changed since this was made');
    expect(notice).toHaveTextContent(
      `Made under rules 1.2.0; this app uses rules ${RULES_VERSION}.`,
    );
    const differs = [...notice.querySelectorAll('tr[data-differs="true"]')].map((r) =>
      r.getAttribute('data-row'),
    );
    expect(differs).toEqual(['verdict', 'primary']);
    const verdictRow = notice.querySelector('tr[data-row="verdict"]');
    expect(verdictRow).toHaveTextContent('A kernel callout driver is needed');
    expect(verdictRow).toHaveTextContent('User-mode filters suffice');
    for (const release of changesSince('1.2.0').releases) {
      expect(notice.querySelector(`[data-rules-release="${release.version}"]`)).not.toBeNull();
    }
  });

  it('a link made under older rules lists the changelog since then', async () => {
    await renderApp(`#${encodeLink({ profile: BLOCK_APP_OUTBOUND, rulesVersion: '1.0.0' })}`);
    const notice = screen.getByTestId('rules-notice');
    const releases = changesSince('1.0.0').releases;
    expect(releases.length).toBeGreaterThan(0);
    expect(notice.querySelectorAll('[data-rules-release]')).toHaveLength(releases.length);
    expect(notice.querySelector('table')).toBeNull();
  });

  it('no notice for a link made under the current rules', async () => {
    await renderApp(`#${encodeLink({ profile: BLOCK_APP_OUTBOUND, rulesVersion: RULES_VERSION })}`);
    expect(screen.queryByTestId('rules-notice')).toBeNull();
  });
});

describe('import messages', { timeout: 20_000 }, () => {
  it('a malformed record says what is wrong in the core words; the page is unchanged', async () => {
    const { store } = await renderApp();
    const before = store.getState().questionnaire;
    act(() => store.getState().importRecordText('{"format":"wfp-layer-decision","version":7}'));
    const message = screen.getByTestId('import-error');
    expect(message).toHaveAttribute('data-error-code', 'unsupported-version');
    expect(message).toHaveTextContent(
      en.records.error({ code: 'unsupported-version', detail: '7' }),
    );
    expect(store.getState().questionnaire).toBe(before);
  });

  describe('in Japanese', () => {
    afterEach(async () => {
      await act(() => setLanguage('en'));
    });

    it('the import error and the rules notice follow the page language', async () => {
      const { store } = await renderApp('');
      await act(() => setLanguage('ja'));
      // The page beside the diagram follows once the toggle's frame has painted (issue 12).
      await waitFor(() => expect(document.documentElement.lang).toBe('ja'), { timeout: 5000 });
      act(() => store.getState().importRecordText('{"format":"wfp-layer-decision","version":7}'));
      expect(screen.getByTestId('import-error-text')).toHaveTextContent(
        'この決定記録の形式バージョンは 7 です。このアプリが読み取れるのはバージョン 1 です。',
      );
      const current = makeRecord({ profile: BLOCK_APP_OUTBOUND, now: new Date(9) });
      act(() =>
        store.getState().openRecord({
          ...current,
          rulesVersion: '1.2.0',
          result: { ...current.result, verdict: 'kernel-callout' as const },
        }),
      );
      const notice = screen.getByTestId('rules-notice');
      expect(notice.querySelector('tr[data-row="verdict"] th')).toHaveTextContent('判定');
      expect(notice).toHaveTextContent(ja.records.recomputedNote);
      expect(notice).toHaveTextContent(ja.rulesChanges['protocol-tcp-udp']!);
      expect(notice).not.toHaveTextContent(en.rulesChanges['protocol-tcp-udp']!);
    });
  });

  it('a good record file restores the page and lists it in the recent records', async () => {
    const { store, user } = await renderApp('');
    const record = makeRecord({ profile: BLOCK_APP_OUTBOUND, title: 'Imported', now: new Date(4) });
    act(() => store.getState().importRecordText(serializeRecord(record)));
    // The result and the record follow the diagram once the answer's frame has painted (issue 12).
    expect(
      await screen.findByTestId('recommendation', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('record-title')).toHaveValue('Imported');
    await user.click(screen.getByTestId('records-button'));
    const recent = screen.getByTestId('recent-records');
    expect(recent).toHaveTextContent('Imported');
    await user.click(within(recent).getByRole('button', { name: 'Delete the record Imported' }));
    expect(store.getState().recent).toEqual([]);
  });
});

describe('starter code', { timeout: 20_000 }, () => {
  it('shows the generated code with its disclaimer and the verify commands', async () => {
    await renderApp();
    const section = screen.getByTestId('starter-code');
    expect(section).toHaveTextContent('compiled by nobody here');
    expect(section).toHaveTextContent('FwpmFilterAdd0');
    expect(section).toHaveTextContent('netsh wfp');
  });
});

describe('export menu', { timeout: 20_000 }, () => {
  it('opens from its button, moves with the arrow keys and closes with Escape', async () => {
    const user = userEvent.setup();
    const ran: string[] = [];
    render(
      <ExportMenu
        stem="x"
        shareLink={() => 'link'}
        recordItems={[
          { id: 'json', label: 'JSON decision record', run: () => (ran.push('json'), 'done') },
        ]}
      />,
    );
    const button = screen.getByRole('button', { name: /Export/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const menu = screen.getByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'JSON decision record',
      'Diagram as PNG',
      'Diagram as SVG',
      'Print view…',
      'Copy share link',
    ]);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(ran).toEqual(['json']);
    expect(await screen.findByTestId('export-status')).toHaveTextContent('done');
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('record exports are disabled, with the reason, until the task is complete', async () => {
    const { user } = await renderApp('#v=1&action=monitor');
    await user.click(screen.getByTestId('export-menu-button'));
    expect(screen.getByRole('menuitem', { name: 'Markdown (MADR)' })).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: 'JSON decision record' })).toBeDisabled();
    expect(screen.getByRole('menu')).toHaveAccessibleDescription(/Answer every question first/);
  });
});
