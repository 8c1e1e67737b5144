/**
 * A small orthogonal edge router for the stack diagram. Edges leave and enter nodes vertically
 * (or horizontally between neighbours in one row), run through the gaps between rows and the
 * lanes between columns, and never cross another node or a band label. Pure geometry: boxes in,
 * polylines out, so the routes are computed once for the static layout and tested without a DOM.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface Route {
  readonly points: readonly Point[];
  readonly sourceSide: Side;
  readonly targetSide: Side;
}

export interface RouterOptions {
  /** x of the free vertical lanes between columns. */
  readonly lanes: readonly number[];
  /** Distances beyond a node's top or bottom at which a horizontal run may pass. */
  readonly clearances: readonly number[];
  /** Space kept between a route and any obstacle. */
  readonly margin: number;
  /** Cost of one bend, in world units of length. */
  readonly bendCost: number;
  /** Inner runs closer than this to an obstacle cost extra. */
  readonly comfort: number;
}

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;
const centreX = (r: Rect) => r.x + r.width / 2;
const centreY = (r: Rect) => r.y + r.height / 2;

/** Drops repeated points and merges collinear runs. Pure. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last !== undefined && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) {
      continue;
    }
    const prev = out[out.length - 2];
    if (
      last !== undefined &&
      prev !== undefined &&
      ((Math.abs(prev.x - last.x) < 0.01 && Math.abs(last.x - p.x) < 0.01) ||
        (Math.abs(prev.y - last.y) < 0.01 && Math.abs(last.y - p.y) < 0.01))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

function segmentHits(a: Point, b: Point, r: Rect, margin: number): boolean {
  const x0 = Math.min(a.x, b.x);
  const x1 = Math.max(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  const y1 = Math.max(a.y, b.y);
  return (
    x1 > r.x - margin && x0 < right(r) + margin && y1 > r.y - margin && y0 < bottom(r) + margin
  );
}

function length(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (a !== undefined && b !== undefined) total += Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  }
  return total;
}

/**
 * Extra cost for inner runs that pass close to an obstacle, so routes keep to the middle of a gap
 * when a roomier one is as short.
 */
function crowding(points: readonly Point[], obstacles: readonly Rect[], comfort: number): number {
  let cost = 0;
  for (let i = 2; i + 1 < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (a === undefined || b === undefined) continue;
    const vertical = Math.abs(a.x - b.x) < 0.01;
    for (const r of obstacles) {
      const lo = vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x);
      const hi = vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x);
      const r0 = vertical ? r.y : r.x;
      const r1 = vertical ? bottom(r) : right(r);
      if (hi <= r0 || lo >= r1) continue;
      const at = vertical ? a.x : a.y;
      const distance = Math.max(
        (vertical ? r.x : r.y) - at,
        at - (vertical ? right(r) : bottom(r)),
      );
      if (distance < comfort) cost += (comfort - distance) * 3;
    }
  }
  return cost;
}

interface ClearanceCheck {
  readonly points: readonly Point[];
  readonly from: Rect;
  readonly to: Rect;
  readonly obstacles: readonly Rect[];
  readonly margin: number;
}

function isClear({ points, from, to, obstacles, margin }: ClearanceCheck): boolean {
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (a === undefined || b === undefined) continue;
    for (const r of obstacles) if (segmentHits(a, b, r, margin)) return false;
    // Only the first segment may touch the source and only the last the target.
    if (i > 1 && segmentHits(a, b, from, -0.5)) return false;
    if (i < points.length - 1 && segmentHits(a, b, to, -0.5)) return false;
  }
  return true;
}

interface Candidate {
  points: Point[];
  sourceSide: Side;
  targetSide: Side;
}

/**
 * Routes one edge from `from` to `to` around `obstacles` (which must not include the two ends):
 * a straight line when the boxes face each other, otherwise the cheapest collision-free
 * vertical-horizontal-vertical path through one horizontal gap, or through two gaps joined by a
 * lane. Falls back to a straight line between the centres' facing sides. Pure.
 */
