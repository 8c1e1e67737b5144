/**
 * The recommendation the page shows: the store's coded result, worded once per change (of the
 * result or of the language) by the catalogue's adapter.
 */
import { useMemo } from 'react';
import { wordRecommendation, type WordedRecommendation } from '@/i18n/word';
import { useRecommendation } from '@/store/use-recommendation';
import { useWords } from './language';

export function useWordedRecommendation(): WordedRecommendation | null {
  const recommendation = useRecommendation();
  const words = useWords();
  return useMemo(
    () => (recommendation === null ? null : wordRecommendation(recommendation, words)),
    [recommendation, words],
  );
}
