/**
 * Shared steps of the chooser browser tests: public scenarios, share links written in the
 * documented URL format (DESIGN §4), and reading the page through the DOM hooks (DESIGN §6).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { VOCABULARY, type PartialProfile } from '@/knowledge/vocabulary';
import { loadPublicScenarios } from '../engine/fixtures';

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly profile: PartialProfile;
  readonly expect: {
    readonly verdict: string;
    readonly primary?: string;
    readonly ipsec?: string;
    readonly considerations?: readonly string[];
  };
}

/** The worked public scenarios (one loader for every test, see test/engine/fixtures.ts). */
export function publicScenarios(): readonly Scenario[] {
  return loadPublicScenarios();
}

export function scenario(id: string): Scenario {
  const found = publicScenarios().find((s) => s.id === id);
  if (found === undefined) throw new Error(`no public scenario ${id}`);
  return found;
}

/** `#v=1&key=value…` in vocabulary order, lists comma-separated: the format DESIGN §4 gives. */
export function linkFor(profile: PartialProfile): string {
  const parts = ['v=1'];
  for (const key of Object.keys(VOCABULARY) as (keyof PartialProfile)[]) {
    const value = profile[key];
    if (value === undefined) continue;
    parts.push(`${key}=${Array.isArray(value) ? value.join(',') : String(value)}`);
  }
  return `#${parts.join('&')}`;
}

/** The localStorage key of the saved work (src/store/persist.ts STORAGE_KEY). */
export const SAVED_WORK_KEY = 'wfp-layer-chooser';

/**
 * Sets (or, with null, removes) the saved work from an empty page of the page's origin, where the
 * app does not run: a running app would write its own state over it when the page is left (its
 * writes wait for an idle moment and are flushed on pagehide). Leaves the tab on about:blank.
 */
export async function setSavedWork(page: Page, url: string, saved: string | null): Promise<void> {
  const blank = new URL('/__fresh__', url).href;
  await page.route(blank, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><link rel="icon" href="data:,">',
    }),
  );
  await page.goto(blank);
  await page.evaluate(
    ([key, value]) => {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    },
    [SAVED_WORK_KEY, saved] as const,
  );
  await page.unroute(blank);
  await page.goto('about:blank');
}

/** Loads the page from scratch (a real page load, not a same-document hash change). */
export async function openFresh(page: Page, url: string): Promise<void> {
  // Fresh means without the work an earlier test left saved in this browser profile (issue 10
  // saves it in localStorage).
  await setSavedWork(page, url, null);
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('[data-layer-id]').first().waitFor();
  await page.locator('.questionnaire').waitFor();
}

export interface ShownResult {
  readonly verdict: string | null;
  readonly primary: string | null;
  readonly ipsec: string | null;
  readonly considerations: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Waits until no part of the page is behind the answers: the result column, the starter code
 * and the words render after the highlight's frame and carry `data-stale` until they catch up.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-stale]') === null);
}

/** The result the page shows once it has caught up with the answers (never a stale one). */
export async function shownResult(page: Page): Promise<ShownResult> {
  await settled(page);
  const rec = page.locator('[data-testid="recommendation"]');
  await rec.waitFor();
  return {
    verdict: await rec.getAttribute('data-verdict'),
    primary: await rec.getAttribute('data-primary-layer'),
    ipsec: await rec.getAttribute('data-ipsec'),
    considerations: await rec
      .locator('[data-consideration-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-consideration-id') ?? '')),
    warnings: await rec
      .locator('[data-warning-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-warning-id') ?? '')),
  };
}

/** Every diagram node's state and IPsec badge, keyed by layer id. */
export async function nodeStates(
  page: Page,
): Promise<Record<string, { state: string | null; ipsec: string | null }>> {
  return page
    .locator('[data-layer-id]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((el) => [
          el.getAttribute('data-layer-id') ?? '',
          { state: el.getAttribute('data-state'), ipsec: el.getAttribute('data-ipsec') },
        ]),
      ),
    );
}

