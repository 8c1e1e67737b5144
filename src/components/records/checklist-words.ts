/**
 * The words for a checklist item id (`consideration:<id>`, `warning:<id>`, `finding:<id>`), looked
 * up in what the page already shows: the recommendation's considerations and warnings, the
 * review's findings. An item the current result no longer has reads as its id.
 */
import type { Review } from '@/engine/review';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import type { Catalogue } from '@/i18n/en';
import { wordFinding } from '@/i18n/review-words';

export function checklistLabel(
  id: string,
  recommendation: Recommendation | null,
  review: Review | null,
  catalogue: Catalogue,
): string {
  const sep = id.indexOf(':');
  const kind = id.slice(0, sep);
  const key = id.slice(sep + 1);
  if (kind === 'consideration') {
    const words = catalogue.knowledge.considerations as Partial<Record<string, { title: string }>>;
    return words[key]?.title ?? key;
  }
  if (kind === 'warning') return recommendation?.warnings.find((w) => w.id === key)?.title ?? key;
  if (kind === 'finding') {
    const finding = review?.findings.find((f) => f.id === key);
    return finding === undefined ? key : wordFinding(finding, catalogue);
  }
  return id;
}
