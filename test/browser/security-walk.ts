/**
 * Issue 13 §2 in a real browser: a walk through every mode of the app (the page, layer details,
 * compare, review, the decision record, the recent records, every export, the print view, the
 * gallery, packet paths, the quiz, presentation), and the watchers the security tests run over it:
 * Content-Security-Policy violations and every request the browser makes.
 */
import type { BrowserContext, Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { linkFor, shownResult } from './chooser-helpers';

/** "Block one app's inbound connections": a task with a result, a review and a checklist. */
export const TASK = {
  action: 'allow-block',
  traffic: 'local',
  protocol: 'tcp',
  direction: 'inbound',
  moment: 'connection',
  basis: ['app'],
  decider: 'rules',
} as const;

/** Every `securitypolicyviolation` event of every page of the context, as one line each. */
export async function watchPolicyViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportPolicyViolation', (_source, line: string) => {
    violations.push(line);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportPolicyViolation: (l: string) => void })
        .__reportPolicyViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  return violations;
}

/** Every URL the browser asks for, from the pages and the service worker. */
export function watchRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  context.on('page', (page) => page.on('websocket', (ws) => urls.push(ws.url())));
  for (const page of context.pages()) page.on('websocket', (ws) => urls.push(ws.url()));
  return urls;
}

/** The URLs that are neither on `origin` nor data:/blob: (nothing leaves the machine). */
export function offMachine(urls: readonly string[], origin: string): string[] {
  return urls.filter(
    (url) => !(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')),
  );
}

/**
 * Links that could do more than open a page: every link is the page's own fragment or an https
 * page (a source), and a link that opens a new tab carries rel="noopener noreferrer".
 */
export async function unsafeLinks(page: Page): Promise<string[]> {
  const links = await page.locator('a[href]').evaluateAll((els) =>
    els.map((a) => ({
      href: a.getAttribute('href') ?? '',
      target: a.getAttribute('target'),
      rel: (a.getAttribute('rel') ?? '').split(/\s+/),
    })),
  );
  expect(links.filter((l) => l.target === '_blank').length).toBeGreaterThan(0);
  return links
    .filter(
      (l) =>
        !(l.href.startsWith('#') || l.href.startsWith('https://')) ||
        (l.target === '_blank' && !(l.rel.includes('noopener') && l.rel.includes('noreferrer'))),
    )
    .map((l) => `${l.href} target=${l.target} rel=${l.rel.join(' ')}`);
}

async function openMode(page: Page, mode: string) {
  const button = page.locator(`.workshop-bar [data-mode="${mode}"]`);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

async function closeMode(page: Page, mode: string) {
  const button = page.locator(`.workshop-bar [data-mode="${mode}"]`);
  if ((await button.getAttribute('aria-pressed')) === 'true') await button.click();
}

export async function exportItem(page: Page, id: string): Promise<Download> {
  await page.getByTestId('export-menu-button').click();
  const download = page.waitForEvent('download');
  await page.locator(`[data-export="${id}"]`).click();
  return download;
}

/** Renders the print view the way the Print item does, without the browser's dialog. */
export async function showPrintView(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: boolean }).printed = true;
    };
  });
  await page.getByTestId('export-menu-button').click();
  await page.locator('[data-export="print"]').click();
  await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed === true);
  await page.getByTestId('print-view').waitFor({ state: 'attached' });
}

export async function leavePrintView(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => page.getByTestId('print-view').count()).toBe(0);
}

/**
 * Goes through every mode once, in the language and theme the page has: `base` is the app's URL.
 * Returns the names of the steps taken (the modes scanned).
 */
export async function walkEveryMode(page: Page, base: string): Promise<string[]> {
  const steps: string[] = [];
  const step = (name: string) => steps.push(name);

  await page.goto(`${base}${linkFor(TASK)}`, { waitUntil: 'load' });
  await shownResult(page);
  await page.locator('[data-layer-id]').first().waitFor();
  step('page');

  // The node may be outside the framed part of the canvas: click it where it is.
  await page
    .locator('.panel--diagram [data-layer-id="stream"]')
    .evaluate((el) => (el as HTMLElement).click());
  await page.getByTestId('layer-sheet').waitFor();
  expect(await unsafeLinks(page)).toEqual([]);
  step('details');
  await page.getByTestId('compare-from-details').click();
  await page.getByTestId('compare-table').waitFor();
  step('compare');
  await closeMode(page, 'compare');
  await page.locator('.questionnaire').waitFor();
  if ((await page.getByTestId('layer-sheet').count()) > 0) {
    await page.getByTestId('layer-sheet').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('layer-sheet').count()).toBe(0);
  }

  await page.locator('[data-mode-switch="review"]').check();
  await page.locator('[data-proposal-layer="inbound-ippacket"]').check();
  await page.locator('[data-proposal-kind="callout"]').check();
  await page.getByTestId('proposal-callout').selectOption('inspect');
  await expect
    .poll(() => page.getByTestId('review').getAttribute('data-review-verdict'))
    .toBe('does-not-work');
  step('review');

  await page.getByTestId('record-title').fill('Security walk');
  await page.getByTestId('record-notes').fill('Notes of the walk.');
  await page.locator('[data-checklist-id]').first().check();
  await page.getByTestId('save-record').click();
  await page.getByTestId('records-button').click();
  await page.locator('.recent-records__panel').waitFor();
  await page.getByTestId('records-button').click();
  step('records');

  for (const format of ['png', 'svg', 'markdown', 'json']) {
    const download = await exportItem(page, format);
    expect(await download.failure()).toBeNull();
    step(`export ${format}`);
  }
  await showPrintView(page);
  step('print view');
  await leavePrintView(page);
  await page.locator('[data-mode-switch="recommend"]').check();

  await openMode(page, 'gallery');
  await page.locator('[data-scenario-id] .gallery-card__load').first().click();
  await shownResult(page);
  step('gallery');

  await openMode(page, 'paths');
  await page.locator('[data-path-id="tcp-connect"]').click();
  await page.getByTestId('path-step').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.getByTestId('path-step').getAttribute('data-step')).toBe('2');
  step('packet paths');

  await openMode(page, 'quiz');
  // The quiz remembers its round: after an answer, go on to the next question.
  if ((await page.getByTestId('quiz-next').count()) > 0)
    await page.getByTestId('quiz-next').click();
  await page.getByTestId('quiz-layer').selectOption({ index: 1 });
  await page.locator('[data-quiz-kind]').first().check();
  await page.getByTestId('quiz-commit').click();
  await page.getByTestId('quiz-feedback').waitFor();
  step('quiz');
  await closeMode(page, 'quiz');

  await page.locator('[data-mode="present"]').click();
  await page.getByTestId('presentation').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
  step('presentation');
  return steps;
}
