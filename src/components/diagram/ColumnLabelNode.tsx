import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useWordsNow } from '@/app/language';
import type { ColumnLabelFlowNode } from './flow-elements';

/** Heading over the outbound or inbound column of the host stack. */
function ColumnLabelNodeView({ data }: NodeProps<ColumnLabelFlowNode>) {
  const t = useWordsNow().diagram;
  return <div className={`column-label column-label--${data.side}`}>{t.columns[data.side]}</div>;
}

export const ColumnLabelNode = memo(ColumnLabelNodeView);
