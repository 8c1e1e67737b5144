import { useWords } from '@/app/language';

interface Props {
  readonly layerId: string;
  readonly onSelectLayer: (layerId: string) => void;
}

/** A layer's human name as a button that opens its details sheet. */
export function LayerName({ layerId, onSelectLayer }: Props) {
  const t = useWords();
  const name = t.common.layerName(layerId);
  return (
    <button
      type="button"
      className="layer-name"
      aria-label={t.app.result.showDetailsLabel(`${name} ${layerId}`)}
      onClick={() => onSelectLayer(layerId)}
    >
      <span className="layer-name__text">{name}</span>{' '}
      <code className="layer-name__id">{layerId}</code>
    </button>
  );
}
