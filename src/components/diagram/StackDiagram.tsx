import '@xyflow/react/dist/style.css';
import './diagram.css';
import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
  type EdgeTypes,
  type NodeTypes,
  type ReactFlowState,
} from '@xyflow/react';
import { diagramMarks } from '@/engine/candidates';
import { chosenAlternative } from '@/engine/summary';
import { wordExclusion, type WordedRecommendation as Recommendation } from '@/i18n/word';
import { LAYERS } from '@/knowledge/layers';
import { PACKET_PATHS } from '@/knowledge/stack';
import type { LayerId } from '@/knowledge/types';
import { afterFirstLook, afterNextPaint, firstLookShown } from '@/app/first-look';
import { useLanguageNow, useWordsNow } from '@/app/language';
import { focusResultHeading } from '@/components/common/focus-targets';
import { useNarrowing, type Narrowing } from '@/store/use-narrowing';
import { BandNode } from './BandNode';
import { ColumnLabelNode } from './ColumnLabelNode';
import { DiagramActionsContext, type DiagramActions } from './diagram-context';
import { createFlowElements, type PathFlowEdge, type StackFlowNode } from './flow-mapping';
import { neighbourLayer } from './keyboard-nav';
import { layoutStack, routeSteps, type RoutedStep } from './layout';
import { LayerNode } from './LayerNode';
import { LegendNode } from './LegendNode';
import { NarrowingLine } from './NarrowingLine';
import { useProposedSet, ProposedLayersContext } from './proposed-context';
import { RouteEdge } from './RouteEdge';
import { useWarmUp } from './use-warm-up';

// The stack and its routes never change at run time: lay them out once.
const LAYOUT = layoutStack(LAYERS);
const LAYER_IDS = LAYOUT.layers.map((placed) => placed.layer.id);
const NO_STEPS: readonly RoutedStep[] = [];
const NO_EDGES: PathFlowEdge[] = [];
/**
 * The packet paths' routed steps, once routed. Routing takes a while (≈ 150 ms with the CPU
 * slowed 4×), so the first diagram of a page draws its nodes first and routes its arrows once
 * that first look has painted (issue 12); later diagrams find them routed.
 */
let routed: readonly RoutedStep[] | null = null;
function routeOnce(): readonly RoutedStep[] {
  routed ??= routeSteps(LAYOUT, PACKET_PATHS);
  return routed;
}

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
/** Below this zoom the nodes show only their names, large enough to read (semantic zoom). */
const OVERVIEW_BELOW = 0.85;
/**
 * On-screen size of a layer name in the overview: 12 px on narrow canvases up to 16 px on wide
 * ones; smaller only when the whole stack is so small that 12 px names would not fit their nodes.
 */
function overviewNamePx(canvasWidth: number, zoom: number): number {
  const wanted = Math.max(12, Math.min(16, Math.floor(canvasWidth / 60)));
  return Math.min(wanted, Math.max(8, Math.floor(zoom * 25)));
}

/** The overview's name size in world units for a viewport, or null when not in the overview. */
function overviewNameSize(s: ReactFlowState): string | null {
  const zoom = s.transform[2];
  return zoom < OVERVIEW_BELOW ? `${(overviewNamePx(s.width, zoom) / zoom).toFixed(2)}px` : null;
}

/** The layer whose node has keyboard focus in this diagram, if one has. */
function keyboardLayer(diagram: HTMLElement | null): LayerId | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || diagram === null || !diagram.contains(active))
    return null;
  return (active.dataset.layerId as LayerId | undefined) ?? null;
}

/** Animation length for viewport moves: none when the user asked for reduced motion. */
function motion(): number {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 0;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 450;
}

export interface StackDiagramProps {
  readonly recommendation: Recommendation | null;
  readonly selectedLayerId: LayerId | null;
  readonly onSelectLayer: (layerId: LayerId) => void;
  /** The layers of a design under review, marked beside the recommended ones (issue 10). */
  readonly proposedLayerIds?: readonly LayerId[];
  /** Layers a workshop mode frames instead of the recommended ones (a packet path, issue 11). */
  readonly focusLayerIds?: readonly LayerId[];
}

/**
 * The Windows network stack as a read-only React Flow canvas: every layer from the knowledge base
 * in its band and column, packet paths as arrows, node states from `layerStates`. When the
 * recommended layer changes the view moves to it and its companions.
 */
