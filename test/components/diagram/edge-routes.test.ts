import { describe, expect, it } from 'vitest';
import {
  roundedPath,
  routeEdge,
  simplify,
  spreadOverlaps,
  type Rect,
  type Route,
} from '@/components/diagram/edge-routes';

const options = { lanes: [5, 200], clearances: [8, 30], margin: 3, bendCost: 40, comfort: 12 };
const box = (x: number, y: number, width = 100, height = 40): Rect => ({ x, y, width, height });

function crosses(route: Route, r: Rect): boolean {
  for (let i = 1; i < route.points.length; i += 1) {
    const a = route.points[i - 1]!;
    const b = route.points[i]!;
    if (
      Math.max(a.x, b.x) > r.x &&
      Math.min(a.x, b.x) < r.x + r.width &&
      Math.max(a.y, b.y) > r.y &&
      Math.min(a.y, b.y) < r.y + r.height
    ) {
      return true;
    }
  }
  return false;
}

describe('routeEdge', () => {
  it('draws a straight vertical line between boxes stacked in one column', () => {
    const route = routeEdge(box(50, 0), box(50, 100), [], options);
    expect(route.points).toEqual([
      { x: 100, y: 40 },
      { x: 100, y: 100 },
    ]);
    expect([route.sourceSide, route.targetSide]).toEqual(['bottom', 'top']);
  });

  it('draws a straight horizontal line between neighbours in one row, in either direction', () => {
    const right = routeEdge(box(0, 0), box(150, 0), [], options);
    expect([right.sourceSide, right.targetSide]).toEqual(['right', 'left']);
    const left = routeEdge(box(150, 0), box(0, 0), [], options);
    expect(left.points[0]).toEqual({ x: 150, y: 20 });
    expect(left.points[1]).toEqual({ x: 100, y: 20 });
  });

  it('goes around a node in the way instead of through it', () => {
    const from = box(50, 0);
    const to = box(50, 200);
    const blocker = box(50, 100);
    const route = routeEdge(from, to, [blocker], options);
    expect(crosses(route, blocker)).toBe(false);
    expect(route.points[0]!.y).toBe(40);
    expect(route.points[route.points.length - 1]!.y).toBe(200);
  });

  it('falls back to a straight line when no clear route exists', () => {
    const wall = { x: -1000, y: 45, width: 3000, height: 50 };
    const route = routeEdge(box(0, 0), box(0, 200), [wall], { ...options, lanes: [] });
    expect(route.points).toHaveLength(2);
  });
});

describe('spreadOverlaps', () => {
  const up: Route = {
    points: [
      { x: 10, y: 100 },
      { x: 10, y: 0 },
    ],
    sourceSide: 'top',
    targetSide: 'bottom',
  };
  const down: Route = {
    points: [
      { x: 10, y: 0 },
      { x: 10, y: 100 },
    ],
    sourceSide: 'bottom',
    targetSide: 'top',
  };

  it('pulls apart runs of different edges that share a line in opposite directions', () => {
    const [a, b] = spreadOverlaps(
      [
        { route: up, source: 'a', target: 'b' },
        { route: down, source: 'b', target: 'c' },
      ],
      8,
    );
    expect(a!.points[0]!.x).not.toBe(b!.points[0]!.x);
    expect(Math.abs(a!.points[0]!.x - b!.points[0]!.x)).toBe(8);
  });

  it('keeps a fan of edges into one node merged', () => {
    const [a, b] = spreadOverlaps(
      [
        { route: down, source: 'a', target: 't' },
        { route: down, source: 'b', target: 't' },
      ],
      8,
    );
    expect(a!.points).toEqual(down.points);
    expect(b!.points).toEqual(down.points);
  });
});

describe('simplify and roundedPath', () => {
  it('drops repeated and collinear points', () => {
    expect(
      simplify([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 0, y: 5 },
        { x: 0, y: 10 },
        { x: 5, y: 10 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 5, y: 10 },
    ]);
  });

  it('rounds each bend with a curve and ends on the last point', () => {
    const d = roundedPath(
      [
        { x: 0, y: 0 },
        { x: 0, y: 50 },
        { x: 50, y: 50 },
      ],
      8,
    );
    expect(d.startsWith('M 0 0')).toBe(true);
    expect(d).toContain('Q 0 50 8 50');
    expect(d.endsWith('L 50 50')).toBe(true);
    expect(roundedPath([], 8)).toBe('');
  });
});
