/**
 * Hostile input in the real page (issue 13 §1, §3, §4):
 * - 200 random and mutated fragments (fast-check, fixed seed) opened in turn in one page: no page
 *   error, a `profile-error` each time, the diagram intact, and a good link afterwards still works;
 * - a part whose code fails to load shows its message in its own panel (English and Japanese) while
 *   the rest of the page works;
 * - storage that throws on every access (blocked, or full): the page works and says so.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSHOP_SCENARIOS } from '@/knowledge/scenarios';
import { decodeLink, encodeLink } from '@/share/url';
import { openBrowser, type BrowserSession } from './harness';
import { openFresh, shownResult } from './chooser-helpers';

const SEED = 20261129;
const COUNT = 200;

const GALLERY = WORKSHOP_SCENARIOS.map((s) => s.link.replace(/^#/, ''));
const GOOD = WORKSHOP_SCENARIOS[0]!;

/** Damage to a good link: the kinds the codec fuzz runs, drawn here with a fixed seed. */
const damaged: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...GALLERY),
    fc.constantFrom(
      'empty-items',
      'separators',
      'control',
      'escape',
      'unknown',
      'duplicate',
      'reorder',
      'drop-version',
      'unicode',
      'case',
    ),
    fc.nat(),
    fc.string({ minLength: 1, maxLength: 6 }),
  )
  .map(([link, kind, n, text]) => {
    const parts = link.split('&');
    const i = 1 + (n % (parts.length - 1));
    switch (kind) {
      case 'empty-items':
        return link.replace(/basis=([^&]*)/, 'basis=$1,,');
      case 'separators':
        return `${'&'.repeat(1 + (n % 3))}${link}&=,`;
      case 'control':
        return `${link}&%0${n % 10}x=%1F`;
      case 'escape':
        return `${link}&protocol=%E0%A4%A`;
      case 'unknown':
        return `${link}&${encodeURIComponent(text)}x=${encodeURIComponent(text)}`;
      case 'duplicate':
        return `${link}&${parts[i]}`;
      case 'reorder':
        return [...parts.slice(i), ...parts.slice(0, i)].join('&');
      case 'drop-version':
        return parts.slice(1).join('&');
      case 'unicode':
        return `${link}${encodeURIComponent(text)}`;
      default:
        return link.replace(/=([a-z])/, (_m, c: string) => `=${c.toUpperCase()}`);
    }
  });

const random: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  fc
    .array(fc.constantFrom('&', '=', ',', '%', '%2', 'v', '1', 'basis', 'app', '%01', '%7F'), {
      minLength: 1,
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
);

/** 200 distinct fragments, each one the codec has something to say about. */
function fragments(): string[] {
  const out = new Set<string>();
  let seed = SEED;
  while (out.size < COUNT) {
    for (const f of fc.sample(fc.oneof(damaged, damaged, random), { seed, numRuns: COUNT })) {
      if (out.size < COUNT && decodeLink(f).errors.length > 0) out.add(`#${f}`);
    }
    seed += 1;
  }
  return [...out];
}

async function layerCount(session: BrowserSession): Promise<number> {
  return session.page.locator('[data-layer-id]').count();
}

describe('hostile links in the page (issue 13 §1)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it(`${COUNT} random fragments (seed ${SEED}) opened in turn: a message each time, no page error, the diagram intact`, async () => {
    const { page } = session;
    await openFresh(page, session.url());
    const layers = await layerCount(session);
    expect(layers).toBeGreaterThan(10);
    const list = fragments();
    expect(new Set(list).size).toBe(COUNT);
    let shown = 0;
    for (const fragment of list) {
      const dismiss = page.locator('.profile-errors button');
      if ((await dismiss.count()) > 0) await dismiss.click();
      await page.locator('[data-testid="profile-error"]').first().waitFor({ state: 'detached' });
      const hash = await page.evaluate((f) => {
        window.location.hash = f;
        return window.location.hash;
      }, fragment);
      // What the browser keeps of the fragment (it escapes some characters) still has a problem.
      expect(decodeLink(hash).errors.length, hash).toBeGreaterThan(0);
      await page.locator('[data-testid="profile-error"]').first().waitFor({ timeout: 10_000 });
      shown += 1;
      expect(await layerCount(session), hash).toBe(layers);
      expect(await page.locator('[data-testid="region-error"]').count(), hash).toBe(0);
      expect(session.problems, hash).toEqual([]);
    }
    expect(shown).toBe(COUNT);
    await session.screenshot('hardening-after-200-links');

    // A good link afterwards still works: the whole result, no message.
    await page.evaluate((f) => {
      window.location.hash = f;
    }, GOOD.link);
    const result = await shownResult(page);
    expect(result.verdict).toBe(GOOD.expect.verdict);
    expect(result.primary).toBe(GOOD.expect.primary);
    await expect(page.locator('[data-testid="profile-error"]').count()).resolves.toBe(0);
    expect(session.problems).toEqual([]);
  }, 600_000);

  it('the issue’s three fragments are each named', async () => {
    const { page } = session;
    for (const [fragment, code] of [
      ['#v=1&action=allow-block&basis=app,,,port', 'empty-items'],
      ['#&&&=,', 'unknown-key'],
      ['#%01%02%03', 'unknown-key'],
    ] as const) {
      await openFresh(page, session.url(fragment));
      const codes = await page
        .locator('[data-testid="profile-error"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-error-code')));
      expect(codes, fragment).toContain(code);
    }
    await session.screenshot('hardening-control-characters');
    await expect(page.locator('.profile-errors').textContent()).resolves.toContain('U+0001');
  });
});

