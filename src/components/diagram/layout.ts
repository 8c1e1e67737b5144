/**
 * The stack's geometry, pure and computed once: where every band, column heading and layer box
 * goes (from each layer's tier, rung, side, mode, stackOrder and discardOf), and the route of every
 * packet-path step around the boxes. Nothing here decides a WFP fact, and nothing depends on the
 * language shown: band labels are kept clear over their whole head strip, whatever their words.
 */
import type { Layer, LayerId, Side, Tier } from '@/knowledge/types';
import {
  routeEdge,
  spreadOverlaps,
  type Point,
  type Rect,
  type Side as RouteSide,
} from './edge-routes';

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
 * The box a band's label takes: the gutter of a host-stack band, the head strip of the others.
 * Edges are routed around it.
 */
export function bandLabelBox(band: PlacedBand): Box {
  const g = GEOMETRY;
  if (band.placement === 'stack') {
    return { x: band.box.x, y: band.box.y, width: g.gutter, height: band.box.height };
  }
  const head = band.placement === 'side' ? g.sideBandHead : g.bandHead;
  return { x: band.box.x + 10, y: band.box.y + 4, width: band.box.width - 20, height: head - 8 };
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
      y = placeChipRow({ layers, x0: 0, top: y + g.bandHead, width, placed }) + g.bandPadBottom;
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
interface ChipRow {
  readonly layers: readonly Layer[];
  readonly x0: number;
  readonly top: number;
  readonly width: number;
  readonly placed: Map<LayerId, PlacedLayer>;
}

function placeChipRow({ layers, x0, top, width, placed }: ChipRow): number {
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
// Packet-path steps and their routes

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
