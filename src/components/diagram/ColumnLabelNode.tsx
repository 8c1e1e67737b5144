import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { diagramText } from '@/i18n/diagram';
import type { ColumnLabelFlowNode } from './flow-elements';

/** Heading over the outbound or inbound column of the host stack. */
function ColumnLabelNodeView({ data }: NodeProps<ColumnLabelFlowNode>) {
  return (
    <div className={`column-label column-label--${data.side}`}>
      {diagramText.columns[data.side]}
    </div>
  );
}

export const ColumnLabelNode = memo(ColumnLabelNodeView);
