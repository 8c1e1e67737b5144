import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FRAGMENT_LENGTH } from '@/share/url';
import { openBrowser, type BrowserSession } from './harness';
import { openFresh, shownResult } from './chooser-helpers';

interface BadLink {
  readonly name: string;
  readonly fragment: string;
  readonly code: string;
  /** Words the message must contain: the key or value that was wrong. */
  readonly names: readonly string[];
  /** Answers from the valid part that must still be shown. */
  readonly kept: Readonly<Record<string, string>>;
}

const BAD_LINKS: readonly BadLink[] = [
  {
    name: 'an unknown key',
    fragment: '#v=1&action=allow-block&colour=blue',
    code: 'unknown-key',
    names: ['colour'],
    kept: { action: 'allow-block' },
  },
  {
    name: 'a value outside the vocabulary',
    fragment: '#v=1&action=allow-block&protocol=sctp',
    code: 'bad-value',
    names: ['protocol', 'sctp'],
    kept: { action: 'allow-block' },
  },
  {
    name: 'a duplicate key',
    fragment: '#v=1&action=monitor&decider=rules&decider=code',
    code: 'duplicate-key',
    names: ['decider'],
    kept: { action: 'monitor' },
  },
  {
    name: 'an unsupported format version',
    fragment: '#v=99&action=allow-block',
    code: 'unsupported-version',
    names: ['99'],
    // The codec reads the keys of a newer link as version 1 (the vocabulary only grows).
    kept: { action: 'allow-block' },
  },
  {
    name: 'an oversized fragment',
    fragment: `#v=1&action=allow-block&basis=${'app,'.repeat(Math.ceil(MAX_FRAGMENT_LENGTH / 4) + 10)}app`,
    code: 'oversized',
    names: [],
    kept: {},
  },
  {
    name: 'values that do not fit together (an app on routed traffic)',
    fragment: '#v=1&action=allow-block&basis=app&traffic=forwarded&decider=rules',
    code: 'conflict',
    names: ['traffic', 'forwarded'],
    kept: { action: 'allow-block', basis: 'app' },
  },
  {
    name: 'a broken percent-encoding',
    fragment: '#v=1&action=allow-block&basis=%E0%A4%A',
    code: 'malformed',
    names: ['basis'],
    kept: { action: 'allow-block' },
  },
];

async function shownAnswer(session: BrowserSession, key: string): Promise<string | null> {
  const item = session.page.locator(`[data-answered-question="${key}"] [data-answer-value]`);
  if ((await item.count()) === 0) return null;
  return item.getAttribute('data-answer-value');
}

describe('malformed share links', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(BAD_LINKS.map((link) => [link.name, link] as const))(
    'a link with %s gets a clear message, keeps the valid part and leaves the page intact',
    async (_name, link) => {
      const { page } = session;
      await openFresh(page, session.url(link.fragment));

      const errors = page.locator('[data-testid="profile-error"]');
      await errors.first().waitFor();
      const codes = await errors.evaluateAll((els) =>
        els.map((el) => el.getAttribute('data-error-code')),
      );
      expect(codes).toContain(link.code);
      const text = (await errors.allTextContents()).join(' ');
      expect(text.trim().length).toBeGreaterThan(10);
      for (const word of link.names) expect(text).toContain(word);

      for (const [key, value] of Object.entries(link.kept)) {
        expect(await shownAnswer(session, key), `answer ${key} kept`).toBe(value);
      }
      // The page is intact: header, a question to answer, the whole diagram, no page error.
      await expect(page.locator('h1').textContent()).resolves.toContain('WFP Layer Chooser');
      await expect(page.locator('[data-current-question]').count()).resolves.toBe(1);
      await expect(page.locator('[data-layer-id]').count()).resolves.toBeGreaterThan(10);
      expect(session.problems).toEqual([]);
    },
  );

  it('a link with nothing usable, opened over existing answers, keeps them', async () => {
    const { page } = session;
    await openFresh(page, session.url('#v=1&action=monitor'));
    expect(await shownAnswer(session, 'action')).toBe('monitor');
    const oversized = `#v=1&action=allow-block&basis=${'app,'.repeat(MAX_FRAGMENT_LENGTH / 2)}app`;
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, oversized);
    await page.locator('[data-testid="profile-error"]').first().waitFor();
    expect(await shownAnswer(session, 'action')).toBe('monitor');
    await expect(page.locator('.profile-errors').textContent()).resolves.toContain(
      'left as it was',
    );
    expect(session.problems).toEqual([]);
  });

  it('the valid part of a complete link still gives the result, with the problem named', async () => {
    const { page } = session;
    const fragment =
      '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules&ipsec=unknown&min-os=win10&flavour=vanilla';
    await openFresh(page, session.url(fragment));
    const shown = await shownResult(page);
    expect(shown.verdict).toBe('user-mode');
    expect(shown.primary).toBe('ale-auth-connect');
    await expect(page.locator('[data-testid="profile-error"]').textContent()).resolves.toContain(
      'flavour',
    );
    expect(session.problems).toEqual([]);
  });
});
