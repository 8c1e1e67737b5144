import { existsSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendInWords as recommend } from '@/i18n/word';
import { LAYERS, getLayer } from '@/knowledge/layers';
import { PACKET_PATHS } from '@/knowledge/stack';
import { layoutStack, routeSteps } from '@/components/diagram/layout';
import { openBrowser, type BrowserSession } from './harness';
import { axeBuilder } from './axe';
import { BLOCK_APP_OUTBOUND as BLOCK_APP } from '../fixtures/profiles';

const BLOCK_APP_LINK =
  '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules&ipsec=unknown&min-os=win10';
const STREAM_EDIT_LINK =
  '#v=1&action=modify&traffic=local&protocol=tcp&direction=both&moment=data&basis=payload,app&decider=code&ipsec=in-use&min-os=win10';

async function open(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('.stack-diagram [data-layer-id]').first().waitFor();
}

/** The focused element's layer id, if a diagram node has focus. */
function focusedLayer(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.layerId ?? null,
  );
}

/** Whether the node lies wholly inside the visible canvas. */
async function inCanvas(page: Page, layerId: string): Promise<boolean> {
  const node = await page.locator(`.stack-diagram [data-layer-id="${layerId}"]`).boundingBox();
  const canvas = await page.locator('.stack-diagram .react-flow').boundingBox();
  if (node === null || canvas === null) return false;
  return (
    node.x >= canvas.x &&
    node.y >= canvas.y &&
    node.x + node.width <= canvas.x + canvas.width &&
    node.y + node.height <= canvas.y + canvas.height
  );
}

/** The canvas's pan and zoom, as React Flow writes it. */
function viewTransform(page: Page): Promise<string> {
  return page.locator('.stack-diagram .react-flow__viewport').evaluate((el) => el.style.transform);
}

/** Waits until the canvas has not moved for 400 ms (a framing animation has ended). */
async function viewSettled(page: Page): Promise<void> {
  let last = await viewTransform(page);
  for (let waited = 0; waited < 5000; waited += 400) {
    await page.waitForTimeout(400);
    const now = await viewTransform(page);
    if (now === last) return;
    last = now;
  }
  throw new Error('the diagram kept moving for 5 s');
}

