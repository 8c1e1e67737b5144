import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './harness';
import {
  answerByClicking,
  answerByKeyboard,
  currentQuestionId,
  fragmentParams,
  linkFor,
  openFresh,
  recommendedLayers,
  scenario,
  settled,
  shownResult,
} from './chooser-helpers';

/** The fragment holds every asked answer, in the public vocabulary. */
async function expectFragmentHolds(
  session: BrowserSession,
  asked: readonly string[],
  profile: Record<string, unknown>,
) {
  const params = await fragmentParams(session.page);
  expect(params.get('v')).toBe('1');
  for (const key of asked) {
    const value = profile[key];
    const written = params.get(key);
    expect(written, `fragment has ${key}`).not.toBeNull();
    if (Array.isArray(value)) expect(written?.split(',').sort()).toEqual([...value].sort());
    else expect(written).toBe(value);
  }
}

describe('answering the questionnaire in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('answers a full path by clicking the options and shows the result and the link', async () => {
    const { page } = session;
    const s = scenario('block-app-outbound');
    await openFresh(page, session.url());
    await expect(page.locator('[data-testid="recommendation"]').count()).resolves.toBe(0);
    const idle = await page
      .locator('[data-layer-id]')
      .evaluateAll((els) => els.every((el) => el.getAttribute('data-state') === 'idle'));
    expect(idle).toBe(true);

    const asked = await answerByClicking(page, s.profile);
    expect(asked.length).toBeGreaterThan(3);
    const shown = await shownResult(page);
    expect(shown.verdict).toBe(s.expect.verdict);
    expect(shown.primary).toBe(s.expect.primary);
    expect(shown.ipsec).toBe(s.expect.ipsec);
    await expectFragmentHolds(session, asked, s.profile);
    expect(await recommendedLayers(page)).toEqual([s.expect.primary]);
    expect(session.problems).toEqual([]);
  });

  it('moves the highlight when one answer is changed', async () => {
    const { page } = session;
    const s = scenario('block-app-outbound');
    await openFresh(page, session.url());
    await answerByClicking(page, s.profile);
    expect(await recommendedLayers(page)).toEqual(['ale-auth-connect']);

    // Inbound instead of outbound: the decision moves to the accept side of ALE.
    const item = page.locator('[data-answered-question="direction"]');
    await item.getByRole('button', { name: /change/i }).click();
    await item.locator('[data-option-id="inbound"]').click();
    await answerByClicking(page, s.profile);

    await expect.poll(() => recommendedLayers(page)).toEqual(['ale-auth-recv-accept']);
    const shown = await shownResult(page);
    expect(shown.primary).toBe('ale-auth-recv-accept');
    expect((await fragmentParams(page)).get('direction')).toBe('inbound');
    expect(session.problems).toEqual([]);
  });

  it('steps through the answers with the browser back and forward buttons', async () => {
    const { page } = session;
    const s = scenario('dlp-outbound-http');
    await openFresh(page, session.url());
    const asked = await answerByClicking(page, s.profile);
    const last = asked[asked.length - 1];
    expect((await shownResult(page)).verdict).toBe('kernel-callout');

    await page.goBack();
    await expect.poll(() => currentQuestionId(page)).toBe(last);
    expect((await fragmentParams(page)).get(last ?? '')).toBeNull();
    // The result column catches up after the highlight's frame; once it has, no result is shown.
    await settled(page);
    await expect(page.locator('[data-testid="recommendation"]').count()).resolves.toBe(0);

    await page.goBack();
    await expect.poll(() => currentQuestionId(page)).toBe(asked[asked.length - 2]);

    await page.goForward();
    await page.goForward();
    await expect.poll(() => currentQuestionId(page)).toBeNull();
    const shown = await shownResult(page);
    expect(shown.verdict).toBe(s.expect.verdict);
    expect(shown.primary).toBe(s.expect.primary);
    expect(session.problems).toEqual([]);
  });

  it('answers a full path with the keyboard alone', async () => {
    const { page } = session;
    const s = scenario('dlp-outbound-http');
    await openFresh(page, session.url());
    await page.keyboard.press('Tab');
    const asked = await answerByKeyboard(page, s.profile);
    expect(asked.length).toBeGreaterThan(3);

    const shown = await shownResult(page);
    expect(shown.verdict).toBe(s.expect.verdict);
    expect(shown.primary).toBe(s.expect.primary);
    expect(shown.ipsec).toBe(s.expect.ipsec);
    for (const id of s.expect.considerations ?? []) expect(shown.considerations).toContain(id);
    await expectFragmentHolds(session, asked, s.profile);
    // Focus went to the result once the last answer was given.
    const focusedId = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focusedId).toBe('result-heading');
    expect(session.problems).toEqual([]);
  });

  it('changes a setting with the keyboard and keeps it in the link', async () => {
    const { page } = session;
    await openFresh(page, session.url(`#v=1&action=allow-block`));
    const settings = page.locator('[data-testid="settings"]');
    const ipsec = settings.locator('[data-answered-question="ipsec"]');
    await ipsec.getByRole('button', { name: /change/i }).focus();
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-option-id') ?? null);
    for (let i = 0; i < 5 && (await focused()) !== 'in-use'; i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await fragmentParams(page)).get('ipsec')).toBe('in-use');
    await expect(
      ipsec.locator('[data-answer-value]').getAttribute('data-answer-value'),
    ).resolves.toBe('in-use');
    expect(session.problems).toEqual([]);
  });

  it("opens a layer's details from the diagram and gives focus back to the node on Escape", async () => {
    const { page } = session;
    const s = scenario('dlp-outbound-http');
    await openFresh(page, session.url(linkFor(s.profile)));
    const node = page.locator(`[data-layer-id="${s.expect.primary}"]`);
    await node.focus();
    await page.keyboard.press('Enter');
    const sheet = page.locator('[data-testid="layer-sheet"]');
    await sheet.waitFor();
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('[data-testid="layer-sheet"]') !== null,
      ),
    ).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    const focusedLayer = await page.evaluate(
      () =>
        document.activeElement?.closest('[data-layer-id]')?.getAttribute('data-layer-id') ?? null,
    );
    expect(focusedLayer).toBe(s.expect.primary);
    expect(session.problems).toEqual([]);
  });
});
