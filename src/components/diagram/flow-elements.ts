/**
 * Pure mapping from the knowledge base to React Flow elements: the stack layout (bands, columns,
 * node boxes), the packet-path edges with their routes, and the per-result node data. Nothing
 * here decides a WFP fact: positions come from each layer's tier, rung, side, mode, stackOrder and
 * discardOf; edges from PACKET_PATHS; states from `layerStates`; IPsec marks from
 * `nodeIpsecStatus`.
 */
import type { Edge, Node } from '@xyflow/react';
import type { DiagramState } from '@/engine/candidates';
import type {
  WordedExclusion as Exclusion,
  WordedRecommendation as Recommendation,
} from '@/i18n/word';
import type { IpsecStatus, Layer, LayerId, Side, Tier } from '@/knowledge/types';
import type { MinOs } from '@/knowledge/vocabulary';
import { diagramText } from '@/i18n/diagram';
import {
  routeEdge,
  spreadOverlaps,
  type Point,
  type Rect,
  type Side as RouteSide,
} from './edge-routes';
import { nodeIpsecStatus } from '@/engine/node-ipsec';

// ---------------------------------------------------------------------------------------------
// Geometry (world units; the canvas scales them)

export const GEOMETRY = {
  nodeWidth: 164,
  nodeHeight: 78,
  pillWidth: 72,
  pillHeight: 20,
  pillGap: 3,
  compactHeight: 58,
  /** Wide enough that a user-mode layer's name reads in two lines at overview zoom. */
  compactMinWidth: 190,
  /** Compact chips in the side column are as tall as full nodes: their names are long. */
  sideCompactHeight: 78,
  compactGap: 10,
  rowGap: 12,
  columnGap: 32,
  middleGap: 14,
  bandPadX: 14,
  /** Left gutter of the host stack's bands, holding their labels (edges never cross it). */
  gutter: 84,
  bandPadTop: 12,
  bandHead: 28,
  /** Side bands are narrow: their label takes two lines. */
  sideBandHead: 58,
  bandPadBottom: 12,
  bandGap: 10,
  /** Gap between the host stack and the side column (vSwitch path, internal layers). */
  sideGap: 18,
  columnLabelHeight: 22,
  /** The legend is drawn outside the canvas (readable at any zoom): no room is kept for it. */
  legendHeight: 0,
} as const;

export type Box = Rect;

/** How a layer is drawn: a full node, a discard pill under its main layer, or a compact chip. */
export type LayerVariant = 'main' | 'discard' | 'compact';

export interface PlacedLayer {
  readonly layer: Layer;
  readonly variant: LayerVariant;
  readonly box: Box;
}

/** Where a band sits: above the stack, in the host stack, or in the column beside it. */
export type BandPlacement = 'top' | 'stack' | 'side';

export interface PlacedBand {
  readonly tier: Tier;
  readonly placement: BandPlacement;
  readonly box: Box;
}

export interface PlacedColumnLabel {
  readonly side: 'outbound' | 'inbound';
  readonly box: Box;
}

export interface StackLayout {
  /** Every layer, in tab order (stack order; a discard layer right after the layer it mirrors). */
  readonly layers: readonly PlacedLayer[];
  readonly byId: ReadonlyMap<LayerId, PlacedLayer>;
  readonly bands: readonly PlacedBand[];
  readonly columnLabels: readonly PlacedColumnLabel[];
  readonly legend: Box;
  /** x of the free vertical lanes between the host stack's columns (for edge routing). */
  readonly lanes: readonly number[];
  readonly width: number;
  readonly height: number;
}

type Column = 'outbound' | 'middle' | 'inbound';

function columnOf(side: Side): Column {
  if (side === 'outbound') return 'outbound';
  if (side === 'inbound') return 'inbound';
  return 'middle';
}

const byStackOrder = (a: Layer, b: Layer) => a.stackOrder - b.stackOrder;

function isCompactTier(layers: readonly Layer[]): boolean {
  return layers.every((l) => l.mode === 'user' || l.internal);
}

/**
 * Where each band goes: bands of layers outside the kernel packet path that come before the
 * first kernel band sit on top; kernel bands with a preference rung form the host stack; the
 * rest (a separate data path with no rung, internal layers) go in the column beside it.
 */