describe('a part that fails shows its message in place (issue 13 §3)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(['en', 'ja'] as const)(
    'the stack diagram’s code does not load (%s): the diagram panel says so, the questionnaire still works',
    async (language) => {
      const { page } = session;
      // The diagram is its own chunk: make it fail as a lost connection or a broken deploy would.
      await page.route(/\/assets\/StackDiagram-[^/]*\.js$/, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/javascript',
          body: 'throw new Error("x")',
        }),
      );
      await page.addInitScript((lang) => {
        // about:blank has no storage; the app's origin has.
        if (window.location.protocol.startsWith('http')) {
          window.localStorage.setItem('wfp-layer-chooser.lang', lang);
        }
      }, language);
      await page.goto('about:blank');
      await page.goto(session.url(GOOD.link), { waitUntil: 'load' });
      const box = page.locator('.panel--diagram [data-testid="region-error"]');
      await box.waitFor();
      await expect(box.getAttribute('data-region')).resolves.toBe('diagram');
      // Said as a part that could not be loaded (not as a bug), with a reload offered.
      await expect(box.getAttribute('data-error')).resolves.toBe('not-loaded');
      await expect(box.textContent()).resolves.toContain(
        language === 'en'
          ? 'Windows network stack could not be loaded.'
          : 'Windows ネットワーク スタックを読み込めませんでした。',
      );
      // The rest works: the result is there and an answer can still be changed.
      const result = await shownResult(page);
      expect(result.primary).toBe(GOOD.expect.primary);
      await expect(page.locator('[data-testid="region-error"]').count()).resolves.toBe(1);
      await session.screenshot(`hardening-region-error-${language}`);
      await page.unroute(/\/assets\/StackDiagram-[^/]*\.js$/);
      // The failure was caught by the diagram's boundary: nothing reached the page uncaught.
      expect(session.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
      session.problems.length = 0;
    },
  );
});

describe('storage that throws (issue 13 §4)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
    // Every storage access throws, as with storage blocked by policy (SecurityError) or full.
    await session.context.addInitScript(() => {
      const fail = (name: string) =>
        function () {
          throw new DOMException('The operation is insecure.', name);
        };
      Storage.prototype.getItem = fail('SecurityError');
      Storage.prototype.setItem = fail('QuotaExceededError');
      Storage.prototype.removeItem = fail('SecurityError');
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the page works from a link, says the work cannot be kept, and answers still change', async () => {
    const { page } = session;
    await page.goto(session.url(GOOD.link), { waitUntil: 'load' });
    const notice = page.locator('[data-testid="storage-problem"]');
    await notice.waitFor();
    await expect(notice.getAttribute('data-problems')).resolves.toContain('unavailable');
    const result = await shownResult(page);
    expect(result.primary).toBe(GOOD.expect.primary);
    // Change an answer: the page follows, nothing throws.
    await page.evaluate(
      (f) => {
        window.location.hash = f;
      },
      `#${encodeLink({ profile: { action: 'monitor' } })}`,
    );
    await page.locator('[data-current-question]').waitFor();
    await session.screenshot('hardening-storage-blocked');
    expect(session.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
  });
});
