/**
 * From the laid-out stack and one result to React Flow nodes and edges, keeping object identity:
 * a node or edge object is new only when what it draws changed, so React Flow (which compares the
 * objects it is given) updates the few nodes an answer changes instead of rebuilding all of them.
 * States come from `diagramMarks`, IPsec marks from `nodeIpsecStatus`; words are not in the data
 * (the nodes word it in the language shown), except the exclusion reason, already worded. Pure
 * apart from the per-layout and per-step caches, which only ever hold the same values.
 */
import type { Edge, Node } from '@xyflow/react';
import type { DiagramState } from '@/engine/candidates';
import type {
  WordedExclusion as Exclusion,
  WordedRecommendation as Recommendation,
} from '@/i18n/word';
import type { IpsecStatus, Layer, LayerId, Tier } from '@/knowledge/types';
import type { MinOs } from '@/knowledge/vocabulary';
import type { Point } from './edge-routes';
import type { BandPlacement, LayerVariant, RoutedStep, StackLayout } from './layout';
import { nodeIpsecStatus } from '@/engine/node-ipsec';

/** Data of a layer node; everything the node draws, derived from the knowledge base and result. */
export type LayerNodeData = {
  layerId: LayerId;
  name: string;
  /** The FWPM name without `FWPM_LAYER_` and the address family, e.g. `ALE_AUTH_CONNECT`. */
  fwpmShort: string;
  minOs: MinOs | null;
  variant: LayerVariant;
  tier: Tier;
  state: DiagramState;
  ipsec: IpsecStatus;
  /** In the one rung every completion of the answers lands on (the likely answer). */
  likely?: boolean;
  /** The alternative's name, where another technology does the work. */
  alternative?: string;
  /** Holds the diagram's one Tab stop (roving tabindex). */
  active: boolean;
  /** Companion role code and its words, when the layer is a companion. */
  role?: string;
  roleText?: string;
  /** Why the layer is excluded for this design. */
  reason?: string;
  summary: string;
  selected: boolean;
  /**
   * The ids of the handles the drawn steps attach to (`top-source`, `left-target`…); absent = all
   * eight. A node renders only these, so the canvas has no unused handles to keep in React Flow.
   */
  handles?: readonly string[];
};
export type LayerFlowNode = Node<LayerNodeData, 'layer'>;

export type BandNodeData = { tier: Tier; placement: BandPlacement };
export type BandFlowNode = Node<BandNodeData, 'band'>;

export type ColumnLabelNodeData = { side: 'outbound' | 'inbound' };
export type ColumnLabelFlowNode = Node<ColumnLabelNodeData, 'column-label'>;

export type LegendNodeData = Record<string, never>;
export type LegendFlowNode = Node<LegendNodeData, 'legend'>;

export type StackFlowNode = LayerFlowNode | BandFlowNode | ColumnLabelFlowNode | LegendFlowNode;

/** `FWPM_LAYER_ALE_AUTH_CONNECT_V4` → `ALE_AUTH_CONNECT`; `…_V4_DISCARD` → `…_DISCARD`. Pure. */
export function shortFwpmName(layer: Layer): string {
  const full = layer.fwpm[0] ?? layer.id;
  return full.replace(/^FWPM_LAYER_/, '').replace(/_V[46](?=_|$)/, '');
}

/** Per-result facts the nodes draw. */
export interface NodeFacts {
  readonly states: Readonly<Record<LayerId, DiagramState>>;
  readonly recommendation: Recommendation | null;
  readonly selectedLayerId: LayerId | null;
  /** Why excluded layers are excluded; the result's exclusions when absent. */
  readonly exclusions?: ReadonlyMap<LayerId, Exclusion>;
  readonly likely?: ReadonlySet<LayerId>;
  /** Layers where the alternative works, and its name. */
  readonly alternative?: { readonly layers: ReadonlySet<LayerId>; readonly name: string };
  /** The layer holding the Tab stop; the first layer when absent. */
  readonly activeLayerId?: LayerId | null;
}

const STATE_Z: Record<DiagramState, number> = {
  recommended: 5,
  companion: 4,
  workable: 3,
  idle: 3,
  excluded: 3,
  candidate: 3,
};

