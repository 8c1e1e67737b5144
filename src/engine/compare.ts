/**
 * Side-by-side comparison of two or three layers (issue 11 §5): one row per capability, each
 * value the layer record's own codes or API identifiers, and whether the layers differ on it.
 * Codes only (words in the workshop catalogue). Pure.
 */
import { getLayer } from '@/knowledge/layers';
import type { Layer, LayerId } from '@/knowledge/types';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 3;

/** The capability rows, in the order they are shown. */
export const COMPARE_ROWS = [
  'tier',
  'unit',
  'directions',
  'traffic',
  'payload',
  'conditions',
  'filter-block',
  'callout-block',
  'injection',
  'pend',
  'flow-handle',
  'identity',
  'ipsec-filter',
  'ipsec-callout',
  'min-os',
  'caveats',
] as const;
export type CompareRowId = (typeof COMPARE_ROWS)[number];

/**
 * How a row's values are shown: `code` = one code the catalogue words; `codes` = a list of codes;
 * `ids` = API identifiers shown as they are; `count` = caveat kinds, counted.
 */
export type CompareValueKind = 'code' | 'codes' | 'ids' | 'count';

export const ROW_KIND: Readonly<Record<CompareRowId, CompareValueKind>> = {
  tier: 'code',
  unit: 'code',
  directions: 'codes',
  traffic: 'codes',
  payload: 'code',
  conditions: 'ids',
  'filter-block': 'code',
  'callout-block': 'code',
  injection: 'ids',
  pend: 'codes',
  'flow-handle': 'code',
  identity: 'code',
  'ipsec-filter': 'code',
  'ipsec-callout': 'code',
  'min-os': 'code',
  caveats: 'count',
};

export interface CompareRow {
  readonly id: CompareRowId;
  readonly kind: CompareValueKind;
  /** One list per layer, in the order the layers were given (a single code is a list of one). */
  readonly values: readonly (readonly string[])[];
  /** The layers do not all have the same value. */
  readonly differs: boolean;
  /** For list rows: the items every layer has (the rest are differences). */
  readonly shared: readonly string[];
}

export type Comparison =
  | { readonly ok: true; readonly layers: readonly LayerId[]; readonly rows: readonly CompareRow[] }
  | {
      readonly ok: false;
      readonly error: 'too-few' | 'too-many' | 'unknown-layer' | 'duplicate';
      readonly layerId?: string;
    };

function valuesOf(layer: Layer, row: CompareRowId): readonly string[] {
  switch (row) {
    case 'tier':
      return [layer.tier];
    case 'unit':
      return [layer.sees.unit];
    case 'directions':
      return layer.sees.directions;
    case 'traffic':
      return layer.sees.traffic;
    case 'payload':
      return [layer.payload];
    case 'conditions':
      return layer.conditions;
    case 'filter-block':
      return [layer.actions.filterBlock];
    case 'callout-block':
      return [layer.actions.callouts ? layer.actions.calloutBlock : 'no-callouts'];
    case 'injection':
      return layer.actions.injection;
    case 'pend':
      return layer.actions.pend;
    case 'flow-handle':
      return [layer.carriesFlowHandle ? 'yes' : 'no'];
    case 'identity':
      return [layer.identity];
    case 'ipsec-filter':
      return [layer.ipsec.userModeFilter];
    case 'ipsec-callout':
      return [layer.ipsec.callout];
    case 'min-os':
      return [layer.minOs ?? 'unknown'];
    case 'caveats':
      return layer.caveats.map((c) => c.kind);
  }
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Compares two or three distinct layers; a clear error code for anything else. */
export function compareLayers(ids: readonly string[]): Comparison {
  if (ids.length < COMPARE_MIN) return { ok: false, error: 'too-few' };
  if (ids.length > COMPARE_MAX) return { ok: false, error: 'too-many' };
  if (new Set(ids).size !== ids.length) return { ok: false, error: 'duplicate' };
  const layers: Layer[] = [];
  for (const id of ids) {
    const layer = getLayer(id);
    if (layer === undefined) return { ok: false, error: 'unknown-layer', layerId: id };
    layers.push(layer);
  }
  const rows = COMPARE_ROWS.map((id): CompareRow => {
    const values = layers.map((l) => valuesOf(l, id));
    const first = values[0]!;
    const shared = [...new Set(first)].filter((v) => values.every((list) => list.includes(v)));
    return {
      id,
      kind: ROW_KIND[id],
      values,
      differs: values.some((v) => !same(v, first)),
      shared,
    };
  });
  return { ok: true, layers: layers.map((l) => l.id), rows };
}