export function routeEdge(
  from: Rect,
  to: Rect,
  obstacles: readonly Rect[],
  options: RouterOptions,
): Route {
  const candidates: Candidate[] = [];
  const overlapX0 = Math.max(from.x, to.x);
  const overlapX1 = Math.min(right(from), right(to));
  if (overlapX1 - overlapX0 >= 16) {
    const x =
      Math.abs(centreX(from) - centreX(to)) < 0.5 ? centreX(from) : (overlapX0 + overlapX1) / 2;
    if (to.y >= bottom(from)) {
      candidates.push({
        points: [
          { x, y: bottom(from) },
          { x, y: to.y },
        ],
        sourceSide: 'bottom',
        targetSide: 'top',
      });
    } else if (bottom(to) <= from.y) {
      candidates.push({
        points: [
          { x, y: from.y },
          { x, y: bottom(to) },
        ],
        sourceSide: 'top',
        targetSide: 'bottom',
      });
    }
  }
  const overlapY0 = Math.max(from.y, to.y);
  const overlapY1 = Math.min(bottom(from), bottom(to));
  if (overlapY1 - overlapY0 >= 16) {
    const y = (overlapY0 + overlapY1) / 2;
    if (to.x >= right(from)) {
      candidates.push({
        points: [
          { x: right(from), y },
          { x: to.x, y },
        ],
        sourceSide: 'right',
        targetSide: 'left',
      });
    } else if (right(to) <= from.x) {
      candidates.push({
        points: [
          { x: from.x, y },
          { x: right(to), y },
        ],
        sourceSide: 'left',
        targetSide: 'right',
      });
    }
  }

  const ax = centreX(from);
  const bx = centreX(to);
  for (const exit of ['bottom', 'top'] as const) {
    for (const entry of ['top', 'bottom'] as const) {
      const yA0 = exit === 'bottom' ? bottom(from) : from.y;
      const yB0 = entry === 'top' ? to.y : bottom(to);
      const dirA = exit === 'bottom' ? 1 : -1;
      const dirB = entry === 'top' ? -1 : 1;
      const nearA = options.clearances.map((d) => yA0 + dirA * d);
      const nearB = options.clearances.map((d) => yB0 + dirB * d);
      const beyond = (y: number) => (y - yA0) * dirA > 0 && (y - yB0) * dirB > 0;
      for (const y of [...nearA, ...nearB, (yA0 + yB0) / 2]) {
        if (!beyond(y)) continue;
        candidates.push({
          points: [
            { x: ax, y: yA0 },
            { x: ax, y },
            { x: bx, y },
            { x: bx, y: yB0 },
          ],
          sourceSide: exit,
          targetSide: entry,
        });
      }
      for (const lane of options.lanes) {
        for (const yA of nearA) {
          for (const yB of nearB) {
            candidates.push({
              points: [
                { x: ax, y: yA0 },
                { x: ax, y: yA },
                { x: lane, y: yA },
                { x: lane, y: yB },
                { x: bx, y: yB },
                { x: bx, y: yB0 },
              ],
              sourceSide: exit,
              targetSide: entry,
            });
          }
        }
      }
    }
  }

  let best: { route: Candidate; cost: number } | null = null;
  for (const c of candidates) {
    const points = simplify(c.points);
    // Crowding only adds: a candidate whose length and bends alone cost as much as the best so
    // far cannot win (ties keep the earlier one), so it needs no clearance or crowding check.
    const base = length(points) + options.bendCost * Math.max(0, points.length - 2);
    if (best !== null && base >= best.cost) continue;
    if (!isClear({ points, from, to, obstacles, margin: options.margin })) continue;
    const cost = base + crowding(points, obstacles, options.comfort);
    if (best === null || cost < best.cost) best = { route: { ...c, points }, cost };
  }
  if (best !== null) return best.route;
  const down = centreY(to) >= centreY(from);
  return {
    points: [
      { x: ax, y: down ? bottom(from) : from.y },
      { x: bx, y: down ? to.y : bottom(to) },
    ],
    sourceSide: down ? 'bottom' : 'top',
    targetSide: down ? 'top' : 'bottom',
  };
}

interface Segment {
  route: number;
  index: number;
  vertical: boolean;
  /** +1 or -1: which way the packet runs along the line. */
  heading: number;
  at: number;
  lo: number;
  hi: number;
}

