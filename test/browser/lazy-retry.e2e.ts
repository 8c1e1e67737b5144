/**
 * A part whose chunk does not arrive (a dropped connection, or a deploy that replaced the files)
 * can be tried again in the real page: the requests for the stack diagram's chunk are aborted
 * until the diagram panel says the part could not be loaded; once the connection is back,
 * "Try again" loads it afresh (the browser keeps a failed import, so under a fresh address). A chunk
 * that keeps failing keeps saying so and offers reloading the page, which keeps the answers.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSHOP_SCENARIOS } from '@/knowledge/scenarios';
import { openBrowser, type BrowserSession } from './harness';
import { setSavedWork, shownResult } from './chooser-helpers';

const GOOD = WORKSHOP_SCENARIOS[0]!;
// With or without the query a retry adds.
const DIAGRAM_CHUNK = /\/assets\/StackDiagram-[^/?]*\.js(\?[^/]*)?$/;
const FAILED_BOX = '.panel--diagram [data-testid="region-error"][data-error="not-loaded"]';
const DIAGRAM_NODE = '.panel--diagram [data-layer-id]';

describe('a part whose chunk fails to load can be tried again', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the diagram’s chunk is lost: the panel says so, and "Try again" brings the diagram', async () => {
    const { page } = session;
    let offline = true;
    let requests = 0;
    const abortWhileOffline = (route: Route) => {
      requests += 1;
      return offline ? route.abort('internetdisconnected') : route.continue();
    };
    await setSavedWork(page, session.url(), null);
    await page.route(DIAGRAM_CHUNK, abortWhileOffline);
    try {
      await page.goto(session.url(GOOD.link), { waitUntil: 'load' });
      const box = page.locator(FAILED_BOX);
      await box.waitFor();
      await expect(box.textContent()).resolves.toContain(
        'Windows network stack could not be loaded.',
      );
      await expect(page.locator(DIAGRAM_NODE).count()).resolves.toBe(0);
      // The rest of the page works meanwhile.
      expect((await shownResult(page)).primary).toBe(GOOD.expect.primary);
      await session.screenshot('lazy-retry-failed-chunk');

      // The connection is back: one more request, and the diagram shows.
      offline = false;
      const before = requests;
      await box.getByRole('button', { name: 'Try again' }).click();
      await page.locator(DIAGRAM_NODE).first().waitFor();
      await page.locator(FAILED_BOX).waitFor({ state: 'detached' });
      expect(requests).toBe(before + 1);
      await expect(page.locator('[data-testid="region-error"]').count()).resolves.toBe(0);
      await session.screenshot('lazy-retry-recovered');
    } finally {
      await page.unroute(DIAGRAM_CHUNK, abortWhileOffline);
    }
    expect(session.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    session.problems.length = 0;
  });

  it('a chunk that keeps failing keeps saying so; reloading the page keeps the answers and loads it', async () => {
    const { page } = session;
    let requests = 0;
    const abort = (route: Route) => {
      requests += 1;
      return route.abort('internetdisconnected');
    };
    await setSavedWork(page, session.url(), null);
    await page.route(DIAGRAM_CHUNK, abort);
    await page.goto(session.url(GOOD.link), { waitUntil: 'load' });
    const box = page.locator(FAILED_BOX);
    await box.waitFor();
    const before = requests;
    await box.getByRole('button', { name: 'Try again' }).click();
    // Tried again (one more request) and failed again: the same message, still offering a reload.
    await expect.poll(() => requests).toBe(before + 1);
    await page.locator(FAILED_BOX).waitFor();
    await expect(page.locator(DIAGRAM_NODE).count()).resolves.toBe(0);

    await page.unroute(DIAGRAM_CHUNK, abort);
    await Promise.all([
      page.waitForEvent('load'),
      page.locator(FAILED_BOX).getByRole('button', { name: 'Reload the page' }).click(),
    ]);
    await page.locator(DIAGRAM_NODE).first().waitFor();
    expect(page.url()).toBe(session.url(GOOD.link));
    expect((await shownResult(page)).primary).toBe(GOOD.expect.primary);
    expect(session.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    session.problems.length = 0;
  });
});
