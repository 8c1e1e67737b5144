// @vitest-environment jsdom
import type { LayerId } from '@/knowledge/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { recommendInWords as recommend } from '@/i18n/word';
import { getCondition } from '@/knowledge/conditions';
import { CONDITION_NOTES } from '@/knowledge/condition-notes';
import { getLayer } from '@/knowledge/layers';
import { LAYER_NOTES } from '@/knowledge/layer-notes';
import { getSource } from '@/knowledge/sources';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { setLanguage } from '@/app/language';
import { LayerDetails } from '@/components/details/LayerDetails';
import { makeProfile as profile } from '../../fixtures/profiles';

function section(title: string): HTMLElement {
  return screen.getByRole('group', { name: title });
}

const detailsText = en.details;
const os = en.common.osNames;

describe('LayerDetails', () => {
  it.each<LayerId>(['stream', 'ale-auth-connect', 'inbound-mac-frame-ethernet', 'ipforward'])(
    'shows the recorded facts of %s with an accessible heading',
    (id) => {
      const layer = getLayer(id)!;
      render(<LayerDetails layerId={id} recommendation={null} onClose={() => {}} />);
      expect(screen.getByRole('heading', { level: 2, name: layer.name })).toBeInTheDocument();
      expect(section(detailsText.sees)).toHaveTextContent(LAYER_NOTES[layer.id].sees);
      expect(section(detailsText.dataStarts)).toHaveTextContent(LAYER_NOTES[layer.id].dataStarts);
      expect(section(detailsText.injection)).toHaveTextContent(LAYER_NOTES[layer.id].injection);
      for (const fn of layer.actions.injection) {
        expect(within(section(detailsText.injection)).getByText(fn)).toBeInTheDocument();
      }
      expect(section(detailsText.pend)).toHaveTextContent(LAYER_NOTES[layer.id].pend);
      expect(section(detailsText.blocking)).toHaveTextContent(LAYER_NOTES[layer.id].blocking);
      expect(section(detailsText.minOs)).toHaveTextContent(
        detailsText.osAndLater(os[layer.minOs!]),
      );
      expect(section(detailsText.ipsec)).toHaveTextContent(layer.ipsec.reason);
      expect(section(detailsText.thisDesign)).toHaveTextContent(detailsText.noDesign);
    },
  );

  it('lists each filter condition with its meaning and the Windows version it needs', () => {
    const layer = getLayer('ale-auth-connect')!;
    render(<LayerDetails layerId={layer.id} recommendation={null} onClose={() => {}} />);
    const list = section(detailsText.conditions);
    for (const id of layer.conditions) {
      const item = list.querySelector(`[data-condition-id="${id}"]`);
      expect(item, id).not.toBeNull();
      const condition = getCondition(id);
      if (condition === undefined) continue;
      expect(item).toHaveTextContent(CONDITION_NOTES[condition.id].meaning);
      if (condition.minOs !== 'vista') {
        expect(item).toHaveTextContent(detailsText.fromOs(os[condition.minOs]));
      }
    }
  });

  it('links every source by its title, opening in a new tab without a referrer', () => {
    const layer = getLayer('stream')!;
    render(<LayerDetails layerId={layer.id} recommendation={null} onClose={() => {}} />);
    const sources = section(detailsText.sources);
    for (const id of layer.sourceIds) {
      const source = getSource(id)!;
      const link = within(sources).getByRole('link', { name: source.title });
      expect(link).toHaveAttribute('href', source.url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('shows every caveat under its open-question title, joined by id, with its confidence', () => {
    const layer = getLayer('stream-packet')!;
    expect(layer.caveats.length).toBeGreaterThan(0);
    render(<LayerDetails layerId={layer.id} recommendation={null} onClose={() => {}} />);
    const caveats = section(detailsText.caveats);
    const items = within(caveats).getAllByRole('listitem');
    for (const caveat of layer.caveats) {
      const item = items.find((li) => li.dataset.caveatId === caveat.id);
      expect(item, caveat.id).toBeDefined();
      expect(item).toHaveTextContent(en.caveats[caveat.id]!.title);
      expect(item).toHaveTextContent(en.caveats[caveat.id]!.note);
      expect(item).toHaveTextContent(detailsText.confidence[caveat.confidence]);
    }
  });

  it('says how the layer fares in the design: the exclusion reason, or why it was picked', () => {
    const rec = recommend(profile());
    const exclusion = rec.excluded.find((e) => e.layerId === 'stream')!;
    const { rerender } = render(
      <LayerDetails layerId="stream" recommendation={rec} onClose={() => {}} />,
    );
    expect(section(detailsText.thisDesign)).toHaveTextContent(exclusion.reason);
    expect(screen.getAllByText(detailsText.states.excluded).length).toBeGreaterThan(0);

    rerender(<LayerDetails layerId={rec.primary!} recommendation={rec} onClose={() => {}} />);
    expect(section(detailsText.thisDesign)).toHaveTextContent(
      detailsText.recommendedBecause(detailsText.verdict[rec.verdict]!),
    );
    expect(section(detailsText.ipsec)).toHaveTextContent(rec.ipsec.reason);
  });

  it('closes with the close button and with Escape', () => {
    const onClose = vi.fn();
    render(<LayerDetails layerId="stream" recommendation={null} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: detailsText.closeLabel('Stream') }));
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says so when the layer id is unknown, and can still be closed', () => {
    const onClose = vi.fn();
    render(
      <LayerDetails layerId={'no-such-layer' as LayerId} recommendation={null} onClose={onClose} />,
    );
    expect(screen.getByRole('heading', { name: detailsText.unknownLayer('no-such-layer') }));
    fireEvent.click(screen.getByRole('button', { name: detailsText.close }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  describe('in Japanese', () => {
    afterEach(async () => {
      await act(() => setLanguage('en'));
    });

    it.each<LayerId>(['stream', 'ale-auth-connect', 'stream-packet'])(
      'shows the facts of %s in the Japanese words of the same ids',
      async (id) => {
        await act(() => setLanguage('ja'));
        const layer = getLayer(id)!;
        const words = ja.knowledge.layers[id]!;
        render(<LayerDetails layerId={id} recommendation={null} onClose={() => {}} />);
        expect(screen.getByRole('heading', { level: 2, name: words.name })).toBeInTheDocument();
        expect(section(ja.details.sees)).toHaveTextContent(words.sees);
        expect(section(ja.details.blocking)).toHaveTextContent(words.blocking);
        expect(section(ja.details.ipsec)).toHaveTextContent(words.ipsecReason);
        for (const caveat of layer.caveats) {
          const item = section(ja.details.caveats).querySelector(`[data-caveat-id="${caveat.id}"]`);
          expect(item).toHaveTextContent(ja.caveats[caveat.id]!.note);
        }
        // Identifiers stay as they are in every language.
        for (const name of layer.fwpm) expect(screen.getByText(name)).toBeInTheDocument();
        expect(document.documentElement.lang).toBe('ja');
      },
    );
  });
});
