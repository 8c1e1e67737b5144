import { existsSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './harness';
import { axeBuilder } from './axe';
import { linkFor, openFresh, scenario, shownResult } from './chooser-helpers';

async function axeViolations(page: Page) {
  const results = await axeBuilder(page).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.locator(`.segmented input[value="${theme}"]`).check();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
}

describe('accessibility, themes and screenshots', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(['light', 'dark'] as const)(
    'axe finds no violations on the start page in the %s theme',
    async (theme) => {
      const { page } = session;
      await openFresh(page, session.url());
      await setTheme(page, theme);
      expect(await axeViolations(page)).toEqual([]);
      expect(session.problems).toEqual([]);
    },
  );

  // axe on a whole result with every fold open is the heaviest check here: on a loaded 2-core
  // machine it took up to a minute, so it gets a longer hang guard (not a speed check).
  it.each(['light', 'dark'] as const)(
    'axe finds no violations on a result with every folded section open in the %s theme',
    async (theme) => {
      const { page } = session;
      await openFresh(page, session.url(linkFor(scenario('transparent-proxy').profile)));
      await setTheme(page, theme);
      await shownResult(page);
      // Open the folded reference sections too, so axe checks them.
      await page
        .locator('details.result-section')
        .evaluateAll((els) => els.forEach((el) => ((el as HTMLDetailsElement).open = true)));
      expect(await axeViolations(page)).toEqual([]);
      expect(session.problems).toEqual([]);
    },
    120_000,
  );

  it('follows the system colour scheme until a theme is picked, and remembers the pick', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'dark' });
    await openFresh(page, session.url());
    await setTheme(page, 'dark');
    await page.locator('.segmented input[value="system"]').check();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light');

    await setTheme(page, 'dark');
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await page.locator('.segmented input[value="system"]').check();
    expect(session.problems).toEqual([]);
  });

  const SHOTS = [
    {
      name: 'laptop-block-app-outbound',
      scenario: 'block-app-outbound',
      width: 1440,
      height: 900,
      theme: 'light',
    },
    {
      name: 'laptop-transparent-proxy',
      scenario: 'transparent-proxy',
      width: 1440,
      height: 900,
      theme: 'light',
    },
    {
      name: 'laptop-rewrite-outbound-ttl-dark',
      scenario: 'rewrite-outbound-ttl',
      width: 1440,
      height: 900,
      theme: 'dark',
    },
    {
      name: 'projector-dlp-outbound-http',
      scenario: 'dlp-outbound-http',
      width: 1920,
      height: 1080,
      theme: 'light',
    },
    {
      name: 'small-rdp-from-admin-subnet',
      scenario: 'rdp-from-admin-subnet',
      width: 1024,
      height: 768,
      theme: 'light',
    },
  ] as const;

  it.each(SHOTS.map((shot) => [shot.name, shot] as const))(
    'saves a screenshot: %s',
    async (_name, shot) => {
      const { page } = session;
      await page.setViewportSize({ width: shot.width, height: shot.height });
      await openFresh(page, session.url(linkFor(scenario(shot.scenario).profile)));
      await setTheme(page, shot.theme);
      await shownResult(page);
      // Let the diagram finish bringing the recommended node into view.
      await page.waitForTimeout(600);
      const path = await session.screenshot(`chooser-${shot.name}`);
      expect(existsSync(path) && statSync(path).size > 20_000).toBe(true);
      // Nothing spills sideways out of the page at this width.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      if (shot.width >= 1280) {
        // From laptop width up the panels scroll on their own and the page stays put.
        const tallerThanWindow = await page.evaluate(
          () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
        );
        expect(tallerThanWindow).toBeLessThanOrEqual(0);
      }
      expect(session.problems).toEqual([]);
    },
  );

  it('saves a screenshot of the start page, with the empty result and the idle diagram', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    await openFresh(page, session.url());
    await setTheme(page, 'light');
    await page.locator('[data-testid="result-empty"]').waitFor();
    const path = await session.screenshot('chooser-laptop-start');
    expect(existsSync(path) && statSync(path).size > 20_000).toBe(true);
    expect(session.problems).toEqual([]);
  });
});