export function StackDiagram(props: StackDiagramProps) {
  const { recommendation, selectedLayerId } = props;
  const words = useWordsNow();
  const narrowing = useNarrowing();
  useWarmUp(!narrowing.candidates.started);
  const marks = useMemo(
    () => diagramMarks(recommendation, narrowing.candidates),
    [recommendation, narrowing.candidates],
  );
  const alternativeName = useMemo(() => {
    const id = recommendation === null ? null : chosenAlternative(recommendation);
    return id === null ? null : (words.knowledge.alternatives[id]?.name ?? id);
  }, [recommendation, words]);
  // Worded in the language shown: a node's reason is read out and shown in its tooltip.
  const wordedExclusions = useMemo(
    () => new Map([...marks.exclusions].map(([id, e]) => [id, wordExclusion(e, words)])),
    [marks.exclusions, words],
  );
  const [activeId, setActiveId] = useState<LayerId | null>(null);
  const tabStop = activeId ?? recommendation?.primary ?? null;
  const [steps, setSteps] = useState(() => routed);
  useEffect(() => {
    if (steps !== null) return;
    let live = true;
    void afterFirstLook().then(() => {
      if (live) setSteps(routeOnce());
    });
    return () => {
      live = false;
    };
  }, [steps]);
  // Unchanged nodes and edges keep their identity from one change to the next (flow-mapping.ts);
  // until the steps are routed the nodes carry no handles and there are no edges.
  const elements = useMemo(() => createFlowElements(LAYOUT, steps ?? NO_STEPS), [steps]);
  const nodes = useMemo(
    () =>
      elements.nodes({
        states: marks.states,
        exclusions: wordedExclusions,
        likely: marks.likely,
        alternative:
          alternativeName === null
            ? undefined
            : { layers: marks.alternative, name: alternativeName },
        recommendation,
        selectedLayerId,
        activeLayerId: tabStop,
      }),
    [elements, marks, wordedExclusions, alternativeName, recommendation, selectedLayerId, tabStop],
  );
  const edges = useMemo(() => elements.edges(recommendation), [elements, recommendation]);

  // The provider's store starts with the nodes and edges (read once, when it is made): the first
  // render draws them, instead of a second render after React Flow's effects hand them over.
  return (
    <ReactFlowProvider initialNodes={nodes} initialEdges={edges}>
      <ProposedLayersContext.Provider value={useProposedSet(props.proposedLayerIds)}>
        <DiagramCanvas
          {...props}
          nodes={nodes}
          edges={edges}
          routed={steps !== null}
          narrowing={narrowing}
          setActiveId={setActiveId}
        />
      </ProposedLayersContext.Provider>
    </ReactFlowProvider>
  );
}

interface DiagramCanvasProps extends StackDiagramProps {
  readonly nodes: StackFlowNode[];
  readonly edges: PathFlowEdge[];
  /** Whether the nodes carry the handles of the routed steps (and the edges can be drawn). */
  readonly routed: boolean;
  readonly narrowing: Narrowing;
  readonly setActiveId: (id: LayerId | null) => void;
}

