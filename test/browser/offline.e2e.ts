/**
 * Issue 13 §5: after one visit the app works with no network. The service worker (vite-plugin-pwa,
 * generateSW) precaches every built file; offline, a reload, answering, the gallery, Japanese and
 * a Markdown export all work.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerByClicking, shownResult } from './chooser-helpers';
import { openBrowser, type BrowserSession } from './harness';
import { TASK, exportItem, offMachine, watchRequests } from './security-walk';

describe('offline after one visit', () => {
  let session: BrowserSession;
  let requests: string[];
  beforeAll(async () => {
    session = await openBrowser({ width: 1440, height: 900, serviceWorkers: 'allow' });
    requests = watchRequests(session.context);
  });
  afterAll(async () => {
    await session?.context.setOffline(false);
    await session?.close();
  });

  it('loads, goes offline, reloads, answers, opens the gallery and exports a record', async () => {
    const { page, context } = session;
    await page.goto(session.url(), { waitUntil: 'load' });
    await page.locator('[data-layer-id]').first().waitFor();
    // The worker is installed (every file precached) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);

    await context.setOffline(true);
    // Really offline: what the worker has not cached does not load.
    expect(
      await page.evaluate(() =>
        fetch('/not-in-the-cache.txt').then(
          () => 'loaded',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    session.problems.length = 0; // that refused fetch is the one failure expected

    await page.reload({ waitUntil: 'load' });
    await page.locator('[data-layer-id]').first().waitFor();
    await page.locator('.questionnaire').waitFor();
    await answerByClicking(page, TASK);
    const shown = await shownResult(page);
    expect(shown.verdict).not.toBeNull();
    expect(shown.primary).not.toBeNull();

    // A workshop mode (its own lazy chunk), then the Japanese catalogue (another chunk).
    await page.locator('.workshop-bar [data-mode="gallery"]').click();
    await page.locator('[data-scenario-id] .gallery-card__load').first().click();
    await shownResult(page);
    await page.locator('[data-lang="ja"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.locator('[data-lang="en"]').click();
    await page.locator('.workshop-bar [data-mode="gallery"]').click();

    await page.getByTestId('record-title').fill('Offline workshop');
    const download = await exportItem(page, 'markdown');
    const path = await download.path();
    const markdown = readFileSync(path, 'utf8');
    expect(markdown.split('\n')[0]).toBe('# Offline workshop');
    await session.screenshot('offline-after-reload');
    expect(session.problems).toEqual([]);
    expect(offMachine(requests, new URL(session.url()).origin)).toEqual([]);
  }, 180_000);
});
