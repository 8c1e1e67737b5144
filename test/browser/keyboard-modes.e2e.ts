/**
 * Issue 13 §6: a keyboard-only walk of every mode. In each, Tab goes round every control on the
 * page (radio groups and the diagram's layers are one stop each, arrow keys move inside them) and
 * comes back to where it started — no trap — with a visible focus ring on each stop; and the
 * mode's main action is done with keys alone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshopWords as en } from '@/i18n/en/workshop-words';
import { WORKSHOP_SCENARIOS } from '@/knowledge/scenarios';
import { openBrowser, type BrowserSession } from './harness';
import {
  answerByKeyboard,
  linkFor,
  openFresh,
  scenario,
  settled,
  shownResult,
} from './chooser-helpers';

const TASK = scenario('block-app-outbound');

interface Walk {
  /** Tab stops in order (a short description of each). */
  readonly stops: readonly string[];
  /** Controls Tab should reach but did not. */
  readonly missed: readonly string[];
  /** Stops with no outline and no box-shadow while focused. */
  readonly noRing: readonly string[];
  /** Whether Tab came back round to the first stop. */
  readonly cycled: boolean;
}

/**
 * Marks every control Tab should stop on (focusable, tabIndex ≥ 0, rendered; one per radio group:
 * the checked radio, else the first) and returns how many.
 */
function markTabStops(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-kbd]'))
      el.removeAttribute('data-kbd');
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // :disabled also covers controls in a disabled fieldset.
      if (el.tabIndex < 0 || el.matches(':disabled')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '') {
        const group = [
          ...document.querySelectorAll<HTMLInputElement>(
            `input[type="radio"][name="${CSS.escape(el.name)}"]`,
          ),
        ].filter((r) => r.form === el.form && !r.matches(':disabled'));
        const stop = group.find((r) => r.checked) ?? group[0];
        if (stop !== el) continue;
      }
      el.setAttribute('data-kbd', String(n));
      n += 1;
    }
    return n;
  });
}

async function focusedStop(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null || el === document.body) return null;
    const ring = (s: CSSStyleDeclaration) =>
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    // A visually hidden radio or checkbox shows its ring on the label wrapped round it.
    const label = el.closest('label');
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
    return {
      key: el.getAttribute('data-kbd'),
      desc: `${el.tagName.toLowerCase()}${el.dataset.layerId ? `[${el.dataset.layerId}]` : ''}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${text}"`,
      ring: ring(getComputedStyle(el)) || (label !== null && ring(getComputedStyle(label))),
    };
  });
}

/** Presses Tab round the page from where focus is, until it comes back to the first stop. */
async function walkTabs(page: Page, limit = 400): Promise<Walk> {
  const total = await markTabStops(page);
  const stops: string[] = [];
  const reached = new Set<string>();
  const noRing: string[] = [];
  let first: string | null = null;
  let cycled = false;
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focusedStop(page);
    if (now === null) continue; // the page itself, between the last stop and the first
    const id = now.key ?? now.desc;
    if (first === null) first = id;
    else if (id === first) {
      cycled = true;
      break;
    }
    stops.push(now.desc);
    if (now.key !== null) reached.add(now.key);
    if (!now.ring) noRing.push(now.desc);
  }
  const missed = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
        .filter((el) => !seen.includes(el.getAttribute('data-kbd')!))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        ),
    [...reached],
  );
  expect(total).toBeGreaterThan(0);
  return { stops, missed, noRing, cycled };
}

function expectGoodWalk(walk: Walk) {
  expect(walk.cycled, `Tab comes back round (${walk.stops.length} stops)`).toBe(true);
  expect(walk.missed).toEqual([]);
  expect(walk.noRing).toEqual([]);
}

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedMatches = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) === true, selector);

