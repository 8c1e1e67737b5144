import { use } from 'react';
import { useWords } from '@/app/language';
import { onRetryLoads } from '@/app/load-failure';
import type { WorkshopWords } from '@/i18n/en/workshop-words';

type Load = () => Promise<WorkshopWords>;
const loaded = new WeakMap<Load, Promise<WorkshopWords>>();
/** Loads that failed: a region's "Try again" forgets them, so the next render loads afresh. */
const failed = new Set<Load>();
onRetryLoads(() => {
  failed.forEach((load) => loaded.delete(load));
  failed.clear();
});

/**
 * The workshop's words in the language shown: the catalogue's `workshop.load` (a chunk loaded with
 * the first mode opened); suspends until it is there.
 */
export function useWorkshopWords(): WorkshopWords {
  const load = useWords().workshop.load;
  let words = loaded.get(load);
  if (words === undefined) {
    words = load().catch((error: unknown) => {
      failed.add(load);
      throw error;
    });
    loaded.set(load, words);
  }
  return use(words);
}
