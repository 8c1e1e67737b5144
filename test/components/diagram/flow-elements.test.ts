import type { LayerId } from '@/knowledge/types';
import { describe, expect, it } from 'vitest';
import { layerStates } from '@/engine/layer-states';
import { recommendInWords as recommend } from '@/i18n/word';
import { LAYERS } from '@/knowledge/layers';
import { PACKET_PATHS } from '@/knowledge/stack';
import {
  GEOMETRY,
  bandLabelBox,
  layoutStack,
  neighbourLayer,
  routeSteps,
  shortFwpmName,
  toFlowEdges,
  toFlowNodes,
  usedHandles,
  type Box,
  type LayerFlowNode,
} from '@/components/diagram/flow-elements';
import { makeProfile as profile } from '../../fixtures/profiles';

const layout = layoutStack(LAYERS);
const steps = routeSteps(layout, PACKET_PATHS);

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

describe('layoutStack', () => {
  it('places every layer of the knowledge base exactly once, in stack order', () => {
    expect(layout.layers.map((p) => p.layer.id)).toEqual(
      [...LAYERS].sort((a, b) => a.stackOrder - b.stackOrder).map((l) => l.id),
    );
    expect(layout.byId.size).toBe(LAYERS.length);
  });

  it('draws one band per tier, each holding exactly the layers of its tier', () => {
    const tiers = new Set(LAYERS.map((l) => l.tier));
    expect(new Set(layout.bands.map((b) => b.tier))).toEqual(tiers);
    expect(layout.bands).toHaveLength(tiers.size);
    for (const placed of layout.layers) {
      const band = layout.bands.find((b) => b.tier === placed.layer.tier);
      expect(band, placed.layer.id).toBeDefined();
      expect(inside(placed.box, band!.box), placed.layer.id).toBe(true);
    }
  });

  it('stacks the host bands top to bottom in preference order, user-mode band above them', () => {
    const stack = layout.bands.filter((b) => b.placement === 'stack').map((b) => b.tier);
    expect(stack).toEqual(['ale', 'data', 'transport', 'network', 'mac']);
    const userMode = layout.bands.find((b) => b.tier === 'user-mode');
    const ale = layout.bands.find((b) => b.tier === 'ale');
    expect(userMode!.box.y + userMode!.box.height).toBeLessThanOrEqual(ale!.box.y);
  });

  it('puts the vSwitch path and the internal layers in the column beside the host stack', () => {
    const stackRight = Math.max(
      ...layout.bands.filter((b) => b.placement === 'stack').map((b) => b.box.x + b.box.width),
    );
    for (const tier of ['vswitch', 'internal'] as const) {
      const band = layout.bands.find((b) => b.tier === tier);
      expect(band?.placement).toBe('side');
      expect(band!.box.x).toBeGreaterThan(stackRight);
    }
  });

  it('never lets two layers, bands or the legend overlap', () => {
    const boxes = layout.layers.map((p) => ({ id: p.layer.id as string, box: p.box }));
    boxes.push({ id: 'legend', box: layout.legend });
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} / ${boxes[j]!.id}`).toBe(
          false,
        );
      }
    }
    for (let i = 0; i < layout.bands.length; i += 1) {
      for (let j = i + 1; j < layout.bands.length; j += 1) {
        expect(overlaps(layout.bands[i]!.box, layout.bands[j]!.box)).toBe(false);
      }
    }
  });

  it('keeps outbound layers left of inbound ones in every band of the host stack', () => {
    for (const band of layout.bands.filter((b) => b.placement === 'stack')) {
      const of = (side: string) =>
        layout.layers.filter(
          (p) => p.layer.tier === band.tier && p.layer.side === side && p.variant === 'main',
        );
      const out = of('outbound');
      const inn = of('inbound');
      if (out.length === 0 || inn.length === 0) continue;
      expect(Math.max(...out.map((p) => centre(p.box).x))).toBeLessThan(
        Math.min(...inn.map((p) => centre(p.box).x)),
      );
    }
  });

  it('hangs each discard layer as a small pill right under the layer it mirrors', () => {
    const discards = layout.layers.filter((p) => p.layer.discardOf !== undefined);
    expect(discards.length).toBeGreaterThan(0);
    for (const pill of discards) {
      expect(pill.variant).toBe('discard');
      const main = layout.byId.get(pill.layer.discardOf!)!;
      expect(pill.box.width).toBeLessThan(main.box.width / 2);
      expect(pill.box.y).toBeCloseTo(main.box.y + main.box.height + GEOMETRY.pillGap);
      expect(pill.box.x).toBeGreaterThanOrEqual(main.box.x);
      expect(pill.box.x + pill.box.width).toBeLessThanOrEqual(main.box.x + main.box.width);
    }
  });

  it('draws user-mode and internal layers as compact chips', () => {
    for (const placed of layout.layers) {
      const compact = placed.layer.mode === 'user' || placed.layer.internal;
      expect(placed.variant === 'compact', placed.layer.id).toBe(compact);
    }
  });
});

describe('routeSteps', () => {
  it('draws every step of every packet path between existing layers, in the path order', () => {
    for (const path of PACKET_PATHS) {
      for (let i = 0; i + 1 < path.steps.length; i += 1) {
        const source = path.steps[i]!;
        const target = path.steps[i + 1]!;
        // A step into a layer's own discard pill is shown by the pill hanging from it.
        if (layout.byId.get(target)?.layer.discardOf === source) continue;
        const step = steps.find((s) => s.source === source && s.target === target);
        expect(step, `${path.id}: ${source} → ${target}`).toBeDefined();
        expect(step!.pathIds).toContain(path.id);
      }
    }
    for (const step of steps) {
      expect(layout.byId.has(step.source)).toBe(true);
      expect(layout.byId.has(step.target)).toBe(true);
    }
  });

  it('starts each route on its source, ends it on its target and keeps it orthogonal', () => {
    const onBorder = (p: { x: number; y: number }, b: Box) =>
      p.x >= b.x - 9 && p.x <= b.x + b.width + 9 && p.y >= b.y - 9 && p.y <= b.y + b.height + 9;
    for (const step of steps) {
      const first = step.points[0]!;
      const last = step.points[step.points.length - 1]!;
      expect(onBorder(first, layout.byId.get(step.source)!.box), step.id).toBe(true);
      expect(onBorder(last, layout.byId.get(step.target)!.box), step.id).toBe(true);
      for (let i = 1; i < step.points.length; i += 1) {
        const a = step.points[i - 1]!;
        const b = step.points[i]!;
        expect(Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01, step.id).toBe(true);
      }
    }
  });

  it('routes no edge across another layer or a band label', () => {
    for (const step of steps) {
      for (let i = 1; i < step.points.length; i += 1) {
        const a = step.points[i - 1]!;
        const b = step.points[i]!;
        const seg = {
          x: Math.min(a.x, b.x),
          y: Math.min(a.y, b.y),
          width: Math.abs(a.x - b.x) || 0.01,
          height: Math.abs(a.y - b.y) || 0.01,
        };
        for (const placed of layout.layers) {
          if (placed.layer.id === step.source || placed.layer.id === step.target) continue;
          expect(overlaps(seg, placed.box), `${step.id} crosses ${placed.layer.id}`).toBe(false);
        }
        for (const band of layout.bands) {
          expect(overlaps(seg, bandLabelBox(band)), `${step.id} crosses ${band.tier}`).toBe(false);
        }
      }
    }
  });

  it('points inbound local steps up and outbound ones down the host stack', () => {
    const byId = (id: string) => layout.byId.get(id as LayerId)!.box;
    const inbound = steps.find((s) => s.id === 'inbound-ippacket->inbound-transport')!;
    const outbound = steps.find((s) => s.id === 'outbound-transport->outbound-ippacket')!;
    expect(centre(byId(inbound.target)).y).toBeLessThan(centre(byId(inbound.source)).y);
    expect(centre(byId(outbound.target)).y).toBeGreaterThan(centre(byId(outbound.source)).y);
  });
});

describe('toFlowNodes and toFlowEdges', () => {
  it('gives every layer a node in idle state, with bands first and never focusable wrappers', () => {
    const nodes = toFlowNodes(layout, {
      states: layerStates(null),
      recommendation: null,
      selectedLayerId: null,
    });
    const layerNodes = nodes.filter((n): n is LayerFlowNode => n.type === 'layer');
    expect(layerNodes.map((n) => n.id)).toEqual(layout.layers.map((p) => p.layer.id));
    expect(layerNodes.every((n) => n.data.state === 'idle')).toBe(true);
    const firstLayer = nodes.findIndex((n) => n.type === 'layer');
    expect(nodes.slice(0, firstLayer).every((n) => n.type !== 'layer')).toBe(true);
    expect(nodes.every((n) => n.focusable === false && n.draggable === false)).toBe(true);
    // With no design, a node shows the status a callout at that layer would have.
    for (const n of layerNodes) {
      expect(n.data.ipsec).toBe(LAYERS.find((l) => l.id === n.id)!.ipsec.callout);
    }
  });

  it('carries the states, exclusion reasons and companion roles of a real recommendation', () => {
    const rec = recommend(
      profile({
        action: 'modify',
        protocol: 'tcp',
        direction: 'both',
        moment: 'data',
        basis: ['payload', 'app'],
        decider: 'code',
      }),
    );
    const states = layerStates(rec);
    const nodes = toFlowNodes(layout, { states, recommendation: rec, selectedLayerId: 'stream' });
    const layerNodes = nodes.filter((n): n is LayerFlowNode => n.type === 'layer');
    for (const n of layerNodes) expect(n.data.state).toBe(states[n.id as LayerId]);
    const primary = layerNodes.find((n) => n.id === rec.primary)!;
    expect(primary.data.state).toBe('recommended');
    expect(primary.data.ipsec).toBe(rec.ipsec.status);
    expect(layerNodes.find((n) => n.id === 'stream')!.data.selected).toBe(true);
    for (const exclusion of rec.excluded) {
      const node = layerNodes.find((n) => n.id === exclusion.layerId)!;
      if (node.data.state === 'excluded') expect(node.data.reason).toBe(exclusion.reason);
    }
    expect(rec.companions.length).toBeGreaterThan(0);
    for (const companion of rec.companions) {
      const node = layerNodes.find((n) => n.id === companion.layerId)!;
      expect(node.data.state).toBe('companion');
      expect(node.data.role).toBe(companion.role);
      expect(node.data.roleText).toBe(companion.text);
    }
  });

  it('uses the plain-filter IPsec status on other layers when the verdict is user mode', () => {
    const rec = recommend(profile({}));
    expect(rec.verdict).toBe('user-mode');
    const nodes = toFlowNodes(layout, {
      states: layerStates(rec),
      recommendation: rec,
      selectedLayerId: null,
    });
    for (const n of nodes) {
      if (n.type !== 'layer' || n.id === rec.primary) continue;
      expect(n.data.ipsec).toBe(LAYERS.find((l) => l.id === n.id)!.ipsec.userModeFilter);
    }
  });

  it('emphasises the steps into and out of the recommended layer', () => {
    const rec = recommend(profile({}));
    const edges = toFlowEdges(steps, rec);
    const touching = edges.filter((e) => e.source === rec.primary || e.target === rec.primary);
    expect(touching.length).toBeGreaterThan(0);
    for (const e of edges) {
      const expected = e.source === rec.primary || e.target === rec.primary;
      expect(e.data?.emphasis === 'primary', e.id).toBe(expected);
    }
    expect(toFlowEdges(steps, null).every((e) => e.data?.emphasis === 'none')).toBe(true);
  });
});

describe('stable node and edge identity (the diagram is updated, not rebuilt)', () => {
  const designA = recommend(profile({}));
  const designB = recommend(
    profile({
      action: 'modify',
      protocol: 'tcp',
      direction: 'both',
      moment: 'data',
      basis: ['payload', 'app'],
      decider: 'code',
    }),
  );
  const facts = (rec: typeof designA | null, selectedLayerId: LayerId | null = null) => ({
    states: layerStates(rec),
    recommendation: rec,
    selectedLayerId,
  });

  it('hands back the same array when nothing a node draws changed', () => {
    const first = toFlowNodes(layout, facts(designA));
    expect(toFlowNodes(layout, facts(designA), first)).toBe(first);
  });

  it('makes a new object only for the nodes whose data changed', () => {
    const first = toFlowNodes(layout, facts(designA));
    const next = toFlowNodes(layout, facts(designA, 'stream'), first);
    expect(next).not.toBe(first);
    const changed = next.filter((node, i) => node !== first[i]).map((node) => node.id);
    expect(changed).toEqual(['stream']);
    // The band, column and legend nodes are made once for the layout.
    const statics = next.filter((n) => n.type !== 'layer');
    expect(statics.every((n) => first.includes(n))).toBe(true);
  });

  it('replaces exactly the nodes whose state or marks a new design changes', () => {
    const first = toFlowNodes(layout, facts(designA));
    const next = toFlowNodes(layout, facts(designB), first);
    const byId = new Map(first.map((n) => [n.id, n]));
    for (const node of next) {
      const old = byId.get(node.id)!;
      const same = JSON.stringify(old.data) === JSON.stringify(node.data);
      expect(node === old, node.id).toBe(same);
    }
    expect(next.some((node, i) => node !== first[i])).toBe(true);
  });

  it('keeps an edge object while its emphasis stays, and the array when no edge changed', () => {
    const first = toFlowEdges(steps, designA);
    expect(toFlowEdges(steps, designA, first)).toBe(first);
    const next = toFlowEdges(steps, designB, first);
    next.forEach((edge, i) => {
      const old = first[i]!;
      expect(edge === old, edge.id).toBe(edge.data?.emphasis === old.data?.emphasis);
    });
  });
});

describe('usedHandles (a node renders only the handles its steps attach to)', () => {
  const handles = usedHandles(steps);

  it('gives every step its source and target handle, and no handle no step uses', () => {
    const needed = new Map<string, Set<string>>();
    const need = (id: string, handle: string) =>
      needed.set(id, (needed.get(id) ?? new Set()).add(handle));
    for (const step of steps) {
      need(step.source, `${step.sourceSide}-source`);
      need(step.target, `${step.targetSide}-target`);
    }
    expect(new Set(handles.keys())).toEqual(new Set(needed.keys()));
    for (const [id, list] of handles) expect(new Set(list), id).toEqual(needed.get(id));
    const total = [...handles.values()].reduce((n, list) => n + list.length, 0);
    expect(total).toBeLessThan(layout.layers.length * 8);
  });

  it('puts the same handle list in the node data from one change to the next', () => {
    const facts = { states: layerStates(null), recommendation: null, selectedLayerId: null };
    const first = toFlowNodes(layout, facts, null, handles);
    expect(toFlowNodes(layout, facts, first, handles)).toBe(first);
    const stepless = first.find(
      (n): n is LayerFlowNode => n.type === 'layer' && !handles.has(n.id as LayerId),
    );
    if (stepless !== undefined) expect(stepless.data.handles).toEqual([]);
    for (const n of first) {
      if (n.type === 'layer' && handles.has(n.id as LayerId)) {
        expect(n.data.handles).toBe(handles.get(n.id as LayerId));
      }
    }
  });
});

describe('neighbourLayer', () => {
  it('moves down, up, left and right to a layer that lies that way', () => {
    const at = (id: string) => centre(layout.byId.get(id as LayerId)!.box);
    const from = 'ale-auth-connect';
    const down = neighbourLayer(layout, from, 'down')!;
    const up = neighbourLayer(layout, from, 'up')!;
    const rightward = neighbourLayer(layout, from, 'right')!;
    expect(at(down).y).toBeGreaterThan(at(from).y);
    expect(at(up).y).toBeLessThan(at(from).y);
    expect(at(rightward).x).toBeGreaterThan(at(from).x);
    expect(neighbourLayer(layout, 'outbound-transport', 'down')).not.toBeNull();
  });

  it('stops at the edge of the diagram', () => {
    const top = layout.layers.reduce((a, b) => (b.box.y < a.box.y ? b : a));
    expect(neighbourLayer(layout, top.layer.id, 'up')).toBeNull();
    expect(neighbourLayer(layout, 'no-such-layer' as LayerId, 'up')).toBeNull();
  });
});

describe('shortFwpmName', () => {
  it('drops the prefix and the address family but keeps the discard suffix', () => {
    const name = (id: string) => shortFwpmName(LAYERS.find((l) => l.id === id)!);
    expect(name('ale-auth-connect')).toBe('ALE_AUTH_CONNECT');
    expect(name('inbound-transport-discard')).toBe('INBOUND_TRANSPORT_DISCARD');
    expect(name('inbound-mac-frame-ethernet')).toBe('INBOUND_MAC_FRAME_ETHERNET');
  });
});