/** A route with the ids of the nodes it joins (runs that fan in or out of one node may merge). */
export interface RouteEnds {
  readonly route: Route;
  readonly source: string;
  readonly target: string;
}

/**
 * Pulls apart runs of different routes that lie on the same line (a shared gap, lane or port),
 * `spacing` apart and centred on the original line, so each edge stays traceable. Runs heading
 * the same way that leave one node or enter one node stay merged: they read as a fan. Pure.
 */
export function spreadOverlaps(items: readonly RouteEnds[], spacing: number): Route[] {
  const points = items.map((r) => r.route.points.map((p) => ({ x: p.x, y: p.y })));
  const segments: Segment[] = [];
  points.forEach((pts, route) => {
    for (let index = 0; index + 1 < pts.length; index += 1) {
      const a = pts[index];
      const b = pts[index + 1];
      if (a === undefined || b === undefined) continue;
      const vertical = Math.abs(a.x - b.x) < 0.01;
      segments.push({
        route,
        index,
        vertical,
        heading: Math.sign(vertical ? b.y - a.y : b.x - a.x),
        at: vertical ? a.x : a.y,
        lo: vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x),
        hi: vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x),
      });
    }
  });
  const seen = new Set<Segment>();
  for (const seed of segments) {
    if (seen.has(seed)) continue;
    // Grow the group of segments that overlap the seed's line over more than a point.
    const group: Segment[] = [seed];
    seen.add(seed);
    for (let i = 0; i < group.length; i += 1) {
      const g = group[i];
      if (g === undefined) continue;
      for (const s of segments) {
        if (seen.has(s) || s.vertical !== g.vertical || Math.abs(s.at - g.at) > 0.5) continue;
        if (Math.min(s.hi, g.hi) - Math.max(s.lo, g.lo) <= 2) continue;
        group.push(s);
        seen.add(s);
      }
    }
    // Clusters: routes joined when they head the same way and share their source or target.
    const routes = [...new Set(group.map((s) => s.route))].sort((a, b) => a - b);
    const cluster = new Map<number, number>(routes.map((r) => [r, r]));
    const find = (r: number): number => {
      let c = r;
      while (cluster.get(c) !== c) c = cluster.get(c) ?? c;
      return c;
    };
    for (const a of group) {
      for (const b of group) {
        if (a.route >= b.route || a.heading !== b.heading) continue;
        const ea = items[a.route];
        const eb = items[b.route];
        if (ea === undefined || eb === undefined) continue;
        if (ea.source === eb.source || ea.target === eb.target) {
          cluster.set(find(b.route), find(a.route));
        }
      }
    }
    const roots = [...new Set(routes.map(find))];
    if (roots.length < 2) continue;
    for (const s of group) {
      const k = roots.indexOf(find(s.route));
      const offset = (k - (roots.length - 1) / 2) * spacing;
      const pts = points[s.route];
      const a = pts?.[s.index];
      const b = pts?.[s.index + 1];
      if (a === undefined || b === undefined) continue;
      if (s.vertical) {
        a.x = s.at + offset;
        b.x = s.at + offset;
      } else {
        a.y = s.at + offset;
        b.y = s.at + offset;
      }
    }
  }
  return items.map((r, i) => ({ ...r.route, points: points[i] ?? r.route.points }));
}

/** SVG path through orthogonal points with rounded corners of at most `radius`. Pure. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const first = points[0];
  if (first === undefined) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i += 1) {
    const p = points[i];
    const prev = points[i - 1];
    const next = points[i + 1];
    if (p === undefined || prev === undefined) continue;
    if (next === undefined) {
      d += ` L ${p.x} ${p.y}`;
      continue;
    }
    const inLen = Math.abs(p.x - prev.x) + Math.abs(p.y - prev.y);
    const outLen = Math.abs(next.x - p.x) + Math.abs(next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const ux = Math.sign(p.x - prev.x);
    const uy = Math.sign(p.y - prev.y);
    const vx = Math.sign(next.x - p.x);
    const vy = Math.sign(next.y - p.y);
    d += ` L ${p.x - ux * r} ${p.y - uy * r} Q ${p.x} ${p.y} ${p.x + vx * r} ${p.y + vy * r}`;
  }
  return d;
}
