import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  url: (fragment?: string) => string;
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

/** Launches Debian's Chromium with a fresh profile and records every console error. */
export async function openBrowser(
  options: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    /** The browser's language (navigator.language), e.g. `ja-JP`. */
    locale?: string;
    /**
     * The app registers a service worker (offline use, issue 13 §5). Blocked by default, so a
     * test's requests and routes reach the preview server, not the worker's cache; the tests of
     * offline use and of requests allow it.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'wfp-chooser-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: options.serviceWorkers ?? 'block',
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const why = request.failure()?.errorText;
    // The browser cancels what a page was still loading when the test navigates away (the parts
    // that load after the first look, say): not a failure of the page.
    if (why === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${why})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const baseUrl = inject('baseUrl');
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    context,
    problems,
    url: (fragment = '') => `${baseUrl}${fragment}`,
    screenshot: async (name: string) => {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
