/**
 * Kept for callers outside the page (the Markdown export, the CLI) until they take a catalogue:
 * the English review words from the catalogue (`en.review`, src/i18n/review-words.ts).
 */
import type { Finding } from '@/engine/review';
import { en } from './en';
import { layerName as knownLayerName } from './en/common';
import { wordFinding } from './review-words';

/** A layer's name, or its id when the knowledge base does not know it. */
export function layerName(id: string | undefined): string {
  return id === undefined ? '' : knownLayerName(id);
}

/** @deprecated Use `catalogue.review` and `wordFinding(f, catalogue)`. */
export const reviewText = {
  title: en.review.title,
  verdicts: en.review.verdicts,
  severities: en.review.severities,
  kinds: en.review.kinds,
  finding: (f: Finding): string => wordFinding(f, en),
};
