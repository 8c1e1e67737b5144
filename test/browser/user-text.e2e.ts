/**
 * Issue 13 §2: user text is rendered as text everywhere. Script and markup payloads go into every
 * field a user or a colleague controls — the record's title and notes and the review's layer search
 * typed in the page, the title and notes of an imported record, a link's keys and values — and
 * nothing of them runs (no dialog) or becomes an element; the page, the recent records, the print
 * view and the exports carry them as text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '@/share/markdown';
import { makeRecord, serializeRecord } from '@/share/record';
import { HOSTILE_TEXTS } from '../fixtures/hostile-text';
import { publicScenario } from '../fixtures/scenarios';
import { SAVED_WORK_KEY, linkFor, openFresh } from './chooser-helpers';
import { openBrowser, type BrowserSession } from './harness';
import {
  TASK,
  exportItem,
  leavePrintView,
  showPrintView,
  watchPolicyViolations,
} from './security-walk';

/** Elements or attributes a payload would have made, had it been read as markup. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on')) found.push(`${el.tagName} ${attr}`);
      }
      if (el.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:'))
        found.push(`${el.tagName} javascript: link`);
    }
    const selectors = ['img[src="x"]', 'iframe', '[srcdoc]', 'svg[onload]', 'b', 'i', 'style'];
    for (const selector of selectors) {
      for (const el of document.querySelectorAll(selector)) found.push(el.outerHTML.slice(0, 80));
    }
    for (const script of document.querySelectorAll('script')) {
      if (!script.src) found.push(`inline script: ${script.textContent?.slice(0, 60)}`);
    }
    return found;
  });
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, '');

describe('user text stays text', () => {
  let session: BrowserSession;
  let dialogs: string[];
  let violations: string[];
  let tried = 0;
  beforeAll(async () => {
    session = await openBrowser({ width: 1440, height: 900 });
    dialogs = [];
    session.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    violations = await watchPolicyViolations(session.context);
  });
  afterAll(async () => {
    console.info(`user text: ${tried} payload × field cases, ${HOSTILE_TEXTS.length} payloads`);
    await session?.close();
  });

  it('typed into the title, the notes and the layer search; saved; exported as Markdown', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK)));
    // The detector sees markup when there is some.
    await page.evaluate(() => {
      const probe = document.createElement('img');
      probe.setAttribute('onerror', 'void 0');
      probe.id = 'probe';
      document.body.append(probe);
    });
    expect(await injected(page)).toEqual(['IMG onerror']);
    await page.evaluate(() => document.getElementById('probe')?.remove());
    const title = page.getByTestId('record-title');
    const notes = page.getByTestId('record-notes');
    for (const payload of HOSTILE_TEXTS) {
      await title.fill(payload);
      await notes.fill(payload);
      // An <input> holds one line: typing turns the line breaks into spaces.
      const typed = await title.inputValue();
      expect(typed).toBe(payload.replace(/\n/g, ' '));
      expect(await notes.inputValue()).toBe(payload);
      await page.getByTestId('save-record').click();
      await expect
        .poll(() => page.locator('.recent-records__panel').textContent())
        .toContain(typed);

      const md = readFileSync(await (await exportItem(page, 'markdown')).path(), 'utf8');
      expect(md.split('\n')[0]).toBe(`# ${escapeMarkdown(typed)}`);

      await page.locator('[data-mode-switch="review"]').check();
      const search = page.locator('input[type="search"]');
      await search.fill(payload);
      expect(await search.inputValue()).toBe(typed);
      await search.fill('');
      await page.locator('[data-mode-switch="recommend"]').check();

      expect(await injected(page)).toEqual([]);
      tried += 3;
    }
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(session.problems).toEqual([]);
  }, 300_000);

  it('in the print view and the SVG and PNG exports', async () => {
    const { page } = session;
    await openFresh(page, session.url(linkFor(TASK)));
    // The title field holds 200 characters: the first payloads; the notes hold them all.
    const title = oneLine(HOSTILE_TEXTS.slice(0, 4).join(' '));
    const notes = HOSTILE_TEXTS.join('\n');
    await page.getByTestId('record-title').fill(title);
    await page.getByTestId('record-notes').fill(notes);

    await showPrintView(page);
    const view = page.getByTestId('print-view');
    expect(await view.locator('h1').textContent()).toBe(title);
    expect(await view.locator('.print-view__notes').textContent()).toBe(notes);
    expect(await injected(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await session.screenshot('user-text-print-view');
    await page.emulateMedia({ media: 'screen' });
    await leavePrintView(page);

    const svg = readFileSync(await (await exportItem(page, 'svg')).path(), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<(script|iframe|img)\b|\son(error|load)=|javascript:/i);
    const png = readFileSync(await (await exportItem(page, 'png')).path());
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    tried += 2 * HOSTILE_TEXTS.length;
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(session.problems).toEqual([]);
  }, 180_000);

  it('in an imported record: its title and notes come back as text', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    const { profile } = publicScenario('block-app-outbound');
    for (const payload of HOSTILE_TEXTS) {
      const record = makeRecord({ profile, proposal: null, title: payload, notes: payload });
      if ((await page.locator('.recent-records__panel').isHidden()) === true)
        await page.getByTestId('records-button').click();
      await page.getByTestId('import-file').setInputFiles({
        name: 'colleague.json',
        mimeType: 'application/json',
        buffer: Buffer.from(serializeRecord(record)),
      });
      await expect.poll(() => page.getByTestId('record-notes').inputValue()).toBe(payload);
      expect(await page.getByTestId('record-title').inputValue()).toBe(oneLine(payload));
      expect(await injected(page)).toEqual([]);
      tried += 2;
    }
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(session.problems).toEqual([]);
  }, 300_000);

  it("in a link's keys and values: a message, nothing runs", async () => {
    const { page } = session;
    await openFresh(page, session.url());
    const errors = () =>
      page
        .getByTestId('profile-error')
        .evaluateAll((els) => els.map((el) => el.textContent ?? '').join('\n'));
    let before = '';
    for (const payload of HOSTILE_TEXTS) {
      const value = encodeURIComponent(payload);
      for (const hash of [`#v=1&action=${value}`, `#v=1&${value}=app`, `#v=1&basis=app,${value}`]) {
        await page.evaluate((h) => {
          window.location.hash = h;
        }, hash);
        // The page has read this link: its message (naming what was wrong) replaced the last one.
        await expect.poll(errors).not.toBe(before);
        before = await errors();
        expect(before).not.toBe('');
        expect(await injected(page)).toEqual([]);
        tried += 1;
      }
    }
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(session.problems).toEqual([]);
    await page.evaluate((key) => window.localStorage.removeItem(key), SAVED_WORK_KEY);
  }, 300_000);
});
