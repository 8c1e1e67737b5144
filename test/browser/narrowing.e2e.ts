/**
 * Issue 9 in the browser: the diagram narrows with every answer, the whole stack reads at
 * overview zoom, the summary card holds its items without horizontal overflow, and a keyboard
 * user gets from the questionnaire through the diagram to the result in under 30 key presses.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './harness';
import { currentQuestionId, linkFor, openFresh, scenario, shownResult } from './chooser-helpers';

/** The six tasks the issue measured (public scenarios). */
const TASKS = [
  'block-app-outbound',
  'dlp-outbound-http',
  'transparent-proxy',
  'prompt-outbound',
  'inject-tcp-segments',
  'ethertype-win7',
] as const;

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function narrowingState(page: Page) {
  const line = page.locator('[data-testid="narrowing"]');
  return {
    text: (await line.textContent()) ?? '',
    candidates: Number((await line.getAttribute('data-candidates')) ?? Number.NaN),
    excluded: await page.locator('.stack-diagram [data-layer-id][data-state="excluded"]').count(),
    idle: await page.locator('.stack-diagram [data-layer-id][data-state="idle"]').count(),
    candidateNodes: await page
      .locator('.stack-diagram [data-layer-id][data-state="candidate"]')
      .count(),
  };
}

async function clickAnswer(page: Page, id: string, values: readonly string[]) {
  const form = page.locator(`[data-current-question="${id}"]`);
  const kind = await form.locator(`[data-question-id="${id}"]`).first().getAttribute('type');
  if (kind === 'checkbox') {
    for (const v of values) await form.locator(`[data-option-id="${v}"]`).check();
    await form.getByRole('button', { name: 'Continue' }).click();
  } else {
    await form.locator(`[data-option-id="${values[0]}"]`).click();
  }
  await expect.poll(() => currentQuestionId(page)).not.toBe(id);
}

describe('live narrowing', () => {
  it('answers step by step: the candidate count falls and dimmed layers carry their reasons', async () => {
    session = await openBrowser({ width: 1440, height: 900 });
    const { page } = session;
    await openFresh(page, session.url());
    const before = await narrowingState(page);
    expect(before.idle).toBe(56);
    const profile = scenario('block-app-outbound').profile;
    const counts: number[] = [];
    for (let step = 0; step < 10; step += 1) {
      const id = await currentQuestionId(page);
      if (id === null) break;
      const value = profile[id as keyof typeof profile];
      await clickAnswer(page, id, Array.isArray(value) ? value : [String(value)]);
      const now = await narrowingState(page);
      if ((await currentQuestionId(page)) !== null) {
        // Incomplete: only candidate and excluded, no idle layer once answering has begun.
        expect(now.idle).toBe(0);
        expect(now.candidateNodes + now.excluded).toBe(56);
        expect(now.candidates).toBe(now.candidateNodes);
      }
      counts.push(now.candidates);
      expect(now.text).toMatch(/ruled out/);
    }
    console.log(`candidate counts after each answer: ${counts.join(' → ')}`);
    // The count never rises and falls overall.
    for (let i = 1; i < counts.length; i += 1)
      expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
    expect(counts.at(-1)!).toBeLessThan(counts[0]!);
    expect(counts[0]!).toBeLessThan(56);
    // A dimmed layer says why, in its accessible name and its description.
    const dimmed = page.locator('.stack-diagram [data-layer-id][data-state="excluded"]').first();
    expect(await dimmed.ariaSnapshot()).toMatch(/Why excluded: \S/);
    await shownResult(page);
    expect(session.problems).toEqual([]);
  });

  it('shows the first answer on the diagram at once: dimmed layers and the line above it', async () => {
    session = await openBrowser({ width: 1440, height: 900 });
    const { page } = session;
    await openFresh(page, session.url());
    await page.locator('[data-question-id="action"][data-option-id="protect"]').click();
    await expect.poll(async () => (await narrowingState(page)).excluded).toBeGreaterThan(40);
    const state = await narrowingState(page);
    expect(state.text).toMatch(/^Protect it with IPsec: \d+ layers ruled out/);
    await session.screenshot('narrowing-first-answer-1440');
  });
});

