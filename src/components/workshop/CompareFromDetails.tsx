import { useWords } from '@/app/language';
import { workshopUi } from '@/app/workshop-state';
import type { LayerId } from '@/knowledge/types';

/** A button for the layer details: compare this layer with the recommended one (or a neighbour). */
export function CompareFromDetails({
  layerId,
  primary,
}: {
  readonly layerId: LayerId;
  readonly primary: LayerId | null | undefined;
}) {
  const t = useWords().workshop;
  const other: LayerId =
    primary != null && primary !== layerId
      ? primary
      : layerId === 'ale-auth-connect'
        ? 'stream'
        : 'ale-auth-connect';
  return (
    <button
      type="button"
      className="workshop-compare-from-details"
      data-testid="compare-from-details"
      onClick={() => workshopUi.openCompare([layerId, other])}
    >
      {t.compareWith(t.layerName(other))}
    </button>
  );
}