const FIXED = { draggable: false, selectable: false, connectable: false, focusable: false };

const staticNodes = new WeakMap<StackLayout, readonly StackFlowNode[]>();

/** The nodes no answer changes: band backgrounds, column headings, the legend. Made once. */
export function staticFlowNodes(layout: StackLayout): readonly StackFlowNode[] {
  const known = staticNodes.get(layout);
  if (known !== undefined) return known;
  const nodes: StackFlowNode[] = [];
  for (const band of layout.bands) {
    nodes.push({
      ...FIXED,
      id: `band:${band.tier}`,
      type: 'band',
      position: { x: band.box.x, y: band.box.y },
      width: band.box.width,
      height: band.box.height,
      data: { tier: band.tier, placement: band.placement },
      zIndex: -2,
    });
  }
  for (const label of layout.columnLabels) {
    nodes.push({
      ...FIXED,
      id: `column:${label.side}`,
      type: 'column-label',
      position: { x: label.box.x, y: label.box.y },
      width: label.box.width,
      height: label.box.height,
      data: { side: label.side },
      zIndex: -1,
    });
  }
  if (layout.legend.height > 0) {
    nodes.push({
      ...FIXED,
      id: 'legend',
      type: 'legend',
      position: { x: layout.legend.x, y: layout.legend.y },
      width: layout.legend.width,
      height: layout.legend.height,
      data: {},
      zIndex: -1,
    });
  }
  staticNodes.set(layout, nodes);
  return nodes;
}

