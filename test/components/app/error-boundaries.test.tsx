// @vitest-environment jsdom
/**
 * No blank pages (issue 13 §3): every panel and every mode has its own error boundary, as the app
 * wires it. Each test makes one part's real component throw (the module is wrapped, so the app's own
 * boundary catches it), then checks that the message shows in that place in the page's language,
 * that the rest of the page still works, and that "Try again" brings the part back.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { setLanguage } from '@/app/language';
import { workshopActions } from '@/app/workshop';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { AppStoreContext, createAppStore, type AppStoreApi } from '@/store/app-store';

/** The parts that throw in the current test (by the name of their component). */
const failing = vi.hoisted(() => new Set<string>());

/** The real module, with `name` replaced by a component that throws while `failing` has it. */
async function failable(load: () => Promise<Record<string, unknown>>, name: string) {
  const real = await load();
  const Real = real[name] as ComponentType<Record<string, unknown>>;
  function Failable(props: Record<string, unknown>) {
    if (failing.has(name)) throw new Error(`${name} failed (test)`);
    return createElement(Real, props);
  }
  return { ...real, [name]: Failable };
}

vi.mock('@/components/questionnaire/QuestionnairePanel', (load) =>
  failable(load, 'QuestionnairePanel'),
);
vi.mock('@/components/diagram/StackDiagram', (load) => failable(load, 'StackDiagram'));
vi.mock('@/components/result/ResultPanel', (load) => failable(load, 'ResultPanel'));
vi.mock('@/components/details/LayerDetails', (load) => failable(load, 'LayerDetails'));
vi.mock('@/components/review/ProposalForm', (load) => failable(load, 'ProposalForm'));
vi.mock('@/components/review/ReviewResult', (load) => failable(load, 'ReviewResult'));
vi.mock('@/components/records/RecentRecords', (load) => failable(load, 'RecentRecords'));
vi.mock('@/components/records/RecordPanel', (load) => failable(load, 'RecordPanel'));
vi.mock('@/components/workshop/Gallery', (load) => failable(load, 'Gallery'));
vi.mock('@/components/workshop/PacketPaths', (load) => failable(load, 'PacketPaths'));
vi.mock('@/components/workshop/Quiz', (load) => failable(load, 'Quiz'));
vi.mock('@/components/workshop/Compare', (load) => failable(load, 'Compare'));
vi.mock('@/components/workshop/Presentation', (load) => failable(load, 'Presentation'));
vi.mock('@/app/ExportMenu', (load) => failable(load, 'ExportMenu'));

const BLOCK_APP_LINK =
  '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules&ipsec=unknown&min-os=win10';

type Region = keyof typeof en.app.regions;

interface Case {
  readonly region: Region;
  readonly component: string;
  /** Brings the part on screen. */
  readonly open?: (store: AppStoreApi) => void;
}

const CASES: readonly Case[] = [
  { region: 'questionnaire', component: 'QuestionnairePanel' },
  { region: 'diagram', component: 'StackDiagram' },
  { region: 'result', component: 'ResultPanel' },
  {
    region: 'details',
    component: 'LayerDetails',
    open: (store) => store.getState().selectLayer('ale-auth-connect'),
  },
  {
    region: 'review',
    component: 'ProposalForm',
    open: (store) => store.getState().setMode('review'),
  },
  { region: 'review', component: 'ReviewResult' },
  { region: 'records', component: 'RecentRecords' },
  { region: 'records', component: 'RecordPanel' },
  { region: 'gallery', component: 'Gallery', open: () => workshopActions.open('gallery') },
  { region: 'paths', component: 'PacketPaths', open: () => workshopActions.open('paths') },
  { region: 'quiz', component: 'Quiz', open: () => workshopActions.open('quiz') },
  { region: 'compare', component: 'Compare', open: () => workshopActions.open('compare') },
  { region: 'present', component: 'Presentation', open: () => workshopActions.present(true) },
  { region: 'exportMenu', component: 'ExportMenu' },
];

function renderApp() {
  const store = createAppStore();
  store.getState().loadFragment(BLOCK_APP_LINK);
  render(
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>,
  );
  return store;
}

async function regionError(region: Region): Promise<HTMLElement> {
  return waitFor(
    () => {
      const found = screen
        .getAllByTestId('region-error')
        .find((el) => el.getAttribute('data-region') === region);
      if (found === undefined) throw new Error(`no error shown for ${region}`);
      return found;
    },
    { timeout: 20_000 },
  );
}

/** The page around the failed part: header, questionnaire section and diagram section. */
function expectRestOfPage(except: Region): void {
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('WFP Layer Chooser');
  expect(screen.getByRole('region', { name: en.app.regions.questionnaire })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: en.app.regions.diagram })).toBeInTheDocument();
  // Only the failed part shows an error.
  const others = screen
    .queryAllByTestId('region-error')
    .filter((el) => el.getAttribute('data-region') !== except);
  expect(others).toEqual([]);
}

beforeEach(() => {
  failing.clear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(async () => {
  failing.clear();
  act(() => {
    workshopActions.close();
  });
  await act(() => setLanguage('en'));
  vi.restoreAllMocks();
});

describe('an error boundary per panel and per mode (issue 13 §3)', { timeout: 60_000 }, () => {
  it.each(CASES.map((c) => [c.region, c.component, c] as const))(
    '%s: a failing %s shows its message in place, the rest keeps working, and Try again recovers',
    async (region, component, c) => {
      failing.add(component);
      const store = renderApp();
      if (c.open) act(() => c.open?.(store));
      const box = await regionError(region);
      expect(box).toHaveAttribute('role', 'alert');
      expect(box).toHaveTextContent(en.app.errorBoundary.title(en.app.regions[region]));
      expect(box).toHaveTextContent(en.app.errorBoundary.rest);
      expect(box).toHaveTextContent(`${component} failed (test)`);
      expectRestOfPage(region);
      // Where it shows: inside the part's own place, not instead of the page.
      if (region === 'exportMenu' || component === 'RecentRecords') {
        expect(box.closest('header')).not.toBeNull();
      } else if (['gallery', 'paths', 'quiz', 'compare'].includes(region)) {
        expect(box.closest('[data-workshop-panel]')).not.toBeNull();
      }
      // The page still answers: the store still takes a change and the other panels follow it.
      act(() => store.getState().reset());
      expect(store.getState().questionnaire.answers).toEqual({});

      failing.delete(component);
      await userEvent
        .setup()
        .click(within(box).getByRole('button', { name: en.app.errorBoundary.retry }));
      await waitFor(() =>
        expect(
          screen
            .queryAllByTestId('region-error')
            .filter((el) => el.getAttribute('data-region') === region),
        ).toEqual([]),
      );
    },
  );

  it('the message speaks the page language (Japanese)', async () => {
    await act(() => setLanguage('ja'));
    failing.add('Gallery');
    renderApp();
    act(() => workshopActions.open('gallery'));
    const box = await regionError('gallery');
    expect(box).toHaveTextContent(ja.app.errorBoundary.title(ja.app.regions.gallery));
    expect(box).toHaveTextContent(ja.app.errorBoundary.rest);
    expect(within(box).getByRole('button', { name: ja.app.errorBoundary.retry })).toBeVisible();
  });
});