export async function recommendedLayers(page: Page): Promise<readonly string[]> {
  return page
    .locator('[data-layer-id][data-state="recommended"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-layer-id') ?? ''));
}

/** The id of the question currently asked, or null when the questionnaire is complete. */
export async function currentQuestionId(page: Page): Promise<string | null> {
  const current = page.locator('[data-current-question]');
  if ((await current.count()) === 0) return null;
  return current.getAttribute('data-current-question');
}

function valuesFor(profile: PartialProfile, questionId: string): readonly string[] {
  const value = profile[questionId as keyof PartialProfile];
  if (value === undefined)
    throw new Error(`the page asks "${questionId}", the profile has no answer`);
  return Array.isArray(value) ? (value as readonly string[]) : [String(value)];
}

/**
 * Answers every question the page asks by clicking the data-option-id elements (`continueLabel`:
 * the Continue button's name in the language shown).
 */
export async function answerByClicking(
  page: Page,
  profile: PartialProfile,
  continueLabel = 'Continue',
): Promise<string[]> {
  const asked: string[] = [];
  for (let step = 0; step < 20; step += 1) {
    const id = await currentQuestionId(page);
    if (id === null) return asked;
    asked.push(id);
    const form = page.locator(`[data-current-question="${id}"]`);
    const values = valuesFor(profile, id);
    const choices = form.locator(`[data-question-id="${id}"]`);
    const kind = await choices.first().getAttribute('type');
    if (kind === 'checkbox') {
      for (const value of values) await form.locator(`[data-option-id="${value}"]`).check();
      await form.getByRole('button', { name: continueLabel }).click();
    } else {
      await form.locator(`[data-option-id="${values[0]}"]`).click();
    }
    await expect
      .poll(() => currentQuestionId(page), { message: `answering ${id} moves on` })
      .not.toBe(id);
  }
  throw new Error(`still asking after 20 answers: ${asked.join(', ')}`);
}

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      question: el?.getAttribute('data-question-id') ?? null,
      option: el?.getAttribute('data-option-id') ?? null,
      type: el?.getAttribute('type') ?? null,
      checked: el?.checked ?? false,
      tag: el?.tagName ?? null,
      text: el?.textContent ?? '',
    };
  });
}

/**
 * Answers every question with the keyboard alone: Tab into the first question, then arrow keys
 * and Space to choose, Enter to answer. Checks that after each answer focus lands on the next
 * question's choices (the panel moves it there).
 */
export async function answerByKeyboard(page: Page, profile: PartialProfile): Promise<string[]> {
  const asked: string[] = [];
  for (let tabs = 0; (await focused(page)).question === null; tabs += 1) {
    if (tabs > 40) throw new Error('Tab never reached the first question');
    await page.keyboard.press('Tab');
  }
  for (let step = 0; step < 20; step += 1) {
    const id = await currentQuestionId(page);
    if (id === null) return asked;
    asked.push(id);
    const now = await focused(page);
    expect(now.question, `focus is on the choices of "${id}"`).toBe(id);
    const values = valuesFor(profile, id);
    if (now.type === 'checkbox') {
      for (let i = 0; i < 40; i += 1) {
        const f = await focused(page);
        if (f.question !== id) break;
        if (values.includes(f.option ?? '') !== f.checked) await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
      expect((await focused(page)).text).toContain('Continue');
      await page.keyboard.press('Enter');
    } else {
      const target = values[0];
      for (let i = 0; i < 40 && (await focused(page)).option !== target; i += 1) {
        await page.keyboard.press('ArrowDown');
      }
      const f = await focused(page);
      expect(f.option, `arrow keys reach ${id}=${target}`).toBe(target);
      if (!f.checked) await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => currentQuestionId(page), { message: `answering ${id} moves on` })
      .not.toBe(id);
  }
  throw new Error(`still asking after 20 answers: ${asked.join(', ')}`);
}

/** The answers in the address bar's fragment. */
export async function fragmentParams(page: Page): Promise<URLSearchParams> {
  const hash = await page.evaluate(() => window.location.hash);
  return new URLSearchParams(hash.replace(/^#/, ''));
}