function placementOf(layers: readonly Layer[], seenKernel: boolean): BandPlacement {
  if (isCompactTier(layers)) return seenKernel ? 'side' : 'top';
  return layers.some((l) => l.rung !== null) ? 'stack' : 'side';
}

/**
 * The box a band's label takes: the gutter of a host-stack band, the head strip of the others
 * (its width estimated from the text). Edges are routed around it.
 */
export function bandLabelBox(band: PlacedBand): Box {
  const g = GEOMETRY;
  if (band.placement === 'stack') {
    return { x: band.box.x, y: band.box.y, width: g.gutter, height: band.box.height };
  }
  const { title, detail } = diagramText.bands[band.tier];
  const head = band.placement === 'side' ? g.sideBandHead : g.bandHead;
  return {
    x: band.box.x + 10,
    y: band.box.y + 4,
    width: Math.min(band.box.width - 20, (title.length + detail.length) * 7 + 24),
    height: head - 8,
  };
}

/**
 * Lays the whole stack out from the layers' own fields. Top: user-mode layers as a strip of
 * compact chips. Host stack, top to bottom by stackOrder: each band with an outbound column
 * (left), a middle column for layers on both or no side (two wide when it holds more than the
 * sides), and an inbound column (right); discard layers hang as pills under the layer they mirror,
 * on the outer side so edges leaving the node's centre stay clear. Beside the stack: the legend,
 * then the separate vSwitch path as one chain and the internal layers, bottom-aligned. Pure.
 */
