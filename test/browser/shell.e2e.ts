import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './harness';

describe('app shell in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('loads with a title, a main landmark and no console errors, and saves a screenshot', async () => {
    const { page } = session;
    await page.goto(session.url(), { waitUntil: 'networkidle' });
    await expect(page.title()).resolves.toContain('WFP Layer Chooser');
    await page.locator('main').waitFor();
    const shot = await session.screenshot('shell');
    expect(existsSync(shot) && statSync(shot).size > 10_000).toBe(true);
    expect(session.problems).toEqual([]);
  });
});
