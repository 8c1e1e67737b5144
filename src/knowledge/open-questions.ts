/**
 * The open questions of the sources (layers.md §6, rules.md §7) as data: every caveat from
 * caveats.ts, with the layers that carry it. Derived from the records, so a caveat attached to a
 * layer shows up here without a second list. Pure.
 */
import { CAVEATS } from './caveats';
import { LAYERS } from './layers';
import type { OpenQuestion } from './types';

/** Every open question, with the ids of the layers whose records carry its caveat. */
export const OPEN_QUESTIONS: readonly OpenQuestion[] = Object.values(CAVEATS).map((named) => ({
  id: named.id,
  title: named.title,
  note: named.caveat.note,
  kind: named.caveat.kind,
  layerIds: LAYERS.filter((layer) => layer.caveats.includes(named.caveat)).map((layer) => layer.id),
  sourceIds: named.caveat.sourceIds,
}));