function DiagramCanvas({
  recommendation,
  onSelectLayer,
  focusLayerIds,
  nodes,
  edges,
  routed: stepsRouted,
  narrowing,
  setActiveId,
}: DiagramCanvasProps) {
  const flow = useReactFlow<StackFlowNode, PathFlowEdge>();
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const helpId = useId();
  const t = useWordsNow().diagram;
  const language = useLanguageNow();
  // Only crossing the overview threshold re-renders; the name size follows the zoom in the DOM
  // directly (a style property), so a zoom or pan animation renders nothing in React.
  const overview = useStore((s) => s.transform[2] < OVERVIEW_BELOW);
  const canvasWidth = useStore((s) => s.width);
  const canvasHeight = useStore((s) => s.height);
  const store = useStoreApi<StackFlowNode, PathFlowEdge>();
  useEffect(() => {
    let shown: string | null = null;
    const apply = (s: ReactFlowState) => {
      const size = overviewNameSize(s);
      if (size === shown || root.current === null) return;
      shown = size;
      if (size === null) root.current.style.removeProperty('--overview-name');
      else root.current.style.setProperty('--overview-name', size);
    };
    apply(store.getState() as unknown as ReactFlowState);
    return store.subscribe((s) => apply(s as unknown as ReactFlowState));
  }, [store]);
  const [keyboardInside, setKeyboardInside] = useState(false);

  // The edges join handles React Flow has measured. A diagram mounted with its steps routed is
  // measured as React Flow mounts its nodes; when the steps come later, the nodes' new handles
  // are measured once they are in the DOM, and only then are the edges handed over.
  const [edgesShown, setEdgesShown] = useState(stepsRouted);
  useEffect(() => {
    if (!stepsRouted || edgesShown) return;
    let live = true;
    afterNextPaint(() => {
      if (!live) return;
      const { domNode, updateNodeInternals } = store.getState();
      const updates = new Map<
        string,
        { id: string; nodeElement: HTMLDivElement; force: boolean }
      >();
      for (const id of LAYER_IDS) {
        const nodeElement = domNode?.querySelector<HTMLDivElement>(
          `.react-flow__node[data-id="${CSS.escape(id)}"]`,
        );
        if (nodeElement != null) updates.set(id, { id, nodeElement, force: true });
      }
      updateNodeInternals(updates, { triggerFitView: false });
      setEdgesShown(true);
    });
    return () => {
      live = false;
    };
  }, [stepsRouted, edgesShown, store]);

  // The view frames the recommended layers and, in a review, the proposed ones beside them.
  const proposed = useContext(ProposedLayersContext);
  const workshopFocus = focusLayerIds !== undefined && focusLayerIds.length > 0;
  const focusKey = workshopFocus
    ? focusLayerIds.join(' ')
    : recommendation?.primary != null
      ? [
          ...new Set([
            recommendation.primary,
            ...recommendation.companions.map((c) => c.layerId),
            ...proposed,
          ]),
        ].join(' ')
      : '';

  const actions = useMemo<DiagramActions>(() => {
    const focusLayer = (id: LayerId | undefined) => {
      if (id === undefined) return;
      setActiveId(id);
      root.current
        ?.querySelector<HTMLElement>(`[data-layer-id="${CSS.escape(id)}"]`)
        ?.focus({ preventScroll: true });
    };
    return {
      select: onSelectLayer,
      move: (from, direction) => {
        const to = neighbourLayer(LAYOUT, from, direction);
        if (to !== null) focusLayer(to);
      },
      focused: (id) => setActiveId(id),
      edge: (which) =>
        focusLayer(which === 'first' ? LAYOUT.layers[0]?.layer.id : LAYOUT.layers.at(-1)?.layer.id),
      leave: focusResultHeading,
      reveal: (layerId) => {
        // The canvas size from React Flow's store: no layout read on focus.
        const box = LAYOUT.byId.get(layerId)?.box;
        const pane = store.getState();
        if (box === undefined || pane.width === 0) return;
        const { x, y, zoom } = flow.getViewport();
        const left = box.x * zoom + x;
        const top = box.y * zoom + y;
        const inside =
          left >= REVEAL_MARGIN &&
          top >= REVEAL_MARGIN &&
          left + box.width * zoom <= pane.width - REVEAL_MARGIN &&
          top + box.height * zoom <= pane.height - REVEAL_MARGIN;
        if (!inside) {
          void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
            zoom,
            duration: motion(),
          });
        }
      },
    };
  }, [flow, store, onSelectLayer, setActiveId]);

  // Focus is never left outside the view: a keyboard user's layer is framed with the recommended
  // ones, and brought back if it moved there while the framing waited for React Flow to run it.
  const showRecommended = useCallback(() => {
    if (focusKey === '') return;
    const framed = new Set(focusKey.split(' '));
    const held = keyboardLayer(root.current);
    if (held !== null) framed.add(held);
    void flow
      .fitView({ ...FIT_FOCUS, nodes: [...framed].map((id) => ({ id })), duration: motion() })
      .then(() => {
        const now = keyboardLayer(root.current);
        if (now !== null) actions.reveal(now);
      });
  }, [flow, focusKey, actions]);
  const showAll = useCallback(() => {
    void flow.fitView({ ...FIT_ALL, duration: motion() });
  }, [flow]);

  // Once the canvas has painted its first fitted view, the rest of the page may load (first-look.ts).
  useEffect(() => {
    if (ready) afterNextPaint(firstLookShown);
  }, [ready]);

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

  // A workshop's focus stays framed when the canvas changes size (entering presentation).
  useEffect(() => {
    if (ready && workshopFocus) showRecommended();
  }, [ready, workshopFocus, showRecommended, canvasWidth, canvasHeight]);

  // The line above the canvas can grow by a line as answers come: keep the whole stack fitted
  // while no recommended layer is in focus.
  useEffect(() => {
    if (!ready || shownKey.current !== '') return;
    void flow.fitView(FIT_ALL);
  }, [ready, flow, canvasWidth, canvasHeight]);

  return (
    <div
      className={`stack-diagram${overview ? ' stack-diagram--overview' : ''}`}
      // The diagram's words change in the toggle's own frame, before the page's <html lang>.
      lang={language}
      ref={root}
      onFocus={(e) => setKeyboardInside((e.target as HTMLElement).hasAttribute('data-layer-id'))}
      onBlur={() => setKeyboardInside(false)}
    >
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
      <NarrowingLine narrowing={narrowing} complete={recommendation !== null} />
      {keyboardInside && (
        <p className="stack-diagram__keys" aria-hidden="true">
          <span>{t.keyboardHint}</span>
          <button
            type="button"
            className="stack-diagram__leave"
            tabIndex={-1}
            onMouseDown={(e) => e.preventDefault()}
            onClick={focusResultHeading}
          >
            {t.leaveDiagram}
          </button>
        </p>
      )}
      <details className="stack-diagram__legend">
        <summary>{t.legendLabel}</summary>
        <LegendNode />
      </details>
      <DiagramActionsContext.Provider value={actions}>
        <ReactFlow<StackFlowNode, PathFlowEdge>
          nodes={nodes}
          edges={edgesShown ? edges : NO_EDGES}
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
