import type { WordedExclusion as Exclusion } from '@/i18n/word';
import { SourceLinks } from '@/components/common/SourceLinks';
import { LayerName } from './LayerName';
import { useWords } from '@/app/language';
import { Suspense } from 'react';

interface Props {
  readonly exclusions: readonly Exclusion[];
  readonly onSelectLayer: (layerId: string) => void;
}

/**
 * Why the layer is out: the reason quotes the layer's notes, which load with the late words
 * (issue 12), so it may wait for them while the names show at once.
 */
function Reason({ exclusion }: { readonly exclusion: Exclusion }) {
  return <p>{exclusion.reason}</p>;
}

/** Each layer that ranks above the recommended one, highest first, with why it cannot do the task. */
export function WhyNotHigherList({ exclusions, onSelectLayer }: Props) {
  const t = useWords();
  if (exclusions.length === 0) return <p>{t.app.result.whyNotHigherEmpty}</p>;
  return (
    <ul className="item-list">
      {exclusions.map((exclusion) => (
        <li
          key={exclusion.layerId}
          className="item"
          data-why-not-layer={exclusion.layerId}
          data-reason-code={exclusion.code}
        >
          <LayerName layerId={exclusion.layerId} onSelectLayer={onSelectLayer} />
          <Suspense fallback={<p aria-busy="true" />}>
            <Reason exclusion={exclusion} />
          </Suspense>
          <SourceLinks ids={exclusion.sourceIds} />
        </li>
      ))}
    </ul>
  );
}