function sameData(a: LayerNodeData, b: LayerNodeData): boolean {
  const keys = Object.keys(a) as (keyof LayerNodeData)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

/**
 * React Flow nodes for a layout and a result: band backgrounds first (never focusable), then the
 * column headings and the legend, then one node per layer in tab order. Given the nodes of the
 * previous call, every node whose data is unchanged is that same object, and when nothing changed
 * the previous array itself comes back. Pure.
 */
export function toFlowNodes(
  layout: StackLayout,
  facts: NodeFacts,
  previous: StackFlowNode[] | null = null,
  handles: ReadonlyMap<LayerId, readonly string[]> | null = null,
): StackFlowNode[] {
  const rec = facts.recommendation;
  const companions = new Map((rec?.companions ?? []).map((c) => [c.layerId, c]));
  const exclusions = facts.exclusions ?? new Map((rec?.excluded ?? []).map((e) => [e.layerId, e]));
  const activeId =
    facts.activeLayerId != null && layout.byId.has(facts.activeLayerId)
      ? facts.activeLayerId
      : (layout.layers[0]?.layer.id ?? null);
  const before = new Map<string, LayerFlowNode>();
  for (const node of previous ?? []) {
    if (node.type === 'layer') before.set(node.id, node);
  }
  const nodes: StackFlowNode[] = [...staticFlowNodes(layout)];
  let changed = previous === null || previous.length !== nodes.length + layout.layers.length;
  for (const { layer, variant, box } of layout.layers) {
    const state = facts.states[layer.id] ?? 'idle';
    const companion = state === 'companion' ? companions.get(layer.id) : undefined;
    const exclusion = state === 'excluded' ? exclusions.get(layer.id) : undefined;
    const data: LayerNodeData = {
      layerId: layer.id,
      name: layer.name,
      fwpmShort: shortFwpmName(layer),
      minOs: layer.minOs,
      variant,
      tier: layer.tier,
      state,
      ipsec: nodeIpsecStatus(layer, rec),
      summary: layer.summary,
      selected: facts.selectedLayerId === layer.id,
      active: layer.id === activeId,
    };
    if (facts.likely?.has(layer.id) === true) data.likely = true;
    if (facts.alternative?.layers.has(layer.id) === true) data.alternative = facts.alternative.name;
    if (companion !== undefined) {
      data.role = companion.role;
      data.roleText = companion.text;
    }
    if (exclusion !== undefined) data.reason = exclusion.reason;
    if (handles !== null) data.handles = handles.get(layer.id) ?? NO_HANDLES;
    const old = before.get(layer.id);
    if (old !== undefined && sameData(old.data, data)) {
      nodes.push(old);
      continue;
    }
    changed = true;
    nodes.push({
      ...FIXED,
      id: layer.id,
      type: 'layer',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      // The size is known: with `measured` set, React Flow keeps the handle bounds it has when a
      // node's data changes instead of measuring the node again (getBoundingClientRect per handle).
      measured: { width: box.width, height: box.height },
      data,
      zIndex: STATE_Z[state],
    });
  }
  return changed || previous === null ? nodes : previous;
}

// ---------------------------------------------------------------------------------------------
// Edges

export type EdgeEmphasis = 'primary' | 'companion' | 'none';

export type PathEdgeData = {
  pathIds: readonly string[];
  points: readonly Point[];
  emphasis: EdgeEmphasis;
};
export type PathFlowEdge = Edge<PathEdgeData, 'route'>;

const NO_HANDLES: readonly string[] = [];

/**
 * Per layer, the handle ids the routed steps attach to (sorted; one array per layer, so node data
 * built from it compares equal from one change to the next). Pure.
 */
export function usedHandles(steps: readonly RoutedStep[]): ReadonlyMap<LayerId, readonly string[]> {
  const sets = new Map<LayerId, Set<string>>();
  const add = (layerId: LayerId, handle: string) => {
    const set = sets.get(layerId) ?? new Set<string>();
    set.add(handle);
    sets.set(layerId, set);
  };
  for (const step of steps) {
    add(step.source, `${step.sourceSide}-source`);
    add(step.target, `${step.targetSide}-target`);
  }
  return new Map([...sets].map(([id, set]) => [id, [...set].sort()]));
}

const edgeCache = new WeakMap<RoutedStep, Partial<Record<EdgeEmphasis, PathFlowEdge>>>();

/** The one edge object of a step with an emphasis (made on first use). */
function edgeFor(step: RoutedStep, emphasis: EdgeEmphasis): PathFlowEdge {
  const variants = edgeCache.get(step) ?? {};
  edgeCache.set(step, variants);
  const known = variants[emphasis];
  if (known !== undefined) return known;
  const edge: PathFlowEdge = {
    id: step.id,
    source: step.source,
    target: step.target,
    sourceHandle: `${step.sourceSide}-source`,
    targetHandle: `${step.targetSide}-target`,
    type: 'route',
    className: `path-edge path-edge--${emphasis}`,
    zIndex: emphasis === 'none' ? 0 : 1,
    focusable: false,
    selectable: false,
    data: { pathIds: step.pathIds, points: step.points, emphasis },
  };
  variants[emphasis] = edge;
  return edge;
}

/**
 * React Flow edges for the routed steps: an arrow in the packet's direction; steps into or out of
 * the recommended layer are emphasised, then those touching a companion. A step's edge object is
 * the same whenever its emphasis is, so only the edges an answer re-emphasises change; given the
 * previous call's edges, that array itself comes back when no edge changed. Pure.
 */
export function toFlowEdges(
  steps: readonly RoutedStep[],
  recommendation: Recommendation | null,
  previous: PathFlowEdge[] | null = null,
): PathFlowEdge[] {
  const primary = recommendation?.primary ?? null;
  const companions = new Set((recommendation?.companions ?? []).map((c) => c.layerId));
  const edges = steps.map((step) =>
    edgeFor(
      step,
      primary !== null && (step.source === primary || step.target === primary)
        ? 'primary'
        : companions.has(step.source) || companions.has(step.target)
          ? 'companion'
          : 'none',
    ),
  );
  const same = previous !== null && previous.length === edges.length;
  return same && edges.every((edge, i) => edge === previous[i]) ? previous : edges;
}

/**
 * The elements of one diagram: remembers the nodes and edges last handed to React Flow, so each
 * call reuses what did not change (one per mounted diagram).
 */
export function createFlowElements(layout: StackLayout, steps: readonly RoutedStep[]) {
  let nodes: StackFlowNode[] | null = null;
  let edges: PathFlowEdge[] | null = null;
  const handles = usedHandles(steps);
  return {
    nodes: (facts: NodeFacts): StackFlowNode[] =>
      (nodes = toFlowNodes(layout, facts, nodes, handles)),
    edges: (recommendation: Recommendation | null): PathFlowEdge[] =>
      (edges = toFlowEdges(steps, recommendation, edges)),
  };
}
