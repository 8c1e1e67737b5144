/**
 * English words of the caveats (= the open questions), by caveat id: the title each has in the
 * list of open questions, the part of a record it concerns and its note, from
 * src/knowledge/caveat-notes.ts. A late section (issue 12): only the layer details and the exports
 * show them. Pure.
 */
import { CAVEATS, type CaveatKey } from '@/knowledge/caveats';
import { CAVEAT_NOTES } from '@/knowledge/caveat-notes';
import type { CaveatWords } from './knowledge';

export const caveats: Readonly<Record<string, CaveatWords>> = Object.fromEntries(
  (Object.keys(CAVEATS) as CaveatKey[]).map((key) => [CAVEATS[key].id, CAVEAT_NOTES[key]]),
);
