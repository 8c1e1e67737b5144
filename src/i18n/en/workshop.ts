/**
 * English words of the workshop that the page needs before any mode is open: the mode
 * bar, the way back, the layer details' compare button. The rest of the workshop's words load with
 * the first mode opened (`load`, src/i18n/en/workshop-words.ts), so the first paint stays light
 * (DESIGN §7). Pure.
 */
import { retryableImport } from '@/app/load-failure';
import { layerName } from './common';
import type { WorkshopWords } from './workshop-words';

export type WorkshopMode = 'gallery' | 'paths' | 'quiz' | 'compare' | 'present';

/** A layer's name, as the diagram shows it. */
export { layerName };

export const workshop = {
  barLabel: 'Workshop',
  modes: {
    gallery: 'Gallery',
    paths: 'Packet paths',
    quiz: 'Quiz',
    compare: 'Compare',
    present: 'Present',
  } satisfies Record<WorkshopMode, string>,
  close: 'Back to the chooser',
  layerName,
  compareWith: (layer: string) => `Compare with ${layer}`,
  /** The rest of the workshop's words. */
  load: retryableImport(
    (): Promise<{ workshopWords: WorkshopWords }> => import('./workshop-words'),
    (m) => m.workshopWords,
  ),
};
