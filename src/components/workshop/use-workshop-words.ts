import { use } from 'react';
import { useWords } from '@/app/language';
import type { WorkshopWords } from '@/i18n/en/workshop-words';

const loaded = new WeakMap<() => Promise<WorkshopWords>, Promise<WorkshopWords>>();

/**
 * The workshop's words in the language shown: the catalogue's `workshop.load` (a chunk loaded with
 * the first mode opened); suspends until it is there.
 */
export function useWorkshopWords(): WorkshopWords {
  const load = useWords().workshop.load;
  let words = loaded.get(load);
  if (words === undefined) {
    words = load();
    loaded.set(load, words);
  }
  return use(words);
}
