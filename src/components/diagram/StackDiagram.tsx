import '@xyflow/react/dist/style.css';
import './diagram.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { layerStates } from '@/engine/layer-states';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { LAYERS } from '@/knowledge/layers';
import { PACKET_PATHS } from '@/knowledge/stack';
import type { LayerId } from '@/knowledge/types';
import { diagramText } from '@/i18n/diagram';
import { focusResultHeading } from '@/components/common/focus-targets';
import { BandNode } from './BandNode';
import { ColumnLabelNode } from './ColumnLabelNode';
import { DiagramActionsContext, type DiagramActions } from './diagram-context';
import {
  layoutStack,
  neighbourLayer,
  routeSteps,
  toFlowEdges,
  toFlowNodes,
  type PathFlowEdge,
  type StackFlowNode,
} from './flow-elements';
import { LayerNode } from './LayerNode';
import { LegendNode } from './LegendNode';
import { RouteEdge } from './RouteEdge';

// The stack and its routes never change at run time: lay them out once.
const LAYOUT = layoutStack(LAYERS);
const STEPS = routeSteps(LAYOUT, PACKET_PATHS);

const nodeTypes = {
  layer: LayerNode,
  band: BandNode,
  'column-label': ColumnLabelNode,
  legend: LegendNode,
} satisfies NodeTypes;
const edgeTypes = { route: RouteEdge } satisfies EdgeTypes;

const FIT_ALL = { padding: 0.03 } as const;
const FIT_FOCUS = { padding: 0.35, maxZoom: 1.1 } as const;
/** Keeps a revealed node this far (screen px) from the canvas edge. */
const REVEAL_MARGIN = 24;

/** Animation length for viewport moves: none when the user asked for reduced motion. */
function motion(): number {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 0;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 450;
}

export interface StackDiagramProps {
  readonly recommendation: Recommendation | null;
  readonly selectedLayerId: LayerId | null;
  readonly onSelectLayer: (layerId: LayerId) => void;
}

/**
 * The Windows network stack as a read-only React Flow canvas: every layer from the knowledge base
 * in its band and column, packet paths as arrows, node states from `layerStates`. When the
 * recommended layer changes the view moves to it and its companions.
 */
export function StackDiagram(props: StackDiagramProps) {
  return (
    <ReactFlowProvider>
      <DiagramCanvas {...props} />
    </ReactFlowProvider>
  );
}

function DiagramCanvas({ recommendation, selectedLayerId, onSelectLayer }: StackDiagramProps) {
  const flow = useReactFlow<StackFlowNode, PathFlowEdge>();
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const helpId = useId();
  const t = diagramText;

  const states = useMemo(() => layerStates(recommendation), [recommendation]);
  const nodes = useMemo(
    () => toFlowNodes(LAYOUT, { states, recommendation, selectedLayerId }),
    [states, recommendation, selectedLayerId],
  );
  const edges = useMemo(() => toFlowEdges(STEPS, recommendation), [recommendation]);

  const focusKey =
    recommendation?.primary != null
      ? [recommendation.primary, ...recommendation.companions.map((c) => c.layerId)].join(' ')
      : '';

  const showRecommended = useCallback(() => {
    if (focusKey === '') return;
    void flow.fitView({
      ...FIT_FOCUS,
      nodes: focusKey.split(' ').map((id) => ({ id })),
      duration: motion(),
    });
  }, [flow, focusKey]);
  const showAll = useCallback(() => {
    void flow.fitView({ ...FIT_ALL, duration: motion() });
  }, [flow]);

  // Bring the recommended layer (and its companions) into view whenever they change; back to the
  // whole stack when the result goes away (start over, or an answer reopened a question).
  const shownKey = useRef('');
  useEffect(() => {
    if (!ready || shownKey.current === focusKey) return;
    const hadFocus = shownKey.current !== '';
    shownKey.current = focusKey;
    if (focusKey !== '') showRecommended();
    else if (hadFocus) showAll();
  }, [ready, focusKey, showRecommended, showAll]);

  const actions = useMemo<DiagramActions>(
    () => ({
      select: onSelectLayer,
      move: (from, direction) => {
        const to = neighbourLayer(LAYOUT, from, direction);
        if (to === null) return;
        root.current
          ?.querySelector<HTMLElement>(`[data-layer-id="${CSS.escape(to)}"]`)
          ?.focus({ preventScroll: true });
      },
      reveal: (layerId) => {
        const box = LAYOUT.byId.get(layerId)?.box;
        const pane = root.current?.querySelector<HTMLElement>('.react-flow');
        if (box === undefined || pane == null) return;
        const { x, y, zoom } = flow.getViewport();
        const left = box.x * zoom + x;
        const top = box.y * zoom + y;
        const inside =
          left >= REVEAL_MARGIN &&
          top >= REVEAL_MARGIN &&
          left + box.width * zoom <= pane.clientWidth - REVEAL_MARGIN &&
          top + box.height * zoom <= pane.clientHeight - REVEAL_MARGIN;
        if (!inside) {
          void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
            zoom,
            duration: motion(),
          });
        }
      },
    }),
    [flow, onSelectLayer],
  );

  return (
    <div className="stack-diagram" ref={root}>
      <p id={helpId} className="visually-hidden">
        {t.regionHelp}
      </p>
      <div className="stack-diagram__head">
        <h2 className="stack-diagram__title panel-title">{t.title}</h2>
        <div className="stack-diagram__toolbar" role="toolbar" aria-label={t.controlsLabel}>
          <button
            type="button"
            className="stack-diagram__tool"
            onClick={() => void flow.zoomIn({ duration: motion() })}
            aria-label={t.zoomIn}
            title={t.zoomIn}
          >
            +
          </button>
          <button
            type="button"
            className="stack-diagram__tool"
            onClick={() => void flow.zoomOut({ duration: motion() })}
            aria-label={t.zoomOut}
            title={t.zoomOut}
          >
            −
          </button>
          <button type="button" className="stack-diagram__tool" onClick={showAll}>
            {t.fitAll}
          </button>
          <button
            type="button"
            className="stack-diagram__tool"
            onClick={showRecommended}
            disabled={focusKey === ''}
          >
            {t.fitRecommended}
          </button>
        </div>
        <button type="button" className="stack-diagram__skip" onClick={focusResultHeading}>
          {t.skipToResult}
        </button>
      </div>
      <DiagramActionsContext.Provider value={actions}>
        <ReactFlow<StackFlowNode, PathFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          fitView
          fitViewOptions={FIT_ALL}
          minZoom={0.2}
          maxZoom={2}
          onInit={() => setReady(true)}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          panActivationKeyCode={null}
          zoomActivationKeyCode={null}
          aria-label={t.regionLabel}
          aria-describedby={helpId}
        />
      </DiagramActionsContext.Provider>
    </div>
  );
}
