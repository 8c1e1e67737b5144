/**
 * The open questions of the sources (layers.md §6, rules.md §7) as data: every caveat from
 * caveats.ts with its words (caveat-notes.ts) and the layers that carry it. Derived from the
 * records, so a caveat attached to a layer shows up here without a second list. Pure.
 */
import { CAVEATS, type CaveatKey } from './caveats';
import { CAVEAT_NOTES } from './caveat-notes';
import { LAYERS } from './layers';
import type { OpenQuestion } from './types';

/** Every open question, with the ids of the layers whose records carry its caveat. */
export const OPEN_QUESTIONS: readonly OpenQuestion[] = (
  Object.entries(CAVEATS) as [CaveatKey, (typeof CAVEATS)[CaveatKey]][]
).map(([key, named]) => ({
  id: named.id,
  title: CAVEAT_NOTES[key].title,
  note: CAVEAT_NOTES[key].note,
  kind: named.caveat.kind,
  layerIds: LAYERS.filter((layer) => layer.caveats.includes(named.caveat)).map((layer) => layer.id),
  sourceIds: named.caveat.sourceIds,
}));