export function layoutStack(all: readonly Layer[]): StackLayout {
  const g = GEOMETRY;
  const tiers = new Map<Tier, Layer[]>();
  for (const layer of [...all].sort(byStackOrder)) {
    const list = tiers.get(layer.tier) ?? [];
    list.push(layer);
    tiers.set(layer.tier, list);
  }
  const ids = new Set(all.map((l) => l.id));

  const xOut = g.gutter + g.bandPadX;
  const xMid0 = xOut + g.nodeWidth + g.columnGap;
  const xMid1 = xMid0 + g.nodeWidth + g.middleGap;
  const xIn = xMid1 + g.nodeWidth + g.columnGap;
  const stackWidth = xIn + g.nodeWidth + g.bandPadX;
  const xMidSingle = (xMid0 + xMid1) / 2;
  const sideX = stackWidth + g.sideGap;
  const sideWidth = g.nodeWidth + 2 * g.bandPadX;
  const width = sideX + sideWidth;

  const placed = new Map<LayerId, PlacedLayer>();
  const bands: PlacedBand[] = [];
  const columnLabels: PlacedColumnLabel[] = [];
  const sideBands: { tier: Tier; layers: Layer[] }[] = [];
  let y = 0;
  let seenKernel = false;
  let stackTop: number | null = null;

  for (const [tier, layers] of tiers) {
    const placement = placementOf(layers, seenKernel);
    if (!isCompactTier(layers)) seenKernel = true;
    if (placement === 'side') {
      sideBands.push({ tier, layers });
      continue;
    }
    if (bands.length > 0) y += g.bandGap;
    if (placement === 'top') {
      const top = y;
      y = placeChipRow(layers, 0, y + g.bandHead, width, placed) + g.bandPadBottom;
      bands.push({ tier, placement, box: { x: 0, y: top, width, height: y - top } });
      continue;
    }
    if (stackTop === null) {
      // Direction headings once, above the first band of the host stack.
      columnLabels.push({
        side: 'outbound',
        box: { x: xOut, y, width: g.nodeWidth, height: g.columnLabelHeight },
      });
      columnLabels.push({
        side: 'inbound',
        box: { x: xIn, y, width: g.nodeWidth, height: g.columnLabelHeight },
      });
      y += g.columnLabelHeight + 4;
      stackTop = y;
    }
    const top = y;
    y += g.bandPadTop;
    const mains = layers.filter((l) => l.discardOf === undefined || !ids.has(l.discardOf));
    const discards = new Map<LayerId, Layer>();
    for (const l of layers) {
      if (l.discardOf !== undefined && ids.has(l.discardOf)) discards.set(l.discardOf, l);
    }
    const cols: Record<Column, Layer[]> = { outbound: [], middle: [], inbound: [] };
    for (const l of mains) cols[columnOf(l.side)].push(l);
    const rows = Math.max(
      Math.ceil(cols.middle.length / 2),
      cols.outbound.length,
      cols.inbound.length,
      1,
    );
    const middleCols = Math.min(2, Math.ceil(cols.middle.length / rows));

    const cells: { layer: Layer; row: number; x: number; column: Column }[] = [];
    cols.outbound.forEach((layer, row) => cells.push({ layer, row, x: xOut, column: 'outbound' }));
    cols.inbound.forEach((layer, row) => cells.push({ layer, row, x: xIn, column: 'inbound' }));
    cols.middle.forEach((layer, i) => {
      const row = middleCols <= 1 ? i : Math.floor(i / middleCols);
      const x = middleCols <= 1 ? xMidSingle : i % middleCols === 0 ? xMid0 : xMid1;
      cells.push({ layer, row, x, column: 'middle' });
    });
    const rowCount = Math.max(1, ...cells.map((c) => c.row + 1));
    const rowTop: number[] = [];
    let rowY = y;
    for (let r = 0; r < rowCount; r += 1) {
      rowTop.push(rowY);
      const hasPill = cells.some((c) => c.row === r && discards.has(c.layer.id));
      rowY += g.nodeHeight + (hasPill ? g.pillGap + g.pillHeight : 0) + g.rowGap;
    }
    y = rowY - g.rowGap;
    for (const cell of cells) {
      const box = { x: cell.x, y: rowTop[cell.row] ?? y, width: g.nodeWidth, height: g.nodeHeight };
      placed.set(cell.layer.id, { layer: cell.layer, variant: 'main', box });
      const discard = discards.get(cell.layer.id);
      if (discard === undefined) continue;
      const px = cell.column === 'outbound' ? box.x : box.x + box.width - g.pillWidth;
      placed.set(discard.id, {
        layer: discard,
        variant: 'discard',
        box: { x: px, y: box.y + box.height + g.pillGap, width: g.pillWidth, height: g.pillHeight },
      });
    }
    y += g.bandPadBottom;
    bands.push({ tier, placement, box: { x: 0, y: top, width: stackWidth, height: y - top } });
  }
  const stackBottom = y;
  const firstStackTop = stackTop ?? 0;

  // The column beside the stack: the legend on top, the side bands bottom-aligned to the stack.
  const legend = { x: sideX, y: firstStackTop, width: sideWidth, height: g.legendHeight };
  const sideHeights = sideBands.map(({ layers }) => {
    const head = g.sideBandHead;
    const compact = isCompactTier(layers);
    const itemHeight = compact ? g.sideCompactHeight : g.nodeHeight;
    const gap = compact ? g.compactGap : g.rowGap;
    return head + layers.length * itemHeight + (layers.length - 1) * gap + g.bandPadBottom;
  });
  const sideTotal =
    sideHeights.reduce((a, b) => a + b, 0) + Math.max(0, sideBands.length - 1) * g.sideGap;
  let sideY = Math.max(
    legend.y + (legend.height > 0 ? legend.height + g.sideGap : 0),
    stackBottom - sideTotal,
  );
  sideBands.forEach(({ tier, layers }, i) => {
    const top = sideY;
    const compact = isCompactTier(layers);
    let itemY = top + g.sideBandHead;
    for (const layer of layers) {
      const height = compact ? g.sideCompactHeight : g.nodeHeight;
      placed.set(layer.id, {
        layer,
        variant: compact ? 'compact' : 'main',
        box: { x: sideX + g.bandPadX, y: itemY, width: g.nodeWidth, height },
      });
      itemY += height + (compact ? g.compactGap : g.rowGap);
    }
    const height = sideHeights[i] ?? 0;
    bands.push({ tier, placement: 'side', box: { x: sideX, y: top, width: sideWidth, height } });
    sideY = top + height + g.sideGap;
  });
  const height = Math.max(stackBottom, sideY - g.sideGap);

  const ordered = [...placed.values()].sort((a, b) => a.layer.stackOrder - b.layer.stackOrder);
  return {
    layers: ordered,
    byId: placed,
    bands: [...bands].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x),
    columnLabels,
    legend,
    lanes: [
      g.gutter + g.bandPadX / 2,
      xOut + g.nodeWidth + g.columnGap / 2,
      xMid0 + g.nodeWidth + g.middleGap / 2,
      xMid1 + g.nodeWidth + g.columnGap / 2,
      xIn + g.nodeWidth + g.bandPadX / 2,
    ],
    width,
    height,
  };
}

