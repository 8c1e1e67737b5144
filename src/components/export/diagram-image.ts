/**
 * The stack diagram as an image, the way React Flow documents it (the "Download image" example):
 * the bounds of every node (getNodesBounds), a viewport that fits them into the image
 * (getViewportForBounds), and html-to-image rendering `.react-flow__viewport` with that transform.
 * The clone carries the computed styles, so node states, the IPsec badges and the theme in use come
 * out as shown. html-to-image is pinned at 1.11.11: later versions drop React Flow's edges.
 * Loaded on demand (export menu, print view), never in the first paint.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

export type ImageFormat = 'png' | 'svg';

/** Why no image could be made (words in src/i18n/records-ui.ts). */
export class DiagramImageError extends Error {
  constructor(readonly code: 'no-diagram') {
    super(code);
  }
}

const PADDING = 0.03;
const MAX_WIDTH = 2400;

/** The nodes as React Flow placed them: position from the node's transform, size from layout. */
function placedNodes(root: ParentNode): Node[] {
  const nodes: Node[] = [];
  root.querySelectorAll<HTMLElement>('.react-flow__node').forEach((el, index) => {
    const match = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/.exec(el.style.transform);
    if (match === null) return;
    nodes.push({
      id: el.dataset.id ?? String(index),
      position: { x: Number(match[1]), y: Number(match[2]) },
      data: {},
      width: el.offsetWidth,
      height: el.offsetHeight,
    });
  });
  return nodes;
}

/** The page background behind the diagram in the theme in use. */
function backgroundOf(el: HTMLElement): string {
  for (let node: HTMLElement | null = el; node !== null; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== '' && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
  }
  return '#ffffff';
}

/** A data: URL of the whole diagram, in the current theme. */
export async function diagramImage(
  format: ImageFormat,
  root: ParentNode = document,
): Promise<string> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  const nodes = placedNodes(root);
  if (viewport === null || nodes.length === 0) throw new DiagramImageError('no-diagram');
  const bounds = getNodesBounds(nodes);
  const width = Math.round(Math.min(MAX_WIDTH, bounds.width * (1 + 2 * PADDING)));
  const height = Math.round((bounds.height / bounds.width) * width + bounds.height * 2 * PADDING);
  const fit = getViewportForBounds(bounds, width, height, 0.2, 2, PADDING);
  const options = {
    backgroundColor: backgroundOf(viewport.closest<HTMLElement>('.react-flow') ?? viewport),
    width,
    height,
    skipFonts: true,
    // Connection handles and screen-reader text are invisible; leaving them out keeps the SVG small.
    filter: (node: HTMLElement) =>
      !(
        node.classList?.contains('react-flow__handle') ||
        node.classList?.contains('visually-hidden')
      ),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
    },
  };
  return format === 'png' ? toPng(viewport, options) : toSvg(viewport, options);
}