async function axeViolations(page: Page, include: string[]) {
  let builder = axeBuilder(page);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

describe('stack diagram in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is one tab stop: arrows, Home and End move inside, Enter opens a layer, Escape gives focus back, Tab leaves', async () => {
    const { page } = session;
    await open(page, session.url());
    await page.locator('.stack-diagram__title').click();
    let layerId: string | null = null;
    for (let i = 0; i < 12 && layerId === null; i += 1) {
      await page.keyboard.press('Tab');
      layerId = await focusedLayer(page);
    }
    expect(layerId).not.toBeNull();
    // A visible way out while a layer has focus.
    await expect.poll(() => page.locator('.stack-diagram__keys').isVisible()).toBe(true);
    const inStackOrder = [...LAYERS].sort((a, b) => a.stackOrder - b.stackOrder).map((l) => l.id);
    await page.keyboard.press('End');
    expect(await focusedLayer(page)).toBe(inStackOrder.at(-1));
    await page.keyboard.press('Home');
    expect(await focusedLayer(page)).toBe(inStackOrder[0]);
    await page.keyboard.press('ArrowDown');
    const next = await focusedLayer(page);
    expect(next).not.toBeNull();
    expect(next).not.toBe(inStackOrder[0]);

    await page.keyboard.press('Enter');
    const details = page.locator(`[data-layer-details="${next}"]`);
    await details.waitFor();
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).textContent())
      .toBe(getLayer(next!)!.name);

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(await focusedLayer(page)).toBe(next);
    // Tab leaves the diagram at once: the other layers are not tab stops.
    await page.keyboard.press('Tab');
    expect(await focusedLayer(page)).toBeNull();
    expect(await page.locator('[data-layer-id][tabindex="0"]').count()).toBe(1);
    expect(session.problems).toEqual([]);
  });

  it('draws every packet-path arrow, routed after the layers have shown, emphasised for the result', async () => {
    const { page } = session;
    await open(page, session.url(BLOCK_APP_LINK));
    const expected = routeSteps(layoutStack(LAYERS), PACKET_PATHS)
      .map((step) => step.id)
      .sort();
    const edges = page.locator('.stack-diagram .react-flow__edge');
    await expect.poll(() => edges.count(), { timeout: 15_000 }).toBe(expected.length);
    const drawn = await edges.evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-id') ?? '',
        primary: el.classList.contains('path-edge--primary'),
        d: el.querySelector('path.path-edge__line')?.getAttribute('d') ?? '',
      })),
    );
    expect(drawn.map((edge) => edge.id).sort()).toEqual(expected);
    for (const edge of drawn) expect(edge.d, edge.id).toMatch(/^M\s*-?\d/);
    // The steps into or out of the recommended layer are emphasised.
    const primary = recommend(BLOCK_APP).primary!;
    const emphasised = drawn.filter((edge) => edge.primary).map((edge) => edge.id);
    expect(emphasised.length).toBeGreaterThan(0);
    for (const id of emphasised) expect(id.split('->')).toContain(primary);
    expect(session.problems).toEqual([]);
  });

  it('lets the keyboard skip past the layers to the recommendation', async () => {
    const { page } = session;
    await open(page, session.url(BLOCK_APP_LINK));
    const skip = page.locator('.stack-diagram__skip');
    // Hidden until focused, then shown over the canvas.
    expect((await skip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await page.locator('.stack-diagram__title').click();
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      if (await skip.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    expect(await page.evaluate(() => window.location.hash)).toBe(BLOCK_APP_LINK);
    expect(session.problems).toEqual([]);
  });

  it('moves between layers with the arrow keys and keeps the focused one in view', async () => {
    const { page } = session;
    await open(page, session.url());
    await page.locator('.stack-diagram [data-layer-id="ale-auth-connect"]').focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowDown');
    const reached = await focusedLayer(page);
    expect(reached).not.toBeNull();
    expect(reached).not.toBe('ale-auth-connect');
    await expect.poll(() => inCanvas(page, reached!), { timeout: 3000 }).toBe(true);
  });

  it('keeps the layer a keyboard user is on in view when a new result is framed', async () => {
    const { page } = session;
    await open(page, session.url(STREAM_EDIT_LINK));
    await page.locator('.stack-diagram [data-layer-id]').first().focus();
    await page.keyboard.press('End');
    const held = await focusedLayer(page);
    expect(held).not.toBeNull();
    await expect.poll(() => inCanvas(page, held!), { timeout: 3000 }).toBe(true);
    // The result changes while focus stays in the diagram (a link opened, or back and forward).
    const rec = recommend(BLOCK_APP);
    expect(rec.primary).not.toBe(held);
    const before = await viewTransform(page);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, BLOCK_APP_LINK);
    const primary = page.locator(`.stack-diagram [data-layer-id="${rec.primary}"]`);
    await expect.poll(() => primary.getAttribute('data-state')).toBe('recommended');
    // The new result is framed (the view moves), then the view comes to rest.
    await expect.poll(() => viewTransform(page), { timeout: 3000 }).not.toBe(before);
    // The rest of the page follows the highlight after its frame (issue 12): once it has, the
    // view comes to rest.
    await expect.poll(() => page.locator('[data-stale]').count(), { timeout: 5000 }).toBe(0);
    await viewSettled(page);
    expect(await focusedLayer(page)).toBe(held);
    expect(await inCanvas(page, held!)).toBe(true);
    expect(await inCanvas(page, rec.primary!)).toBe(true);
  });

  it('brings the recommended layer into view when a scenario link opens', async () => {
    const { page } = session;
    const rec = recommend(BLOCK_APP);
    await open(page, session.url(BLOCK_APP_LINK));
    const primary = page.locator(`.stack-diagram [data-layer-id="${rec.primary}"]`);
    await expect.poll(() => primary.getAttribute('data-state')).toBe('recommended');
    await expect.poll(() => inCanvas(page, rec.primary!), { timeout: 3000 }).toBe(true);
    expect(await primary.getAttribute('data-ipsec')).toBe(rec.ipsec.status);
    await session.screenshot('diagram-block-app-1440');
  });

  it('shows an excluded layer’s reason on hover', async () => {
    const { page } = session;
    const rec = recommend(BLOCK_APP);
    const exclusion = rec.excluded.find((e) => e.layerId === 'ale-flow-established')!;
    await open(page, session.url(BLOCK_APP_LINK));
    const node = page.locator('.stack-diagram [data-layer-id="ale-flow-established"]');
    await expect.poll(() => node.getAttribute('data-state')).toBe('excluded');
    await expect.poll(() => inCanvas(page, 'ale-flow-established'), { timeout: 3000 }).toBe(true);
    const tip = page.locator('.layer-tip');
    // The view may still be settling on the result: hover again until the pointer rests on it.
    await expect
      .poll(
        async () => {
          await node.hover();
          return (await tip.isVisible()) ? await tip.textContent() : '';
        },
        { timeout: 5000 },
      )
      .toContain(exclusion.reason);
    await page.mouse.move(1, 1);
    await tip.waitFor({ state: 'detached' });
  });

  it.each(['light', 'dark'] as const)(
    'passes axe with a result and the details open, and looks right (%s)',
    async (scheme) => {
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, session.url(STREAM_EDIT_LINK));
      await page.getByRole('button', { name: 'Whole stack' }).click();
      await page.waitForTimeout(700);
      const shot = await session.screenshot(`diagram-stream-edit-1440-${scheme}`);
      expect(existsSync(shot) && statSync(shot).size > 20_000).toBe(true);
      expect(await axeViolations(page, ['.stack-diagram'])).toEqual([]);

      await page.locator('.stack-diagram [data-state="recommended"]').first().click();
      await page.locator('[data-layer-details]').waitFor();
      expect(await axeViolations(page, ['[data-layer-details]'])).toEqual([]);
      await session.screenshot(`diagram-details-1440-${scheme}`);
      await page.emulateMedia({ colorScheme: 'light' });
      expect(session.problems).toEqual([]);
    },
  );
});

describe('stack diagram on a projector', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ width: 1920, height: 1080 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('fits the whole stack and then the recommended layer at 1920 × 1080', async () => {
    const { page } = session;
    await open(page, session.url());
    await session.screenshot('diagram-idle-1920');
    await open(page, session.url(STREAM_EDIT_LINK));
    const rec = recommend({
      ...BLOCK_APP,
      action: 'modify',
      direction: 'both',
      moment: 'data',
      basis: ['payload', 'app'],
      decider: 'code',
      ipsec: 'in-use',
    });
    await expect.poll(() => inCanvas(page, rec.primary!), { timeout: 3000 }).toBe(true);
    for (const companion of rec.companions) {
      await expect.poll(() => inCanvas(page, companion.layerId), { timeout: 3000 }).toBe(true);
    }
    await session.screenshot('diagram-stream-edit-1920');
    expect(session.problems).toEqual([]);
  });
});
