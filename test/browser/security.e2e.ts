/**
 * Issue 13 §2: the Content-Security-Policy holds in every mode (no violation, no console error)
 * and no request leaves the machine, in both languages and both themes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../config/csp';
import { openBrowser, type BrowserSession } from './harness';
import { offMachine, walkEveryMode, watchPolicyViolations, watchRequests } from './security-walk';

describe('security policy and requests', () => {
  let session: BrowserSession;
  let violations: string[];
  let requests: string[];
  beforeAll(async () => {
    // The service worker runs here: its own requests (the precache) are scanned too.
    session = await openBrowser({ width: 1440, height: 900, serviceWorkers: 'allow' });
    violations = await watchPolicyViolations(session.context);
    requests = watchRequests(session.context);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('serves the page with the policy as a <meta> and as a header', async () => {
    const { page } = session;
    const response = await page.goto(session.url(), { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await meta.getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    // The policy is the first thing in <head>: it covers every script and style after it.
    expect(
      await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv')),
    ).toBe('Content-Security-Policy');
    for (const directive of ["script-src 'self'", "style-src 'self'", "object-src 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);

    // The watcher sees what the policy refuses: an inline <style> and an inline script.
    await page.locator('[data-layer-id]').first().waitFor();
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
      const script = document.createElement('script');
      script.textContent = 'document.title = "inline ran";';
      document.head.append(script);
    });
    // Once per policy that refuses it: the header's and the <meta>'s.
    await expect.poll(() => violations.length).toBe(4);
    expect(violations.join('\n')).toMatch(/style-src-elem blocked inline/);
    expect(violations.join('\n')).toMatch(/script-src-elem blocked inline/);
    expect(await page.title()).not.toBe('inline ran');
    expect(session.problems.join('\n')).toMatch(/Content Security Policy/);
    violations.length = 0;
    session.problems.length = 0;
  });

  it('every mode, in English and light, then Japanese and dark: no violation, no request off the machine', async () => {
    const { page } = session;
    const origin = new URL(session.url()).origin;
    const english = await walkEveryMode(page, session.url());

    await page.locator('input[name="theme"][value="dark"]').check();
    await page.locator('[data-lang="ja"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const japanese = await walkEveryMode(page, session.url());
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await session.screenshot('security-walk-ja-dark');

    expect(english).toEqual(japanese);
    expect(english).toEqual([
      'page',
      'details',
      'compare',
      'review',
      'records',
      'export png',
      'export svg',
      'export markdown',
      'export json',
      'print view',
      'gallery',
      'packet paths',
      'quiz',
      'presentation',
    ]);
    expect(violations).toEqual([]);
    expect(session.problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(offMachine(requests, origin)).toEqual([]);
    console.info(
      `security walk: ${english.length} modes × 2 (en/light, ja/dark), ${requests.length} requests, all on ${origin}`,
    );
  }, 300_000);
});
