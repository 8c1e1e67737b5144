/**
 * The recommendation the page shows: the store's coded result, worded once per change by the
 * catalogue's adapter.
 */
import { useMemo } from 'react';
import { wordRecommendation, type WordedRecommendation } from '@/i18n/word';
import { useRecommendation } from '@/store/use-recommendation';

export function useWordedRecommendation(): WordedRecommendation | null {
  const recommendation = useRecommendation();
  return useMemo(
    () => (recommendation === null ? null : wordRecommendation(recommendation)),
    [recommendation],
  );
}
