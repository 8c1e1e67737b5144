// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ResultPanel } from '@/components/result/ResultPanel';
import { recommendInWords as recommend } from '@/i18n/word';
import { RULES_VERSION } from '@/engine/version';
import { getLayer } from '@/knowledge/layers';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { getSource } from '@/knowledge/sources';
import type { Profile } from '@/knowledge/vocabulary';
import { publicScenario } from '../../fixtures/scenarios';

function renderResult(profile: Profile) {
  const recommendation = recommend(profile);
  const onSelectLayer = vi.fn();
  render(<ResultPanel recommendation={recommendation} onSelectLayer={onSelectLayer} />);
  return { recommendation, onSelectLayer, user: userEvent.setup() };
}

describe('ResultPanel', () => {
  it('before the questionnaire is complete it explains what will appear, without the hook', () => {
    render(<ResultPanel recommendation={null} onSelectLayer={() => {}} />);
    expect(screen.queryByTestId('recommendation')).toBeNull();
    expect(screen.getByTestId('result-empty')).toHaveTextContent(/Answer the questions/);
  });

  it.each(['block-app-outbound', 'transparent-proxy', 'rewrite-outbound-ttl', 'ethertype-win7'])(
    'carries the recommendation hooks for the %s scenario',
    (id) => {
      const { recommendation: r } = renderResult(publicScenario(id).profile);
      const root = screen.getByTestId('recommendation');
      expect(root).toHaveAttribute('data-verdict', r.verdict);
      expect(root).toHaveAttribute('data-primary-layer', r.primary ?? '');
      expect(root).toHaveAttribute('data-ipsec', r.ipsec.status);
      const considerations = [...root.querySelectorAll('[data-consideration-id]')].map((el) =>
        el.getAttribute('data-consideration-id'),
      );
      expect(considerations).toEqual(r.considerations.map((c) => c.id));
      const warnings = [...root.querySelectorAll('[data-warning-id]')].map((el) =>
        el.getAttribute('data-warning-id'),
      );
      expect(warnings).toEqual(r.warnings.map((w) => w.id));
    },
  );

  it('states the verdict as a quotable sentence from the build plan, with its conditions', () => {
    const { recommendation: r } = renderResult(publicScenario('block-app-outbound').profile);
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveTextContent('User-mode filters suffice');
    expect(screen.getByTestId('verdict-text')).toHaveTextContent(r.build.summary);
    for (const condition of r.build.conditions) expect(verdict).toHaveTextContent(condition);
  });

  it('names the primary layer with its API names and each companion with its role', () => {
    const { recommendation: r } = renderResult(publicScenario('dlp-outbound-http').profile);
    const primary = r.primary === null ? undefined : getLayer(r.primary);
    if (primary === undefined) throw new Error('the scenario has a primary layer');
    const section = screen.getByRole('region', { name: 'Recommended layer' });
    expect(section).toHaveTextContent(primary.name);
    for (const name of primary.fwpm) expect(section).toHaveTextContent(name);
    for (const companion of r.companions) {
      const item = section.querySelector(`[data-layer-ref="${companion.layerId}"]`);
      expect(item).toHaveTextContent(companion.text);
    }
  });

  it('shows each applying consideration with its text from the knowledge base and the reason', () => {
    const { recommendation: r } = renderResult(publicScenario('rewrite-inbound-udp').profile);
    for (const hit of r.considerations) {
      const item = document.querySelector(`[data-consideration-id="${hit.id}"]`) as HTMLElement;
      const known = CONSIDERATIONS.find((c) => c.id === hit.id);
      expect(item).toHaveTextContent(known?.title ?? '');
      expect(item).toHaveTextContent(hit.why);
    }
  });

  it('gives the IPsec status in words and lists the conditions of a conditional design', () => {
    const { recommendation: r } = renderResult(publicScenario('transparent-proxy').profile);
    const section = screen.getByRole('region', { name: 'IPsec' });
    expect(section).toHaveAttribute('data-ipsec-status', r.ipsec.status);
    expect(section).toHaveTextContent(r.ipsec.reason);
    for (const condition of r.ipsec.conditions) expect(section).toHaveTextContent(condition.text);
  });

  it('raises an incompatible design loudly when IPsec is in use', () => {
    const profile: Profile = { ...publicScenario('rewrite-outbound-ttl').profile, ipsec: 'in-use' };
    const { recommendation: r } = renderResult(profile);
    expect(r.ipsec.emphasis).toBe('loud');
    const section = screen.getByRole('region', { name: 'IPsec' });
    expect(within(section).getByRole('alert')).toHaveTextContent(/IPsec is in use/);
  });

  it('puts a loud IPsec alert right after the summary card (which holds the verdict), above the recommended layer', () => {
    const profile: Profile = { ...publicScenario('rewrite-outbound-ttl').profile, ipsec: 'in-use' };
    const loud = renderResult(profile);
    expect(loud.recommendation.ipsec.emphasis).toBe('loud');
    const order = () =>
      [...document.querySelectorAll('[data-testid="summary-card"], .layers-summary, .ipsec')].map(
        (el) =>
          el.matches('.ipsec') ? 'ipsec' : el.matches('.layers-summary') ? 'layer' : 'verdict',
      );
    expect(order()).toEqual(['verdict', 'ipsec', 'layer']);
    document.body.innerHTML = '';
    const quiet = renderResult(publicScenario('transparent-proxy').profile);
    expect(quiet.recommendation.ipsec.emphasis).not.toBe('loud');
    expect(order()).toEqual(['verdict', 'layer', 'ipsec']);
  });

  it('lets long API names wrap between words, keeping their text exact', () => {
    const { recommendation: r } = renderResult(publicScenario('block-app-outbound').profile);
    const chips = [...screen.getByTestId('verdict').querySelectorAll('code.chip')];
    expect(chips.length).toBeGreaterThan(0);
    expect(chips.map((chip) => chip.textContent)).toEqual([...r.build.conditions]);
    for (const chip of chips) {
      const underscores = (chip.textContent ?? '').split('_').length - 1;
      expect(chip.querySelectorAll('wbr')).toHaveLength(underscores);
    }
  });

  it('explains why each higher layer was not chosen, and opens a layer from its name', async () => {
    const {
      recommendation: r,
      onSelectLayer,
      user,
    } = renderResult(publicScenario('rewrite-outbound-ttl').profile);
    expect(r.whyNotHigher.length).toBeGreaterThan(0);
    const section = document.querySelector<HTMLElement>('[data-section="why-not-higher"]');
    if (section === null) throw new Error('the why-not-higher section is shown');
    expect(section).toHaveTextContent('Why not a higher layer');
    for (const exclusion of r.whyNotHigher) {
      expect(
        section.querySelector(`[data-why-not-layer="${exclusion.layerId}"]`),
      ).toHaveTextContent(exclusion.reason);
    }
    const first = r.whyNotHigher[0];
    const name = getLayer(first?.layerId ?? '')?.name ?? '';
    await user.click(
      within(section).getAllByRole('button', { name: new RegExp(name) })[0] as HTMLElement,
    );
    expect(onSelectLayer).toHaveBeenCalledWith(first?.layerId);
  });

  it('links every cited source by its title and shows the rules version', () => {
    const { recommendation: r } = renderResult(publicScenario('tcp-find-replace').profile);
    const cited = r.rationale.flatMap((step) => step.sourceIds);
    expect(cited.length).toBeGreaterThan(0);
    const links = [...document.querySelectorAll('a')].map((a) => [a.textContent, a.href]);
    for (const id of cited) {
      const source = getSource(id);
      expect(source, `source ${id} is in SOURCES`).toBeDefined();
      expect(links).toContainEqual([source?.title, source?.url]);
    }
    expect(document.querySelector('[data-rules-version]')).toHaveTextContent(RULES_VERSION);
  });

  it('shows the IPsec fixes and the inferred note inside the loud alert (rules 1.5.0)', () => {
    const { recommendation: r } = renderResult({
      ...publicScenario('rewrite-outbound-ttl').profile,
      ipsec: 'in-use',
    });
    const ipsec = document.querySelector('[data-ipsec-status]') as HTMLElement;
    expect(ipsec).toHaveAttribute('data-emphasis', 'loud');
    const fixes = [...ipsec.querySelectorAll('[data-ipsec-fix-id]')].map((el) =>
      el.getAttribute('data-ipsec-fix-id'),
    );
    expect(fixes).toEqual(r.ipsec.fixes.map((f) => f.id));
    expect(fixes).toContain('socket-option');
    expect(ipsec.querySelector('[data-ipsec-note-id="mutable-header-fields"]')).toHaveTextContent(
      /RFC 4302/,
    );
  });

  it('says why each filter condition is there and what a driver-less technology costs', () => {
    const { recommendation: r } = renderResult({
      ...publicScenario('block-app-outbound').profile,
      action: 'modify',
      moment: 'data',
      basis: ['payload'],
      decider: 'code',
      'own-driver': 'avoid',
    });
    const verdict = screen.getByTestId('verdict');
    expect(
      verdict.querySelector('[data-technology-id="packet-diversion-driver"]'),
    ).toHaveTextContent(r.build.technology?.cost ?? 'missing');
    renderResult(publicScenario('block-app-outbound').profile);
    const item = document.querySelector('[data-condition-id="FWPM_CONDITION_ALE_APP_ID"]');
    expect(item).toHaveTextContent(/normalized device path/);
  });
});

