/**
 * Issue 13 §5: `npm run build:single` makes one HTML file that works opened from disk (workshop
 * laptops with no server): answering, the recommendation, Japanese, a workshop mode and an export,
 * under its own policy of sha256 hashes, with no violation and no request but the file itself.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_FILE_NAME, SINGLE_MODE } from '../../config/csp';
import { answerByClicking, shownResult } from './chooser-helpers';
import { openBrowser, type BrowserSession } from './harness';
import { productionBuild } from './production-build';
import { TASK, exportItem, watchPolicyViolations, watchRequests } from './security-walk';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'dist-single');
const file = join(outDir, SINGLE_FILE_NAME);

describe('single-file build opened from disk', () => {
  let session: BrowserSession;
  let violations: string[];
  let requests: string[];
  beforeAll(async () => {
    // npm test builds it first (scripts/test.mjs); a lone run of this file builds it if missing.
    if (!existsSync(file)) await productionBuild(SINGLE_MODE);
    session = await openBrowser({ width: 1440, height: 900 });
    violations = await watchPolicyViolations(session.context);
    requests = watchRequests(session.context);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('is one file, everything inline, allowed by hashes and not by unsafe-inline', () => {
    expect(readdirSync(outDir)).toEqual([SINGLE_FILE_NAME]);
    const html = readFileSync(file, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|'self'|\*/);
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(policy).toContain("default-src 'none'");
    // No file but this one: no script or stylesheet by URL, no service worker.
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*rel="(stylesheet|modulepreload)"/);
    expect(html).not.toContain('registerSW');
  });

  it('answers, recommends, speaks Japanese, opens the gallery and exports, with no violation and no request', async () => {
    const { page } = session;
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('[data-layer-id]').first().waitFor();
    await page.locator('.questionnaire').waitFor();
    await answerByClicking(page, TASK);
    const shown = await shownResult(page);
    expect(shown.verdict).not.toBeNull();
    expect(shown.primary).not.toBeNull();
    expect(
      await page.locator(`[data-layer-id="${shown.primary}"]`).getAttribute('data-state'),
    ).toBe('recommended');

    await page.locator('[data-lang="ja"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.locator('.workshop-bar [data-mode="gallery"]').click();
    await page.locator('[data-scenario-id] .gallery-card__load').first().click();
    await shownResult(page);
    await session.screenshot('single-file-gallery-ja');
    await page.locator('.workshop-bar [data-mode="gallery"]').click();

    const download = await exportItem(page, 'markdown');
    expect(readFileSync(await download.path(), 'utf8')).toMatch(/^# /);
    const png = await exportItem(page, 'png');
    expect(await png.failure()).toBeNull();

    expect(violations).toEqual([]);
    expect(session.problems).toEqual([]);
    const elsewhere = requests.filter(
      (r) => !(r.split('#')[0] === url || r.startsWith('data:') || r.startsWith('blob:')),
    );
    expect(elsewhere).toEqual([]);
  }, 180_000);
});
