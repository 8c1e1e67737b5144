/**
 * The page in Japanese, in Chromium: the switch, the remembered choice across a reload, a path
 * answered in Japanese, axe, and the share link that does not depend on the language. Expected
 * words are read from the catalogues, so the assertions follow the catalogue as sections get their
 * Japanese twins.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import type { Verdict } from '@/engine/types';
import { openBrowser, type BrowserSession } from './harness';
import { axeBuilder } from './axe';
import { answerByClicking, openFresh, scenario, shownResult } from './chooser-helpers';

const PATH = scenario('transparent-proxy');

async function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

async function chooseLanguage(page: Page, language: 'en' | 'ja'): Promise<void> {
  await page.locator(`button[data-lang="${language}"]`).click();
  await expect.poll(() => htmlLang(page)).toBe(language);
}

async function axeViolations(page: Page) {
  const results = await axeBuilder(page).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

async function openAllSections(page: Page): Promise<void> {
  await page
    .locator('details.result-section')
    .evaluateAll((els) => els.forEach((el) => ((el as HTMLDetailsElement).open = true)));
}

describe('the page in Japanese', () => {
  let session: BrowserSession;
  /** The link after answering the path in Japanese (compared with the English one). */
  let japaneseLink = '';

  beforeAll(async () => {
    session = await openBrowser({ width: 1440, height: 900, locale: 'en-US' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('switches to Japanese, and a reload stays Japanese with <html lang="ja">', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    expect(await htmlLang(page)).toBe('en');
    expect(await page.locator('button[data-lang="en"]').getAttribute('aria-pressed')).toBe('true');

    await chooseLanguage(page, 'ja');
    expect(await page.locator('button[data-lang="ja"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.questionnaire .panel-title').first().textContent()).toBe(
      ja.app.questionnaire.title,
    );
    expect(await page.title()).toBe(ja.app.documentTitle);

    await page.reload({ waitUntil: 'load' });
    await page.locator('.questionnaire').waitFor();
    expect(await htmlLang(page)).toBe('ja');
    expect(await page.locator('.questionnaire .panel-title').first().textContent()).toBe(
      ja.app.questionnaire.title,
    );
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      ja.app.metaDescription,
    );
    expect(session.problems).toEqual([]);
  });

  it('answers a path in Japanese and sees the Japanese verdict, IPsec status and warnings', async () => {
    const { page } = session;
    expect(await htmlLang(page)).toBe('ja');
    await answerByClicking(page, PATH.profile, ja.app.questionnaire.continue);
    const shown = await shownResult(page);
    expect(shown.verdict).toBe(PATH.expect.verdict);
    expect(shown.primary).toBe(PATH.expect.primary);
    japaneseLink = page.url();

    const card = page.locator('[data-testid="summary-card"]');
    const verdict = ja.labels.verdict[shown.verdict as Verdict].text;
    expect(await card.locator('#summary-card-verdict').textContent()).toContain(verdict);
    const ipsec = shown.ipsec as keyof typeof ja.labels.ipsec;
    expect(await card.locator('[data-card-fact="ipsec"] dd').textContent()).toContain(
      ja.labels.ipsec[ipsec].text,
    );
    expect(await card.textContent()).toContain(ja.app.result.card.mustKnow);

    await openAllSections(page);
    expect(shown.warnings.length).toBeGreaterThan(0);
    for (const id of shown.warnings) {
      const title = ja.warnings[id as keyof typeof ja.warnings].title;
      expect(await page.locator(`[data-warning-id="${id}"] .item__title`).textContent()).toContain(
        title,
      );
    }
    expect(await page.locator('#result-ipsec-status-title').textContent()).toBe(
      ja.app.result.ipsecTitle,
    );
    expect(await page.locator('[data-ipsec-status] .ipsec__status').textContent()).toContain(
      ja.labels.ipsec[ipsec].text,
    );
    expect(session.problems).toEqual([]);
  });

  it('diagram and details in Japanese: the parts named by the page catalogue (the integrator adds the diagram and details words once their sections are in the catalogue)', async () => {
    const { page } = session;
    expect(await htmlLang(page)).toBe('ja');
    expect(await page.locator('section.panel--diagram').getAttribute('aria-label')).toBe(
      ja.app.regions.diagram,
    );
    await page.locator(`[data-layer-id="${PATH.expect.primary}"]`).first().click();
    const sheet = page.locator('[data-testid="layer-sheet"]');
    await sheet.waitFor();
    expect(await sheet.getAttribute('aria-label')).toBe(ja.app.regions.details);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(session.problems).toEqual([]);
  });

  it('axe finds no violations on the Japanese result', async () => {
    const { page } = session;
    expect(await htmlLang(page)).toBe('ja');
    await openAllSections(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('the share link is byte-identical in both languages, and switching does not change it', async () => {
    const { page } = session;
    expect(japaneseLink).toContain('#v=1&');
    await page.goto(japaneseLink, { waitUntil: 'load' });
    await shownResult(page);
    const shots = '/work/shots';
    mkdirSync(shots, { recursive: true });
    await page.locator('button[data-lang="ja"]').focus();
    await page.mouse.move(0, 0);
    copyFileSync(await session.screenshot('language-ja-result'), `${shots}/B-ja.png`);

    await chooseLanguage(page, 'en');
    expect(page.url()).toBe(japaneseLink);
    expect(await page.locator('#summary-card-verdict').textContent()).toContain(
      en.labels.verdict[PATH.expect.verdict as Verdict].text,
    );
    copyFileSync(await session.screenshot('language-en-result'), `${shots}/B-en.png`);

    // The same path answered in English writes the same link, byte for byte.
    await openFresh(page, session.url());
    expect(await htmlLang(page)).toBe('en');
    await answerByClicking(page, PATH.profile, en.app.questionnaire.continue);
    await shownResult(page);
    expect(page.url()).toBe(japaneseLink);
    expect(session.problems).toEqual([]);
  });
});

describe('the browser language', () => {
  it('a Japanese browser opens the page in Japanese; English stays the default otherwise', async () => {
    const japanese = await openBrowser({ locale: 'ja-JP' });
    try {
      await openFresh(japanese.page, japanese.url());
      expect(await htmlLang(japanese.page)).toBe('ja');
      expect(await japanese.page.title()).toBe(ja.app.documentTitle);
      expect(japanese.problems).toEqual([]);
    } finally {
      await japanese.close();
    }
    const french = await openBrowser({ locale: 'fr-FR' });
    try {
      await openFresh(french.page, french.url());
      expect(await htmlLang(french.page)).toBe('en');
    } finally {
      await french.close();
    }
  });
});
