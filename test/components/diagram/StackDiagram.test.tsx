// @vitest-environment jsdom
import type { LayerId } from '@/knowledge/types';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { layerStates } from '@/engine/layer-states';
import { recommendInWords as recommend, wordExclusion } from '@/i18n/word';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { LAYERS } from '@/knowledge/layers';
import { en } from '@/i18n/en';
import { StackDiagram } from '@/components/diagram/StackDiagram';
import { setLanguage } from '@/app/language';
import { ja } from '@/i18n/ja';
import { makeProfile as profile } from '../../fixtures/profiles';

const diagramText = en.diagram;

/** Rendering the whole React Flow canvas in jsdom is slow on a busy machine. */
const CANVAS_TIMEOUT = 20_000;

function renderDiagram(recommendation: Recommendation | null, selected: LayerId | null = null) {
  const onSelectLayer = vi.fn();
  const view = render(
    <div style={{ width: '1000px', height: '800px' }}>
      <StackDiagram
        recommendation={recommendation}
        selectedLayerId={selected}
        onSelectLayer={onSelectLayer}
      />
    </div>,
  );
  const node = (id: string) => {
    const el = view.container.querySelector<HTMLElement>(`[data-layer-id="${id}"]`);
    if (el === null) throw new Error(`no node ${id}`);
    return el;
  };
  return { ...view, onSelectLayer, node };
}