describe('whole stack readable at overview zoom', () => {
  it.each([
    { width: 1440, height: 900, min: 12 },
    { width: 1920, height: 1080, min: 16 },
  ])(
    'names are at least $min px on screen at $width × $height, each inside its node',
    async (size) => {
      session = await openBrowser({ width: size.width, height: size.height });
      const { page } = session;
      await openFresh(page, session.url());
      await page.getByRole('button', { name: 'Whole stack' }).click();
      await page.waitForTimeout(700);
      const measured = await page.evaluate(() => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
        const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1]);
        const names: { id: string; px: number; fits: boolean }[] = [];
        for (const node of document.querySelectorAll<HTMLElement>(
          '.stack-diagram [data-layer-id]',
        )) {
          if (node.classList.contains('layer-node--discard')) continue;
          const overview = node.querySelector<HTMLElement>('.layer-node__overview');
          const name = node.querySelector<HTMLElement>('.layer-node__name');
          const shown =
            overview !== null && getComputedStyle(overview).display !== 'none' ? overview : name;
          if (shown === null) continue;
          const px = parseFloat(getComputedStyle(shown).fontSize) * zoom;
          const a = shown.getBoundingClientRect();
          const b = node.getBoundingClientRect();
          names.push({
            id: node.dataset.layerId ?? '',
            px,
            fits: a.bottom <= b.bottom + 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5,
          });
        }
        return { zoom, names };
      });
      const sizes = measured.names.map((n) => n.px);
      console.log(
        `${size.width}×${size.height}: zoom ${measured.zoom.toFixed(3)}, layer-name font on screen ${Math.min(...sizes).toFixed(2)}–${Math.max(...sizes).toFixed(2)} px over ${sizes.length} nodes`,
      );
      expect(measured.names.length).toBe(42);
      for (const n of measured.names) {
        expect(n.px, n.id).toBeGreaterThanOrEqual(size.min - 0.01);
        expect(n.fits, `${n.id} fits its node`).toBe(true);
      }
      await session.screenshot(`overview-${size.width}`);
    },
  );
});

describe('node text at detail zoom', () => {
  it('never runs out of its node: states, roles and badges wrap or abbreviate instead', async () => {
    session = await openBrowser({ width: 1440, height: 900 });
    const { page } = session;
    for (const link of [
      '#v=1&action=modify&traffic=local&protocol=tcp&direction=both&moment=data&basis=payload,app&decider=code&ipsec=in-use&min-os=win10',
      '#v=1&action=modify&traffic=local&protocol=tcp&direction=outbound&moment=data&basis=payload&decider=code&ipsec=unknown&min-os=win10&own-driver=avoid',
    ]) {
      await openFresh(page, session.url(link));
      await shownResult(page);
      for (let i = 0; i < 4; i += 1) {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await page.waitForTimeout(300);
      }
      const outside = await page.evaluate(() => {
        const out: string[] = [];
        for (const node of document.querySelectorAll<HTMLElement>(
          '.stack-diagram [data-layer-id]',
        )) {
          if (node.classList.contains('layer-node--discard')) continue;
          const box = node.getBoundingClientRect();
          for (const child of node.children) {
            const el = child as HTMLElement;
            if (
              el.classList.contains('react-flow__handle') ||
              el.classList.contains('visually-hidden')
            )
              continue;
            if (getComputedStyle(el).display === 'none') continue;
            const r = el.getBoundingClientRect();
            if (r.height > 0 && (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5))
              out.push(`${node.dataset.layerId} ${el.className}`);
          }
        }
        return out;
      });
      expect(outside).toEqual([]);
    }
    expect(session.problems).toEqual([]);
  });
});

