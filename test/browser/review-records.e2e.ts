/**
 * Issue 10 in a real browser: review a colleague's design, write and export a record in every
 * format, print it, reload and find the work still there, import records good, broken and old.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '@/engine/version';
import { ARTIFACTS, openBrowser, type BrowserSession } from './harness';
import { axeBuilder } from './axe';
import { linkFor, openFresh, setSavedWork, settled, shownResult } from './chooser-helpers';

/** "Block one app's inbound connections": the task the colleague's design is meant for. */
const TASK = {
  action: 'allow-block',
  traffic: 'local',
  protocol: 'tcp',
  direction: 'inbound',
  moment: 'connection',
  basis: ['app'],
  decider: 'rules',
} as const;

/** A title with markup and Markdown in it: every export must keep it as text. */
const TITLE = 'Per-app <b>block</b> & *review* [x](y)';
const NOTES = 'Colleague proposed a callout <script>alert(1)</script> at inbound IP packet.';

async function axeViolations(page: Page, include: string) {
  const results = await axeBuilder(page).include(include).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

async function exportItem(page: Page, id: string): Promise<Download> {
  await page.getByTestId('export-menu-button').click();
  const download = page.waitForEvent('download');
  await page.locator(`[data-export="${id}"]`).click();
  return download;
}

async function saved(download: Download, name: string): Promise<string> {
  const path = join(ARTIFACTS, 'exports', name);
  await download.saveAs(path);
  return path;
}

/** Describes the colleague's design in the review form, by clicking. */
async function describeDesign(page: Page) {
  await page.locator('[data-mode-switch="review"]').check();
  await page.getByLabel('Find a layer').fill('inbound ip');
  await page.locator('[data-proposal-layer="inbound-ippacket"]').check();
  await page.locator('[data-proposal-kind="callout"]').check();
  await page.getByTestId('proposal-callout').selectOption('inspect');
}

async function dropFile(page: Page, text: string, name: string) {
  await page.evaluate(
    ({ text, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    },
    { text, name },
  );
}

describe('architecture review and decision records', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("reviews a colleague's design: verdict, findings, proposed layers on the diagram, link keys", async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK)));
    const recommended = (await shownResult(page)).primary;
    await describeDesign(page);

    const review = page.getByTestId('review');
    await expect.poll(() => review.getAttribute('data-review-verdict')).toBe('does-not-work');
    await expect(review.textContent()).resolves.toMatch(/First reason: Inbound IP packet:/);
    const findings = await review
      .locator('[data-finding-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-id')));
    expect(findings.length).toBeGreaterThan(1);
    expect(new Set(findings).size).toBe(findings.length);

    const proposed = page.locator('[data-layer-id="inbound-ippacket"]');
    await expect.poll(() => proposed.getAttribute('data-proposed')).toBe('true');
    await expect(proposed.textContent()).resolves.toContain('proposed');
    expect(await page.locator('[data-proposed="true"]').count()).toBe(1);
    expect(await page.locator(`[data-layer-id="${recommended}"]`).getAttribute('data-state')).toBe(
      'recommended',
    );

    const params = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(params.get('p-layers')).toBe('inbound-ippacket');
    expect(params.get('p-kind')).toBe('callout');
    expect(params.get('p-callout')).toBe('inspect');
    expect(params.get('r')).toBe(RULES_VERSION);

    // The recommended design, reviewed, is sound.
    await page.getByRole('button', { name: 'Start from the recommended design' }).click();
    await expect.poll(() => review.getAttribute('data-review-verdict')).toBe('sound');
    expect(session.problems).toEqual([]);
  });

  it('exports Markdown, JSON, PNG and SVG with the title escaped, and re-imports the JSON', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK)));
    await describeDesign(page);
    await page.getByTestId('record-title').fill(TITLE);
    await page.getByTestId('record-notes').fill(NOTES);
    await page.locator('[data-checklist-id]').first().check();
    const ticked = await page
      .locator('[data-checklist-id]')
      .first()
      .getAttribute('data-checklist-id');

    const md = readFileSync(await saved(await exportItem(page, 'markdown'), 'review.md'), 'utf8');
    expect(md.split('\n')[0]).toBe(
      '# Per\\-app \\<b\\>block\\</b\\> \\& \\*review\\* \\[x\\]\\(y\\)',
    );
    expect(md).not.toContain('<script>');
    expect(md).toContain('inbound-ippacket');
    expect(md).toContain(RULES_VERSION);

    const jsonPath = await saved(await exportItem(page, 'json'), 'review.json');
    const record = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(record).toMatchObject({
      format: 'wfp-layer-decision',
      version: 1,
      rulesVersion: RULES_VERSION,
      title: TITLE,
      notes: NOTES,
      proposal: { layers: ['inbound-ippacket'], kind: 'callout', callout: 'inspect' },
      result: { review: { verdict: 'does-not-work' } },
    });
    expect(record.checklist.find((c: { id: string }) => c.id === ticked)?.done).toBe(true);

    const png = readFileSync(await saved(await exportItem(page, 'png'), 'diagram.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(50_000);
    // The image is as wide as the drawn stack (IHDR width, big-endian at byte 16).
    expect(png.readUInt32BE(16)).toBeGreaterThan(800);

    const svg = readFileSync(await saved(await exportItem(page, 'svg'), 'diagram.svg'), 'utf8');
    // The browser saves the data: URL decoded: the file is the SVG document itself.
    const text = svg;
    expect(text.startsWith('<svg')).toBe(true);
    for (const name of ['ALE auth receive/accept', 'Inbound IP packet', 'Stream', 'proposed']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('<path'); // the packet paths (edges) are in it
    expect(text).not.toContain('<script');

    // Start over, then import the JSON: the questionnaire, proposal, title, notes and ticks return.
    await page.locator('[data-mode-switch="recommend"]').check();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByTestId('record-title').fill('');
    await expect.poll(() => page.getByTestId('recommendation').count()).toBe(0);
    await page.getByTestId('records-button').click();
    await page.getByTestId('import-file').setInputFiles(jsonPath);
    await expect.poll(() => page.getByTestId('record-title').inputValue()).toBe(TITLE);
    await expect(page.getByTestId('record-notes').inputValue()).resolves.toBe(NOTES);
    await expect
      .poll(() => page.getByTestId('review').getAttribute('data-review-verdict'))
      .toBe('does-not-work');
    expect(await page.locator(`[data-checklist-id="${ticked}"]`).isChecked()).toBe(true);
    expect(new URL(page.url()).hash).toContain('p-layers=inbound-ippacket');
    expect(await page.getByTestId('rules-notice').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('prints the diagram and the decision on clean pages, with no controls', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK)));
    await describeDesign(page);
    await page.getByTestId('record-title').fill(TITLE);
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    // No second copy of the record on screen until a print is asked for.
    expect(await page.getByTestId('print-view').count()).toBe(0);
    await page.getByTestId('export-menu-button').click();
    await page.locator('[data-export="print"]').click();
    await page.waitForFunction(() => (window as unknown as { printed: boolean }).printed);
    await page.emulateMedia({ media: 'print' });
    const view = page.getByTestId('print-view');
    expect(await view.isVisible()).toBe(true);
    expect(await page.locator('header.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await view.locator('h1').textContent()).toBe(TITLE);
    expect(await view.locator('b').count()).toBe(0);
    const img = view.locator('.print-view__diagram img');
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(800);
    await page.screenshot({ path: join(ARTIFACTS, 'records-print-view.png'), fullPage: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, path: join(ARTIFACTS, `records-print-${format}.pdf`) });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // The page tree's /Count: the diagram on page one, the decision after it.
      const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(4);
    }
    await page.emulateMedia({ media: 'screen' });
    expect(await view.isVisible()).toBe(false);
    expect(session.problems).toEqual([]);
  });

  it('a reload keeps the answers in progress, the design and the recent records', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor({ action: 'allow-block', basis: ['app'] })));
    await describeDesign(page);
    await page.locator('[data-mode-switch="recommend"]').check();
    await openFresh(page, session.url(linkFor(TASK)));
    await page.getByTestId('record-title').fill('Kept across reloads');
    await page.getByTestId('save-record').click();
    const answers = new URLSearchParams(new URL(page.url()).hash.slice(1));

    await page.goto('about:blank');
    await page.goto(session.url(), { waitUntil: 'load' });
    await page.locator('[data-layer-id]').first().waitFor();
    expect((await shownResult(page)).primary).not.toBeNull();
    // The address bar shows the restored answers (as a canonical link, with the rules version).
    const restored = new URLSearchParams(new URL(page.url()).hash.slice(1));
    for (const [key, value] of answers) expect(restored.get(key)).toBe(value);
    expect(restored.get('r')).toBe(RULES_VERSION);
    expect(await page.getByTestId('record-title').inputValue()).toBe('Kept across reloads');
    await page.getByTestId('records-button').click();
    const recent = page.getByTestId('recent-records');
    expect(await recent.textContent()).toContain('Kept across reloads');

    // A link in the address bar wins over the saved answers.
    await page.goto('about:blank');
    await page.goto(session.url('#v=1&action=monitor'), { waitUntil: 'load' });
    await page.locator('[data-layer-id]').first().waitFor();
    await settled(page);
    expect(await page.getByTestId('recommendation').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('corrupt saved data: a message, a fresh start, and the page works', async () => {
    const { page } = session;
    // Damaged while the app was not running (a running app saves its own state when left).
    await setSavedWork(page, session.url(), '{"state": {"link": ');
    await page.goto(session.url(), { waitUntil: 'load' });
    const message = page.getByTestId('storage-problem');
    await message.waitFor();
    expect(await message.getAttribute('data-problem')).toBe('unreadable');
    expect(await message.textContent()).toMatch(/damaged and could not be read/);
    await page.goto(session.url(linkFor(TASK)));
    expect((await shownResult(page)).primary).not.toBeNull();
    // The unreadable text was set aside, not lost.
    expect(
      await page.evaluate(() => window.localStorage.getItem('wfp-layer-chooser:unreadable')),
    ).toBe('{"state": {"link": ');
    expect(session.problems).toEqual([]);
  });

  it('a malformed or foreign file gets a specific message and the page is unchanged', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK)));
    await page.getByTestId('record-title').fill('Untouched');
    const before = { url: page.url(), result: await shownResult(page) };
    const cases = [
      ['broken.json', '{"format": "wfp-layer-decision", ', 'not-json'],
      ['foreign.json', '{"name": "some-package", "version": "1.0.0"}', 'wrong-format'],
    ] as const;
    for (const [name, text, code] of cases) {
      await page.getByTestId('records-button').click();
      await page.getByTestId('import-file').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      const error = page.getByTestId('import-error');
      await expect.poll(() => error.getAttribute('data-error-code')).toBe(code);
      expect(await error.textContent()).toContain('Nothing on the page changed.');
      expect(page.url()).toBe(before.url);
      expect(await shownResult(page)).toEqual(before.result);
      expect(await page.getByTestId('record-title').inputValue()).toBe('Untouched');
      await error.getByRole('button', { name: 'Dismiss' }).click();
    }
    expect(session.problems).toEqual([]);
  });

  it('a record made under older rules, dropped on the page, shows what changed', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK)));
    const record = JSON.parse(
      readFileSync(join(ARTIFACTS, 'exports', 'review.json'), 'utf8'),
    ) as Record<string, unknown> & { result: Record<string, unknown> };
    const old = {
      ...record,
      title: 'Reviewed last year',
      rulesVersion: '1.1.0',
      createdAt: '2025-11-01T10:00:00.000Z',
      result: { ...record.result, verdict: 'kernel-callout', primary: 'inbound-transport' },
    };
    await dropFile(page, JSON.stringify(old), 'old-review.json');
    const notice = page.getByTestId('rules-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The rules changed since this was made');
    expect(await notice.getAttribute('data-made-under')).toBe('1.1.0');
    const differs = await notice
      .locator('tr[data-differs="true"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
    expect(differs).toEqual(['verdict', 'primary']);
    expect(await notice.locator('[data-rules-release]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('record-title').inputValue()).toBe('Reviewed last year');
    await page.locator('.panel--result').evaluate((el) => (el.scrollTop = 0));
    await session.screenshot('records-rules-notice-1440');
    expect(session.problems).toEqual([]);
  });

  it('axe passes on the review panel, the record panel and the open export menu', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK)));
    await describeDesign(page);
    await page.getByTestId('review').waitFor();
    expect(await axeViolations(page, '.panel--questionnaire')).toEqual([]);
    expect(await axeViolations(page, '.panel--result')).toEqual([]);
    await page.getByTestId('export-menu-button').click();
    expect(await axeViolations(page, '.app-header')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('records-button').click();
    expect(await axeViolations(page, '.app-header')).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it.each([
    [1440, 900, 'light'],
    [1920, 1080, 'light'],
    [1440, 900, 'dark'],
  ] as const)(
    'screenshots of the review and the export menu at %i×%i (%s)',
    async (width, height, theme) => {
      const { page } = session;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme });
      await openFresh(page, session.url(linkFor(TASK)));
      await describeDesign(page);
      await page.getByTestId('review').waitFor();
      await page.waitForTimeout(700);
      const review = await session.screenshot(`records-review-${width}-${theme}`);
      await page.getByTestId('export-menu-button').click();
      const menu = await session.screenshot(`records-export-menu-${width}-${theme}`);
      await page.keyboard.press('Escape');
      for (const path of [review, menu])
        expect(existsSync(path) && statSync(path).size > 20_000).toBe(true);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.emulateMedia({ colorScheme: 'light' });
      expect(session.problems).toEqual([]);
    },
  );
});
