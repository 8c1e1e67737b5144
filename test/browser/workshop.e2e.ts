import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { workshopWords as en } from '@/i18n/en/workshop-words';
import { workshopWords as ja } from '@/i18n/ja/workshop-words';
import { WORKSHOP_PATHS } from '@/knowledge/packet-paths';
import { WORKSHOP_SCENARIOS, getScenario } from '@/knowledge/scenarios';
import type { Profile } from '@/knowledge/vocabulary';
import { decodeProfile } from '@/share/url';
import { openBrowser, type BrowserSession } from './harness';
import { axeBuilder } from './axe';
import { openFresh, settled, shownResult } from './chooser-helpers';

async function axeViolations(page: Page) {
  const results = await axeBuilder(page).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

/** The layers carrying a path step, by step number. */
async function pathStepsOnDiagram(page: Page): Promise<string[]> {
  const marked = await page
    .locator('[data-layer-id][data-path-step]')
    .evaluateAll((els) =>
      els.map((el) => [
        Number(el.getAttribute('data-path-step')),
        el.getAttribute('data-layer-id'),
      ]),
    );
  return marked.sort((a, b) => (a[0] as number) - (b[0] as number)).map(([, id]) => id as string);
}

async function openMode(page: Page, mode: string) {
  const button = page.locator(`.workshop-bar [data-mode="${mode}"]`);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

function answerFor(scenarioId: string) {
  const rec = recommend(decodeProfile(getScenario(scenarioId)!.link).profile as Profile);
  return { primary: rec.primary!, kind: rec.verdict === 'user-mode' ? 'filter' : 'callout' };
}

describe('workshop modes', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ width: 1920, height: 1080 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gallery: one click loads a scenario as its link, with the stated outcome; Back returns', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    await openMode(page, 'gallery');
    const cards = page.locator('[data-scenario-id]');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(WORKSHOP_SCENARIOS.length);
    expect(await axeViolations(page)).toEqual([]);

    const s = getScenario('stealth-tcp')!;
    await page.locator('[data-scenario-id="stealth-tcp"] .gallery-card__load').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(s.link);
    const shown = await shownResult(page);
    expect(shown).toMatchObject({
      verdict: s.expect.verdict,
      primary: s.expect.primary,
      ipsec: s.expect.ipsec,
    });
    // The stated outcome is on the card.
    await expect
      .poll(() =>
        page
          .locator('[data-scenario-id="stealth-tcp"] [data-expected-verdict]')
          .getAttribute('data-expected-verdict'),
      )
      .toBe(s.expect.verdict);

    // Browser Back: the page returns to what it had (the empty start), the gallery stays open.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('');
    await expect.poll(() => page.locator('[data-testid="recommendation"]').count()).toBe(0);
    expect(await page.locator('[data-scenario-id]').count()).toBe(WORKSHOP_SCENARIOS.length);
    expect(session.problems).toEqual([]);
  }, 180_000);

  it('packet paths: numbered steps in the knowledge base order, stepped with keys and played', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    await openMode(page, 'paths');
    for (const path of WORKSHOP_PATHS) {
      await page.locator(`[data-path-id="${path.id}"]`).click();
      await expect.poll(() => pathStepsOnDiagram(page)).toEqual(path.steps.map((s) => s.layerId));
    }
    // Inferred steps are marked as inferred on the list beside the diagram.
    await page.locator('[data-path-id="loopback-connect"]').click();
    const inferred = WORKSHOP_PATHS.find((p) => p.id === 'loopback-connect')!.steps.filter(
      (s) => s.confidence === 'inferred',
    ).length;
    expect(await page.locator('.paths__list .workshop-chip--inferred').count()).toBe(inferred);

    await page.locator('[data-path-id="tcp-connect"]').click();
    const steps = WORKSHOP_PATHS[0]!.steps;
    const panel = page.locator('[data-testid="path-step"]');
    await panel.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => panel.getAttribute('data-step')).toBe('3');
    await expect
      .poll(() =>
        page.locator('[data-layer-id][data-path-current="true"]').getAttribute('data-layer-id'),
      )
      .toBe(steps[2]!.layerId);
    await expect(panel.locator('.paths__layer').textContent()).resolves.toBe(
      en.layerName(steps[2]!.layerId),
    );
    await page.keyboard.press('End');
    await expect.poll(() => panel.getAttribute('data-step')).toBe(String(steps.length));
    await page.keyboard.press('Home');
    await expect.poll(() => panel.getAttribute('data-step')).toBe('1');

    // Play moves on by itself.
    await page.getByRole('button', { name: en.paths.play, exact: true }).click();
    await expect.poll(() => panel.getAttribute('data-step'), { timeout: 10_000 }).toBe('3');
    await page.getByRole('button', { name: en.paths.pause, exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  }, 180_000);

  it('presentation: fills the screen, arrows step, names are large, Escape leaves', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    await openMode(page, 'paths');
    await page.locator('[data-path-id="tcp-accept"]').click();
    await page.locator('[data-mode="present"]').click();
    const caption = page.locator('[data-testid="presentation"]');
    await caption.waitFor();
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(false);
    const steps = WORKSHOP_PATHS.find((p) => p.id === 'tcp-accept')!.steps;
    await expect
      .poll(() => page.locator('[data-testid="present-headline"]').textContent())
      .toBe(en.layerName(steps[0]!.layerId));
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[data-testid="present-headline"]').textContent())
      .toBe(en.layerName(steps[1]!.layerId));
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('[data-testid="present-headline"]').textContent())
      .toBe(en.layerName(steps[0]!.layerId));

    // The path's layer names are at least 18 px on a 1920×1080 screen.
    await expect
      .poll(
        () =>
          page.locator('[data-layer-id][data-path-step]').evaluateAll((els) =>
            Math.min(
              ...els.map((el) => {
                const name = [
                  ...el.querySelectorAll<HTMLElement>('.layer-node__name, .layer-node__overview'),
                ].find((n) => getComputedStyle(n).display !== 'none');
                const viewport = el.closest<HTMLElement>('.react-flow__viewport');
                const scale = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
                return name === undefined ? 0 : parseFloat(getComputedStyle(name).fontSize) * scale;
              }),
            ),
          ),
        { timeout: 10_000 },
      )
      .toBeGreaterThanOrEqual(18);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => caption.count()).toBe(0);
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(true);

    // Without a mode open, presentation steps through the gallery: → loads the first scenario.
    await page.locator('.workshop-bar [data-mode="paths"]').click(); // closes the paths mode
    await page.locator('[data-mode="present"]').click();
    await caption.waitFor();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe(WORKSHOP_SCENARIOS[0]!.link);
    await page.getByRole('button', { name: en.present.leave }).click();
    await expect.poll(() => caption.count()).toBe(0);
    expect(session.problems).toEqual([]);
  }, 180_000);

  it('quiz: nothing of the answer in the page before committing; a full round with one wrong answer', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    const hashBefore = await page.evaluate(() => window.location.hash);
    await openMode(page, 'quiz');
    const story = page.locator('[data-testid="quiz-story"]');
    await story.waitFor();
    const storyToId = new Map(
      Object.entries(en.gallery.stories).map(([id, words]) => [words.story, id]),
    );

    for (let n = 0; n < 8; n++) {
      await expect
        .poll(() => page.locator('[data-testid="quiz-question-number"]').textContent())
        .toBe(en.quiz.questionOf(n + 1, 8));
      const text = await story.locator('p').nth(1).textContent();
      const id = storyToId.get(text ?? '');
      expect(id, text ?? '').toBeDefined();
      const answer = answerFor(id!);

      // Before committing: no node is marked recommended or as the answer, no feedback, no link change.
      expect(
        await page.locator('[data-state="recommended"], [data-state="companion"]').count(),
      ).toBe(0);
      expect(
        await page
          .locator('[data-quiz], [data-answer-layer], [data-testid="quiz-feedback"]')
          .count(),
      ).toBe(0);
      expect(await page.evaluate(() => window.location.hash)).toBe(hashBefore);
      if (n === 0) expect(await axeViolations(page)).toEqual([]);

      // The first answer is wrong on purpose (a layer the engine does not recommend).
      const wrongLayer = answer.primary === 'outbound-ippacket' ? 'stream' : 'outbound-ippacket';
      const picked = n === 0 ? wrongLayer : answer.primary;
      if (n === 1) {
        // A click on the diagram picks the layer.
        await page.locator(`.panel--diagram [data-layer-id="${picked}"]`).click();
        await expect
          .poll(() => page.locator('[data-testid="quiz-layer"]').inputValue())
          .toBe(picked);
      } else {
        await page.locator('[data-testid="quiz-layer"]').selectOption(picked);
      }
      await page.locator(`[data-quiz-kind="${answer.kind}"]`).check();
      await page.locator('[data-testid="quiz-commit"]').click();
      const feedback = page.locator('[data-testid="quiz-feedback"]');
      await feedback.waitFor();
      expect(await feedback.getAttribute('data-correct')).toBe(n === 0 ? 'false' : 'true');
      // The explanation and the diagram's answer follow the verdict after its frame (issue 12).
      await settled(page);
      expect(
        await feedback.locator('[data-testid="quiz-answer"]').getAttribute('data-answer-layer'),
      ).toBe(answer.primary);
      // Now the diagram shows the real recommendation.
      await expect
        .poll(() =>
          page
            .locator(`.panel--diagram [data-layer-id="${answer.primary}"]`)
            .getAttribute('data-state'),
        )
        .toBe('recommended');

      if (n === 0) {
        expect(await axeViolations(page)).toEqual([]);
        // From the feedback: compare the learner's layer with the answer, then back to the quiz.
        await page.locator('[data-testid="quiz-compare"]').click();
        const table = page.locator('[data-testid="compare-table"]');
        await table.waitFor();
        expect(
          await table
            .locator('thead th[data-layer-column]')
            .evaluateAll((els) => els.map((el) => el.getAttribute('data-layer-column'))),
        ).toEqual([wrongLayer, answer.primary]);
        await openMode(page, 'quiz');
        await feedback.waitFor();
      }
      await page.locator('[data-testid="quiz-next"]').click();
    }
    const done = page.locator('[data-quiz-done="true"]');
    await done.waitFor();
    expect(await done.locator('.quiz__done').textContent()).toBe(en.quiz.done(7, 8));
    expect(session.problems).toEqual([]);
  }, 300_000);

  it('compare: from the layer details, two or three layers side by side with differences marked', async () => {
    const { page } = session;
    const s = getScenario('block-app-outbound')!;
    await openFresh(page, session.url(s.link));
    await shownResult(page);
    // The node may be outside the framed part of the canvas: click it where it is.
    await page
      .locator('.panel--diagram [data-layer-id="stream"]')
      .evaluate((el) => (el as HTMLElement).click());
    await page.locator('[data-testid="compare-from-details"]').click();
    const table = page.locator('[data-testid="compare-table"]');
    await table.waitFor();
    const columns = () =>
      table
        .locator('thead th[data-layer-column]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-layer-column')));
    expect(await columns()).toEqual(['stream', 'ale-auth-connect']);
    expect(await table.locator('tr[data-row="identity"]').getAttribute('data-differs')).toBe(
      'true',
    );
    expect(await table.locator('tr[data-row="min-os"]').getAttribute('data-differs')).toBe('false');

    await page.getByRole('button', { name: en.compare.addThird }).click();
    await page.locator('[data-compare-slot="3"]').selectOption('ale-auth-recv-accept');
    await expect.poll(columns).toEqual(['stream', 'ale-auth-connect', 'ale-auth-recv-accept']);
    // The same layer twice is refused with a clear message, the table comes back when fixed.
    await page.locator('[data-compare-slot="3"]').selectOption('stream');
    await page.locator('[data-testid="compare-error"]').waitFor();
    expect(await page.locator('[data-testid="compare-error"]').textContent()).toBe(
      en.compare.errors.duplicate,
    );
    await page.locator('[data-compare-slot="3"]').selectOption('ipforward');
    await table.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Back to the chooser: the questionnaire and the result are there as they were.
    await page.getByRole('button', { name: 'Back to the chooser' }).click();
    await page.locator('.questionnaire').waitFor();
    expect((await shownResult(page)).primary).toBe(s.expect.primary);
    expect(session.problems).toEqual([]);
  }, 180_000);

  it('speaks Japanese when the page does', async () => {
    const { page } = session;
    await openFresh(page, session.url());
    await page.evaluate(() => window.localStorage.setItem('wfp-layer-chooser.lang', 'ja'));
    await page.reload();
    await page.locator('[data-layer-id]').first().waitFor();
    await page.locator('.workshop-bar [data-mode="gallery"]').click();
    const first = WORKSHOP_SCENARIOS[0]!.id;
    await expect
      .poll(() => page.locator(`[data-scenario-id="${first}"] .gallery-card__story`).textContent())
      .toBe(ja.gallery.stories[first]!.story);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.localStorage.removeItem('wfp-layer-chooser.lang'));
    expect(session.problems).toEqual([]);
  }, 180_000);
});
