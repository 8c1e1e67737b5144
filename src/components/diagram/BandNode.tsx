import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useWordsNow } from '@/app/language';
import type { BandFlowNode } from './flow-elements';

/** A tier's background band with its label (in the gutter for the host stack, on top otherwise). */
function BandNodeView({ data }: NodeProps<BandFlowNode>) {
  const { title, detail } = useWordsNow().diagram.bands[data.tier];
  return (
    <div
      className={`stack-band stack-band--${data.tier} stack-band--${data.placement}`}
      data-band={data.tier}
    >
      <span className="stack-band__label">
        <span className="stack-band__title">{title}</span>
        <span className="stack-band__detail">{detail}</span>
      </span>
    </div>
  );
}

export const BandNode = memo(BandNodeView);