/** One row of compact chips stretched across the width (wrapping when they would be too narrow). */
function placeChipRow(
  layers: readonly Layer[],
  x0: number,
  top: number,
  width: number,
  placed: Map<LayerId, PlacedLayer>,
): number {
  const g = GEOMETRY;
  const inner = width - 2 * g.bandPadX;
  const perRow = Math.max(
    1,
    Math.min(
      layers.length,
      Math.floor((inner + g.compactGap) / (g.compactMinWidth + g.compactGap)),
    ),
  );
  const rows = Math.ceil(layers.length / perRow);
  const inRow = Math.ceil(layers.length / rows);
  const chipWidth = (inner - (inRow - 1) * g.compactGap) / inRow;
  let y = top;
  for (let start = 0; start < layers.length; start += inRow) {
    let x = x0 + g.bandPadX;
    for (const layer of layers.slice(start, start + inRow)) {
      placed.set(layer.id, {
        layer,
        variant: 'compact',
        box: { x, y, width: chipWidth, height: g.compactHeight },
      });
      x += chipWidth + g.compactGap;
    }
    y += g.compactHeight + g.compactGap;
  }
  return y - g.compactGap;
}

// ---------------------------------------------------------------------------------------------
// Nodes

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

/**
 * React Flow nodes for a layout and a result: band backgrounds first (never focusable), then the
 * column headings and the legend, then one node per layer in tab order. Pure.
 */
export function toFlowNodes(layout: StackLayout, facts: NodeFacts): StackFlowNode[] {
  const rec = facts.recommendation;
  const companions = new Map((rec?.companions ?? []).map((c) => [c.layerId, c]));
  const exclusions = facts.exclusions ?? new Map((rec?.excluded ?? []).map((e) => [e.layerId, e]));
  const activeId =
    facts.activeLayerId != null && layout.byId.has(facts.activeLayerId)
      ? facts.activeLayerId
      : (layout.layers[0]?.layer.id ?? null);
  const fixed = { draggable: false, selectable: false, connectable: false, focusable: false };
  const nodes: StackFlowNode[] = [];
  for (const band of layout.bands) {
    nodes.push({
      ...fixed,
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
      ...fixed,
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
      ...fixed,
      id: 'legend',
      type: 'legend',
      position: { x: layout.legend.x, y: layout.legend.y },
      width: layout.legend.width,
      height: layout.legend.height,
      data: {},
      zIndex: -1,
    });
  }
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
    nodes.push({
      ...fixed,
      id: layer.id,
      type: 'layer',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data,
      zIndex: STATE_Z[state],
    });
  }
  return nodes;
}

// ---------------------------------------------------------------------------------------------
// Edges

/** The part of a packet path the diagram draws (PACKET_PATHS fit this shape). */
export interface DrawnPath {
  readonly id: string;
  readonly steps: readonly LayerId[];
}

/** One drawn step between two layers, with every path that takes it and its route. */
export interface RoutedStep {
  readonly id: string;
  readonly source: LayerId;
  readonly target: LayerId;
  readonly pathIds: readonly string[];
  readonly points: readonly Point[];
  readonly sourceSide: RouteSide;
  readonly targetSide: RouteSide;
}

export type PathEdgeData = {
  pathIds: readonly string[];
  points: readonly Point[];
  emphasis: 'primary' | 'companion' | 'none';
};
export type PathFlowEdge = Edge<PathEdgeData, 'route'>;

/**
 * The steps of all packet paths (consecutive layers; shared steps merged), each routed around the
 * other nodes. A step from a layer into its own discard layer is not drawn: the pill hangs from
 * that layer, which already says so. Layers missing from the layout are skipped. Pure.
 */
