import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import { roundedPath } from './edge-routes';
import type { PathFlowEdge } from './flow-elements';

/** A packet-path step drawn along its precomputed route, with an arrow at the receiving layer. */
function RouteEdgeView({ id, data }: EdgeProps<PathFlowEdge>) {
  const markerId = `arrow-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const d = roundedPath(data?.points ?? [], 8);
  return (
    <>
      <defs>
        <marker
          id={markerId}
          className="path-edge__arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="10"
          markerHeight="10"
          orient="auto"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" />
        </marker>
      </defs>
      <path
        className="react-flow__edge-path path-edge__line"
        d={d}
        markerEnd={`url(#${markerId})`}
      />
    </>
  );
}

export const RouteEdge = memo(RouteEdgeView);
