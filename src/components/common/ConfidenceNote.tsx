import type { Confidence } from '@/knowledge/types';
import { appText } from '@/i18n/app';

/** Says how sure the data is, only when it is less than documented. */
export function ConfidenceNote({ confidence }: { readonly confidence: Confidence }) {
  if (confidence === 'documented') return null;
  return (
    <p className={`confidence confidence--${confidence}`}>
      {appText.result.confidenceLabel} {appText.result.confidence[confidence]}
    </p>
  );
}