describe('keyboard-only walk of every mode', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('start page: Tab goes round every control; the questions are answered with keys', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    expectGoodWalk(await walkTabs(page));
    await answerByKeyboard(page, TASK.profile);
    expect((await shownResult(page)).primary).toBe(TASK.expect.primary);
    expect(session.problems).toEqual([]);
  }, 300_000);

  it('result and diagram: Tab round the result; a layer opens from the diagram with Enter; Escape returns', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK.profile)));
    await shownResult(page);
    expectGoodWalk(await walkTabs(page));

    // The diagram is one Tab stop; arrow keys move between layers, Enter opens the details.
    await tabTo(page, '.panel--diagram [data-layer-id]');
    const start = await page.evaluate(
      () => (document.activeElement as HTMLElement).dataset.layerId,
    );
    await page.keyboard.press('ArrowDown');
    const moved = await page.evaluate(
      () => (document.activeElement as HTMLElement).dataset.layerId,
    );
    expect(moved).toBeDefined();
    expect(moved).not.toBe(start);
    await page.keyboard.press('Enter');
    const sheet = page.getByTestId('layer-sheet');
    await sheet.waitFor();
    expect(await sheet.locator('h2').first().textContent()).toBeTruthy();
    expect(
      await focusedMatches(page, '[data-testid="layer-sheet"], [data-testid="layer-sheet"] *'),
    ).toBe(true);
    // The sheet is not modal: Tab goes through it and on round the page.
    expectGoodWalk(await walkTabs(page, 600));
    await tabTo(page, '[data-testid="layer-sheet"] button');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await focusedMatches(page, `[data-layer-id="${moved}"]`)).toBe(true);
    expect(session.problems).toEqual([]);
  }, 300_000);

  it('review, records and export menu: reached, used and left with keys', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK.profile)));
    await shownResult(page);
    // Review a design: the mode switch is a radio group (arrow keys).
    await tabTo(page, '[data-mode-switch]');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('proposal-form').waitFor();
    expect(await page.locator('[data-mode-switch="review"]').isChecked()).toBe(true);
    await tabTo(page, '[data-proposal-layer="ale-auth-connect"]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-proposal-kind]');
    await page.keyboard.press('Space');
    await page.getByTestId('review').waitFor();
    expectGoodWalk(await walkTabs(page, 600));

    // Recent records: Enter opens the panel, Tab goes through it, Escape closes it.
    await tabTo(page, '[data-testid="records-button"]');
    await page.keyboard.press('Enter');
    await page.locator('.recent-records__panel').waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedMatches(page, '.recent-records__panel *')).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('.recent-records__panel').waitFor({ state: 'hidden' });
    expect(await focusedMatches(page, '[data-testid="records-button"]')).toBe(true);

    // Export menu: ArrowDown opens it on the first item, arrows move, Escape closes.
    await tabTo(page, '[data-testid="export-menu-button"]');
    await page.keyboard.press('ArrowDown');
    await page.locator('[role="menu"]').waitFor();
    await expect.poll(() => focusedMatches(page, '[role="menuitem"]')).toBe(true);
    const firstItem = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe(firstItem);
    await page.keyboard.press('Escape');
    await page.locator('[role="menu"]').waitFor({ state: 'hidden' });
    expect(await focusedMatches(page, '[data-testid="export-menu-button"]')).toBe(true);
    expect(session.problems).toEqual([]);
  }, 300_000);

  it('gallery: a scenario loads with Enter', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    await tabTo(page, '.workshop-bar [data-mode="gallery"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-scenario-id]').first().waitFor();
    expectGoodWalk(await walkTabs(page));
    const first = WORKSHOP_SCENARIOS[0]!;
    await tabTo(page, `[data-scenario-id="${first.id}"] .gallery-card__load`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(first.link);
    await shownResult(page);
    expect(session.problems).toEqual([]);
  }, 300_000);

  it('packet paths and presentation: a path is picked and stepped with keys; Escape leaves presentation', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    await tabTo(page, '.workshop-bar [data-mode="paths"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-path-id="tcp-accept"]');
    await page.keyboard.press('Enter');
    expectGoodWalk(await walkTabs(page));
    await tabTo(page, '[data-testid="path-step"]');
    const step = page.getByTestId('path-step');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step.getAttribute('data-step')).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => step.getAttribute('data-step')).toBe('1');

    await tabTo(page, '[data-mode="present"]');
    await page.keyboard.press('Enter');
    const caption = page.getByTestId('presentation');
    await caption.waitFor();
    const headline = page.getByTestId('present-headline');
    const before = await headline.textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => headline.textContent()).not.toBe(before);
    expectGoodWalk(await walkTabs(page));
    await page.keyboard.press('Escape');
    await caption.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(true);
    expect(session.problems).toEqual([]);
  }, 300_000);

  it('quiz: a question is answered with keys alone', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    await tabTo(page, '.workshop-bar [data-mode="quiz"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('quiz-story').waitFor();
    expectGoodWalk(await walkTabs(page));
    await tabTo(page, '[data-testid="quiz-layer"]');
    const select = page.getByTestId('quiz-layer');
    const before = await select.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue()).not.toBe(before);
    await tabTo(page, '[data-quiz-kind]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="quiz-commit"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('quiz-feedback').waitFor();
    // The explanation and its buttons follow the verdict after its frame (issue 12).
    await settled(page);
    expectGoodWalk(await walkTabs(page));
    await tabTo(page, '[data-testid="quiz-next"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('quiz-question-number').textContent())
      .toBe(en.quiz.questionOf(2, 8));
    expect(session.problems).toEqual([]);
  }, 300_000);

  it('compare: the layers are picked with keys', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    await tabTo(page, '.workshop-bar [data-mode="compare"]');
    await page.keyboard.press('Enter');
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    expectGoodWalk(await walkTabs(page));
    const columns = () =>
      table
        .locator('thead th[data-layer-column]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-layer-column')));
    const before = await columns();
    await tabTo(page, '[data-compare-slot="2"]');
    await page.keyboard.press('ArrowDown');
    await expect.poll(columns).not.toEqual(before);
    expect((await columns())[0]).toBe(before[0]);
    expect(session.problems).toEqual([]);
  }, 300_000);
});
