import { useAfterPaint } from '@/components/common/use-after-paint';
import { useCallback, useEffect, useRef } from 'react';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import type { LayerId } from '@/knowledge/types';
import { LayerDetails } from '@/components/details/LayerDetails';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { useWords } from '@/app/language';
import { CompareFromDetails } from '@/components/workshop/CompareFromDetails';

interface Props {
  readonly layerId: LayerId;
  readonly recommendation: Recommendation | null;
  readonly onClose: () => void;
}

/** The layer's diagram node, or the focusable wrapper React Flow puts around it. */
function layerNodeElement(layerId: LayerId): HTMLElement | null {
  const node = document.querySelector<HTMLElement>(
    `.panel--diagram [data-layer-id="${CSS.escape(layerId)}"]`,
  );
  if (node === null) return null;
  return node.tabIndex >= 0 ? node : node.closest<HTMLElement>('[tabindex]');
}

/**
 * Layer details in a side sheet over the result panel. Non-modal on purpose: the diagram stays
 * usable, so picking another node swaps the details. Escape or the sheet's close button closes
 * it, and focus goes back to what opened it — the diagram node, or the result-panel button.
 */
export function LayerSheet({ layerId, recommendation: current, onClose }: Props) {
  // The details follow a new answer after its highlight has painted (issue 12).
  const recommendation = useAfterPaint(current);
  const t = useWords();
  const sheet = useRef<HTMLDivElement>(null);
  const opener = useRef<{ element: HTMLElement; layerId: LayerId } | null>(null);

  // Each time a layer is shown, remember what was focused outside the sheet, then focus the sheet
  // so a screen reader reads the new details.
  useEffect(() => {
    const active = document.activeElement;
    if (
      active instanceof HTMLElement &&
      active !== document.body &&
      !sheet.current?.contains(active)
    ) {
      opener.current = { element: active, layerId };
    }
    sheet.current?.focus();
  }, [layerId]);

  const close = useCallback(
    (restoreFocus: boolean) => {
      const remembered = opener.current;
      const target =
        remembered !== null && remembered.layerId === layerId && remembered.element.isConnected
          ? remembered.element
          : layerNodeElement(layerId);
      onClose();
      if (restoreFocus) target?.focus();
    },
    [layerId, onClose],
  );

  // Escape closes from anywhere; focus only moves back when it was in the sheet (or nowhere).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const active = document.activeElement;
      close(active === null || active === document.body || !!sheet.current?.contains(active));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [close]);

  return (
    <div
      ref={sheet}
      className="layer-sheet"
      role="dialog"
      aria-label={t.app.regions.details}
      tabIndex={-1}
      data-testid="layer-sheet"
    >
      <ErrorBoundary region="details" onReset={onClose}>
        <LayerDetails
          layerId={layerId}
          recommendation={recommendation}
          onClose={() => close(true)}
        />
        <CompareFromDetails layerId={layerId} primary={recommendation?.primary} />
      </ErrorBoundary>
    </div>
  );
}