describe('StackDiagram', () => {
  it(
    'renders one button per layer, all idle before the first answer, and ONE tab stop for them all',
    () => {
      const { container } = renderDiagram(null);
      const nodes = [...container.querySelectorAll<HTMLElement>('[data-layer-id]')];
      expect(nodes.map((n) => n.dataset.layerId).sort()).toEqual(LAYERS.map((l) => l.id).sort());
      for (const n of nodes) {
        expect(n).toHaveAttribute('role', 'button');
        expect(n).toHaveAttribute('data-state', 'idle');
        expect(n.dataset.ipsec).toMatch(/^(compatible|conditional|incompatible|not-applicable)$/);
      }
      // Roving tabindex: the first layer holds the tab stop, every other layer is -1.
      const stops = nodes.filter((n) => n.getAttribute('tabindex') === '0');
      expect(stops.map((n) => n.dataset.layerId)).toEqual([nodes[0]?.dataset.layerId]);
      expect(nodes.filter((n) => n.getAttribute('tabindex') === '-1')).toHaveLength(
        nodes.length - 1,
      );
    },
    CANVAS_TIMEOUT,
  );

  it(
    'gives the tab stop to the recommended layer, and to the layer last focused',
    () => {
      const rec = recommend(profile({}));
      const { node, container } = renderDiagram(rec);
      expect(node(rec.primary!)).toHaveAttribute('tabindex', '0');
      const start = node('outbound-transport');
      act(() => start.focus());
      fireEvent.keyDown(start, { key: 'ArrowDown' });
      const now = document.activeElement as HTMLElement;
      expect(now).toHaveAttribute('tabindex', '0');
      expect(container.querySelectorAll('[data-layer-id][tabindex="0"]')).toHaveLength(1);
    },
    CANVAS_TIMEOUT,
  );

  it(
    'goes to the first and last layer with Home and End, and leaves with Escape',
    () => {
      const { node, container } = renderDiagram(null);
      const heading = document.createElement('h2');
      heading.id = 'result-heading';
      heading.tabIndex = -1;
      document.body.append(heading);
      const all = [...container.querySelectorAll<HTMLElement>('[data-layer-id]')];
      const start = node('stream');
      act(() => start.focus());
      fireEvent.keyDown(start, { key: 'End' });
      expect(document.activeElement).toBe(all.at(-1));
      fireEvent.keyDown(document.activeElement!, { key: 'Home' });
      expect(document.activeElement).toBe(all[0]);
      fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
      expect(document.activeElement).toBe(heading);
      heading.remove();
    },
    CANVAS_TIMEOUT,
  );

  it('puts the layers in the tab order of the stack, top first', () => {
    const { container } = renderDiagram(null);
    const ids = [...container.querySelectorAll<HTMLElement>('[data-layer-id]')].map(
      (n) => n.dataset.layerId,
    );
    expect(ids).toEqual([...LAYERS].sort((a, b) => a.stackOrder - b.stackOrder).map((l) => l.id));
  });

  it('draws the states of a recommendation and names the recommended layer in words', () => {
    const rec = recommend(profile({}));
    const states = layerStates(rec);
    const { container, node } = renderDiagram(rec);
    for (const el of container.querySelectorAll<HTMLElement>('[data-layer-id]')) {
      expect(el.dataset.state).toBe(states[el.dataset.layerId as LayerId]);
    }
    const primary = node(rec.primary!);
    expect(primary).toHaveAttribute('data-state', 'recommended');
    expect(primary).toHaveAttribute('data-ipsec', rec.ipsec.status);
    expect(primary).toHaveTextContent(diagramText.states.recommended);
    // Named by its content (label in name): the layer's name first, then the state and IPsec in words.
    expect(primary).not.toHaveAttribute('aria-label');
    expect(primary).toHaveAccessibleName(
      expect.stringMatching(new RegExp(`^${en.common.layerName(rec.primary!)} `)),
    );
    expect(primary).toHaveAccessibleName(expect.stringContaining(diagramText.states.recommended));
    expect(primary).toHaveAccessibleName(
      expect.stringContaining(diagramText.ipsec[rec.ipsec.status].long),
    );
    // The tooltip's words describe the node; they are not part of its name.
    expect(primary).toHaveAccessibleName(
      expect.not.stringContaining(en.knowledge.layers[rec.primary!]!.summary),
    );
  });

  it('shows every IPsec badge with a glyph and words, not colour alone', () => {
    const { node } = renderDiagram(null);
    const stream = node('stream');
    const badge = stream.querySelector('.ipsec-badge')!;
    const status = stream.dataset.ipsec as keyof typeof diagramText.ipsec;
    expect(badge).toHaveTextContent(diagramText.ipsec[status].icon);
    expect(badge).toHaveTextContent(diagramText.ipsec[status].short);
    // The smallest nodes keep the words for screen readers.
    const pill = node('stream-discard');
    const pillStatus = pill.dataset.ipsec as keyof typeof diagramText.ipsec;
    expect(pill.querySelector('.ipsec-badge')).toHaveTextContent(
      diagramText.ipsec[pillStatus].long,
    );
  });

  it('ties an excluded layer’s reason to the node and shows it on keyboard focus', () => {
    const rec = recommend(profile({}));
    const exclusion = rec.excluded.find((e) => e.layerId === 'ale-flow-established')!;
    expect(exclusion).toBeDefined();
    const { node } = renderDiagram(rec);
    const el = node('ale-flow-established');
    expect(el).toHaveAttribute('data-state', 'excluded');
    const description = document.getElementById(el.getAttribute('aria-describedby')!);
    expect(description).toHaveTextContent(exclusion.reason);
    expect(el).toHaveAccessibleName(expect.stringContaining(exclusion.reason));
    act(() => el.focus());
    const tip = document.querySelector('.layer-tip--excluded');
    expect(tip).not.toBeNull();
    expect(tip).toHaveTextContent(exclusion.reason);
    act(() => el.blur());
    expect(document.querySelector('.layer-tip--excluded')).toBeNull();
  });

  it('shows the reason on hover too', () => {
    const rec = recommend(profile({}));
    const { node } = renderDiagram(rec);
    const el = node('ale-flow-established');
    fireEvent.mouseEnter(el);
    expect(document.querySelector('.layer-tip')).toHaveTextContent(
      rec.excluded.find((e) => e.layerId === 'ale-flow-established')!.reason,
    );
    fireEvent.mouseLeave(el);
    expect(document.querySelector('.layer-tip')).toBeNull();
  });

  it('asks to open a layer on click, Enter and Space', () => {
    const { node, onSelectLayer } = renderDiagram(null);
    fireEvent.click(node('stream'));
    fireEvent.keyDown(node('ipforward'), { key: 'Enter' });
    fireEvent.keyDown(node('ale-auth-listen'), { key: ' ' });
    expect(onSelectLayer.mock.calls).toEqual([['stream'], ['ipforward'], ['ale-auth-listen']]);
  });

  it('moves focus to the neighbouring layer with the arrow keys', () => {
    const { node } = renderDiagram(null);
    const start = node('outbound-transport');
    act(() => start.focus());
    fireEvent.keyDown(start, { key: 'ArrowDown' });
    const below = document.activeElement as HTMLElement;
    expect(below).not.toBe(start);
    expect(below.dataset.layerId).toBeDefined();
    fireEvent.keyDown(below, { key: 'ArrowUp' });
    expect((document.activeElement as HTMLElement).dataset.layerId).toBeDefined();
  });

  it('marks the layer whose details are open', () => {
    const { node } = renderDiagram(null, 'datagram-data');
    expect(node('datagram-data')).toHaveAttribute('data-selected', 'true');
    expect(node('stream')).not.toHaveAttribute('data-selected');
  });

  it(
    'offers zoom and fit buttons, the recommended-layer one only with a result',
    () => {
      const idle = renderDiagram(null);
      const toolbar = within(screen.getByRole('toolbar', { name: diagramText.controlsLabel }));
      expect(toolbar.getByRole('button', { name: diagramText.zoomIn })).toBeEnabled();
      expect(toolbar.getByRole('button', { name: diagramText.fitAll })).toBeEnabled();
      expect(toolbar.getByRole('button', { name: diagramText.fitRecommended })).toBeDisabled();
      idle.unmount();
      renderDiagram(recommend(profile({})));
      expect(screen.getByRole('button', { name: diagramText.fitRecommended })).toBeEnabled();
    },
    CANVAS_TIMEOUT,
  );

  it(
    'offers a skip button after the toolbar that moves focus to the result heading',
    () => {
      const { container } = renderDiagram(null);
      const heading = document.createElement('h2');
      heading.id = 'result-heading';
      heading.tabIndex = -1;
      document.body.append(heading);
      const skip = screen.getByRole('button', { name: diagramText.skipToResult });
      const toolbar = screen.getByRole('toolbar', { name: diagramText.controlsLabel });
      const firstLayer = container.querySelector('[data-layer-id]');
      // In the tab order after the toolbar and before the first layer.
      expect(toolbar.compareDocumentPosition(skip) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(
        skip.compareDocumentPosition(firstLayer!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      fireEvent.click(skip);
      expect(document.activeElement).toBe(heading);
      heading.remove();
    },
    CANVAS_TIMEOUT,
  );

  it('labels the companions of a design with their role', () => {
    const rec = recommend(
      profile({
        action: 'modify',
        direction: 'both',
        moment: 'data',
        basis: ['payload', 'app'],
        decider: 'code',
      }),
    );
    const { node } = renderDiagram(rec);
    for (const companion of rec.companions) {
      const el = node(companion.layerId);
      expect(el).toHaveAttribute('data-state', 'companion');
      expect(el).toHaveTextContent(diagramText.states.companion);
      expect(el).toHaveAccessibleName(expect.stringContaining(companion.text));
    }
  });

  it(
    'speaks the language shown: Japanese states, band labels, legend, toolbar and exclusion reasons',
    async () => {
      const rec = recommend(profile({}));
      const { node, container } = renderDiagram(rec);
      expect(node(rec.primary!)).toHaveAccessibleName(expect.stringContaining('Recommended'));
      await act(() => setLanguage('ja'));
      try {
        const primary = node(rec.primary!);
        expect(primary).toHaveAccessibleName(
          expect.stringMatching(new RegExp(`^${ja.common.layerName(rec.primary!)} `)),
        );
        expect(primary).toHaveAccessibleName(
          expect.stringContaining(ja.diagram.states.recommended),
        );
        expect(primary).toHaveAccessibleName(expect.not.stringContaining('Recommended'));
        expect(screen.getByRole('toolbar', { name: ja.diagram.controlsLabel })).toBeInTheDocument();
        expect(container.querySelector('[data-band="ale"]')).toHaveTextContent(
          ja.diagram.bands.ale.detail,
        );
        expect(container.textContent).toContain(ja.diagram.legend.arrows);
        // An excluded layer's reason is read out in Japanese too.
        const excluded = node('ale-flow-established');
        const exclusion = rec.excluded.find((e) => e.layerId === 'ale-flow-established')!;
        const reason = wordExclusion(exclusion, ja).reason;
        expect(reason).not.toBe(exclusion.reason);
        expect(
          document.getElementById(excluded.getAttribute('aria-describedby')!),
        ).toHaveTextContent(reason);
      } finally {
        await act(() => setLanguage('en'));
      }
      expect(node(rec.primary!)).toHaveAccessibleName(expect.stringContaining('Recommended'));
    },
    CANVAS_TIMEOUT,
  );
});