export function routeSteps(layout: StackLayout, paths: readonly DrawnPath[]): RoutedStep[] {
  const steps = new Map<string, { source: LayerId; target: LayerId; pathIds: string[] }>();
  for (const path of paths) {
    for (let i = 0; i + 1 < path.steps.length; i += 1) {
      const source = path.steps[i];
      const target = path.steps[i + 1];
      if (source === undefined || target === undefined || source === target) continue;
      const from = layout.byId.get(source);
      const to = layout.byId.get(target);
      if (from === undefined || to === undefined) continue;
      if (to.layer.discardOf === source && to.variant === 'discard') continue;
      const id = `${source}->${target}`;
      const step = steps.get(id) ?? { source, target, pathIds: [] };
      if (!step.pathIds.includes(path.id)) step.pathIds.push(path.id);
      steps.set(id, step);
    }
  }
  const g = GEOMETRY;
  const obstaclesBase: Box[] = [
    ...layout.bands.map(bandLabelBox),
    ...layout.columnLabels.map((l) => l.box),
    layout.legend,
  ];
  const list = [...steps.entries()];
  const routes = list.map(([, step]) => {
    const from = layout.byId.get(step.source)?.box;
    const to = layout.byId.get(step.target)?.box;
    if (from === undefined || to === undefined) throw new Error('unplaced step');
    const obstacles = [
      ...obstaclesBase,
      ...layout.layers
        .filter((p) => p.layer.id !== step.source && p.layer.id !== step.target)
        .map((p) => p.box),
    ];
    return routeEdge(from, to, obstacles, {
      lanes: layout.lanes,
      clearances: [g.rowGap / 2, g.pillGap + g.pillHeight + g.rowGap / 2],
      margin: 3,
      bendCost: 40,
      comfort: 12,
    });
  });
  const spread = spreadOverlaps(
    routes.map((route, i) => ({
      route,
      source: list[i]?.[1].source ?? '',
      target: list[i]?.[1].target ?? '',
    })),
    8,
  );
  return list.map(([id, step], i) => {
    const route = spread[i] ?? routes[i];
    if (route === undefined) throw new Error('unrouted step');
    return { id, ...step, ...route };
  });
}

/**
 * React Flow edges for the routed steps: an arrow in the packet's direction; steps into or out of
 * the recommended layer are emphasised, then those touching a companion. Pure.
 */
export function toFlowEdges(
  steps: readonly RoutedStep[],
  recommendation: Recommendation | null,
): PathFlowEdge[] {
  const primary = recommendation?.primary ?? null;
  const companions = new Set((recommendation?.companions ?? []).map((c) => c.layerId));
  return steps.map((step) => {
    const emphasis: PathEdgeData['emphasis'] =
      primary !== null && (step.source === primary || step.target === primary)
        ? 'primary'
        : companions.has(step.source) || companions.has(step.target)
          ? 'companion'
          : 'none';
    return {
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
  });
}

// ---------------------------------------------------------------------------------------------
// Keyboard neighbours

export type NavDirection = 'up' | 'down' | 'left' | 'right';

/**
 * The layer a keyboard user reaches with an arrow key: the nearest node whose centre lies in that
 * direction, favouring nodes in line with the current one. Null at the edge of the diagram. Pure.
 */
export function neighbourLayer(
  layout: StackLayout,
  from: LayerId,
  direction: NavDirection,
): LayerId | null {
  const start = layout.byId.get(from);
  if (start === undefined) return null;
  const cx = start.box.x + start.box.width / 2;
  const cy = start.box.y + start.box.height / 2;
  let best: { id: LayerId; score: number } | null = null;
  for (const candidate of layout.layers) {
    if (candidate.layer.id === from) continue;
    const dx = candidate.box.x + candidate.box.width / 2 - cx;
    const dy = candidate.box.y + candidate.box.height / 2 - cy;
    const along =
      direction === 'up' ? -dy : direction === 'down' ? dy : direction === 'left' ? -dx : dx;
    const across = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (along <= 1 || across > 2 * along + 40) continue;
    const score = along + 2 * across;
    if (best === null || score < best.score) best = { id: candidate.layer.id, score };
  }
  return best?.id ?? null;
}