describe('ResultPanel: summary first', () => {
  it('opens with one card holding the verdict, the layer, IPsec and the ranked must-knows', async () => {
    const { mustKnows } = await import('@/engine/summary');
    const { recommendation: r } = renderResult(publicScenario('inject-tcp-segments').profile);
    const card = screen.getByTestId('summary-card');
    const root = screen.getByTestId('recommendation');
    // The card is the first thing after the heading.
    expect(root.querySelector('h2')?.nextElementSibling).toBe(card);
    expect(card).toHaveTextContent('A kernel callout driver is needed');
    expect(card).toHaveTextContent(getLayer(r.primary!)!.name);
    const items = [...card.querySelectorAll('[data-must-know]')].map((el) =>
      el.getAttribute('data-must-know'),
    );
    expect(items).toEqual(mustKnows(r).map((i) => `${i.kind}:${i.id}`));
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(5);
    // Every other section starts folded.
    for (const fold of root.querySelectorAll('details.result-section')) {
      expect(fold).not.toHaveAttribute('open');
    }
  });

  it('opens the folded section and focuses the item from a "more" link', async () => {
    const { user } = renderResult(publicScenario('inject-tcp-segments').profile);
    const card = screen.getByTestId('summary-card');
    const first = card.querySelector<HTMLElement>('[data-must-know]')!;
    const [kind, id] = first.getAttribute('data-must-know')!.split(':');
    await user.click(within(first).getByRole('button'));
    const target = document.querySelector<HTMLElement>(`[data-${kind}-id="${id}"]`)!;
    expect(target.closest('details')).toHaveAttribute('open');
    expect(document.activeElement).toBe(target);
  });

  it('cites each source once per section, as numbered references', () => {
    const { recommendation: r } = renderResult(publicScenario('inject-tcp-segments').profile);
    const section = document.querySelector<HTMLElement>('[data-section="warnings"]')!;
    const listed = [...section.querySelectorAll('.source-notes [data-source-id]')].map((el) =>
      el.getAttribute('data-source-id'),
    );
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(new Set(r.warnings.flatMap((w) => w.sourceIds)));
    // Items cite by number, not by repeating the link text.
    const refs = section.querySelectorAll('.source-ref');
    expect(refs.length).toBe(r.warnings.reduce((n, w) => n + w.sourceIds.length, 0));
    for (const ref of refs) expect(ref.textContent).toMatch(/^\[\d+\]$/);
  });

  it('names the alternative in the card and marks where it works when no own driver may ship', () => {
    const profile: Profile = {
      ...publicScenario('tcp-find-replace').profile,
      'own-driver': 'avoid',
    };
    const { recommendation: r } = renderResult(profile);
    expect(r.verdict).toBe('other-technology');
    const card = screen.getByTestId('summary-card');
    expect(card.querySelector('[data-card-fact="alternative"]')).not.toBeNull();
    const where = card.querySelector('[data-card-fact="layer"]');
    expect(where).toHaveTextContent('Where it works');
    // The packet-diversion driver works on IP packets, not at the stream layer a callout would use.
    expect(r.build.technology?.id).toBe('packet-diversion-driver');
    expect(where).toHaveTextContent('IP packet');
    expect(where?.textContent).not.toContain('Stream');
    expect(card.querySelector('[data-card-fact="companions"]')).toBeNull();
  });
});
