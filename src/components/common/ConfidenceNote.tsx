import type { Confidence } from '@/knowledge/types';
import { useWords } from '@/app/language';
import { ConfidenceLabel } from './labels';

/** Says how sure the data is, only when it is less than documented. */
export function ConfidenceNote({ confidence }: { readonly confidence: Confidence }) {
  const t = useWords();
  if (confidence === 'documented') return null;
  return (
    <p className={`confidence confidence--${confidence}`}>
      {t.labels.confidenceLabel} <ConfidenceLabel confidence={confidence} />
    </p>
  );
}