describe('the ten-second card', () => {
  it.each([1024, 1440, 1920])(
    'holds its items at %i px wide without horizontal overflow, for the six tasks',
    async (width) => {
      session = await openBrowser({ width, height: width === 1024 ? 768 : 900 });
      const { page } = session;
      for (const id of TASKS) {
        await openFresh(page, session.url(linkFor(scenario(id).profile)));
        await shownResult(page);
        // Open every fold too: nothing in them may overflow either.
        await page
          .locator('[data-testid="recommendation"] details')
          .evaluateAll((els) => els.forEach((el) => ((el as HTMLDetailsElement).open = true)));
        const check = await page.evaluate(() => {
          const panel = document.querySelector<HTMLElement>('.panel--result')!;
          const card = document.querySelector<HTMLElement>('[data-testid="summary-card"]')!;
          const cardBox = card.getBoundingClientRect();
          const panelBox = panel.getBoundingClientRect();
          // Content inside its own horizontal scroller (a code block) is reached by scrolling
          // that box, which itself must stay inside the panel.
          const inOwnScroller = (el: HTMLElement) => {
            for (let a = el.parentElement; a !== null && a !== panel; a = a.parentElement)
              if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
            return false;
          };
          const outside = [...panel.querySelectorAll<HTMLElement>('*')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.right > panelBox.right + 1 && !inOwnScroller(el);
            })
            .map((el) => el.className || el.tagName)
            .slice(0, 5);
          const cardOutside = [...card.querySelectorAll<HTMLElement>('*')].filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > cardBox.right + 1 || r.left < cardBox.left - 1);
          }).length;
          return {
            scrollWidth: panel.scrollWidth,
            clientWidth: panel.clientWidth,
            outside,
            cardOutside,
            mustKnows: card.querySelectorAll('[data-must-know]').length,
            verdict: card.querySelector('.summary-card__verdict')?.textContent ?? '',
          };
        });
        expect(
          check.scrollWidth,
          `${id} at ${width}: ${check.outside.join(', ')}`,
        ).toBeLessThanOrEqual(check.clientWidth);
        expect(check.outside, `${id} at ${width}`).toEqual([]);
        expect(check.cardOutside, `${id} at ${width}`).toBe(0);
        expect(check.verdict).not.toBe('');
        expect(check.mustKnows).toBeLessThanOrEqual(5);
      }
      expect(session.problems).toEqual([]);
    },
  );
});

describe('keyboard only', () => {
  it('goes questionnaire → diagram → result in under 30 key presses', async () => {
    session = await openBrowser({ width: 1440, height: 900 });
    const { page } = session;
    await openFresh(page, session.url());
    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    };
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          question: el?.getAttribute('data-question-id') ?? null,
          option: el?.getAttribute('data-option-id') ?? null,
          layer: el?.dataset.layerId ?? null,
          id: el?.id ?? '',
        };
      });
    // Into the first question.
    while ((await focused()).question === null) {
      await press('Tab');
      expect(presses).toBeLessThan(15);
    }
    const profile = scenario('block-app-outbound').profile;
    for (let step = 0; step < 10; step += 1) {
      const id = await currentQuestionId(page);
      if (id === null) break;
      const value = profile[id as keyof typeof profile];
      const wanted = Array.isArray(value) ? value : [String(value)];
      const type = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type,
      );
      if (type === 'checkbox') {
        // Focus starts on the first checkbox; tick the wanted ones in document order.
        const ticked = new Set<string>();
        for (let i = 0; i < 25 && ticked.size < wanted.length; i += 1) {
          const f = await focused();
          if (f.question !== id) break;
          if (wanted.includes(f.option ?? '')) {
            await press('Space');
            ticked.add(f.option ?? '');
          }
          if (ticked.size < wanted.length) await press('Tab');
        }
        await press('Enter');
      } else {
        for (let i = 0; i < 10 && (await focused()).option !== wanted[0]; i += 1)
          await press('ArrowDown');
        await press('Enter');
      }
      await expect.poll(() => currentQuestionId(page)).not.toBe(id);
    }
    // Complete: focus is on the result heading. Back into the diagram: its one tab stop is the
    // recommended layer.
    await expect.poll(async () => (await focused()).id).toBe('result-heading');
    for (let i = 0; i < 4 && (await focused()).layer === null; i += 1) await press('Shift+Tab');
    const rec = await shownResult(page);
    expect((await focused()).layer).toBe(rec.primary);
    await press('Enter');
    await page.locator(`[data-layer-details="${rec.primary}"]`).waitFor();
    await press('Escape');
    await expect.poll(async () => (await focused()).layer).toBe(rec.primary);
    await press('Escape');
    await expect.poll(async () => (await focused()).id).toBe('result-heading');
    // And on into the result: the first "more" link of the card.
    await press('Tab');
    console.log(`keyboard-only path questionnaire → diagram → result: ${presses} key presses`);
    expect(presses).toBeLessThan(30);
    expect(session.problems).toEqual([]);
  });
});
