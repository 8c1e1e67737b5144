import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './harness';
import { linkFor, nodeStates, openFresh, publicScenarios, shownResult } from './chooser-helpers';

const STATES = ['recommended', 'companion', 'workable', 'excluded', 'idle'];
const IPSEC = ['compatible', 'conditional', 'incompatible', 'not-applicable'];

describe('every public scenario opened as a share link', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(publicScenarios().map((s) => [s.id, s] as const))(
    '%s shows the expected verdict, layer, IPsec status and considerations',
    async (_id, s) => {
      const { page } = session;
      await openFresh(page, session.url(linkFor(s.profile)));
      const shown = await shownResult(page);

      expect(shown.verdict).toBe(s.expect.verdict);
      if (s.expect.primary !== undefined) expect(shown.primary).toBe(s.expect.primary);
      if (s.expect.ipsec !== undefined) expect(shown.ipsec).toBe(s.expect.ipsec);
      for (const id of s.expect.considerations ?? []) expect(shown.considerations).toContain(id);

      const nodes = await nodeStates(page);
      expect(Object.keys(nodes).length).toBeGreaterThan(10);
      for (const [layerId, node] of Object.entries(nodes)) {
        expect(STATES, `data-state of ${layerId}`).toContain(node.state);
        expect(IPSEC, `data-ipsec of ${layerId}`).toContain(node.ipsec);
      }
      if (shown.primary !== null && shown.primary !== '') {
        expect(nodes[shown.primary]?.state).toBe('recommended');
      }
      // The link's answers are shown as answered, and no link problem is reported.
      await expect(page.locator('[data-testid="profile-error"]').count()).resolves.toBe(0);
      await expect(page.locator('[data-testid="questionnaire-complete"]').count()).resolves.toBe(1);
      expect(session.problems).toEqual([]);
    },
  );
});
