/**
 * The one adapter from the engine's coded result to words: `wordRecommendation(rec, catalogue)`
 * adds the worded fields (titles, texts, reasons, whys) that the result panel, the diagram and the
 * exports read, keeping every code and parameter beside them. Pure.
 */
import { recommend } from '@/engine/recommend';
import type { Exclusion, Recommendation, Warning } from '@/engine/types';
import type { Profile } from '@/knowledge/vocabulary';
import type { WarningId, WarningParams } from '@/engine/warnings';
import { en, type Catalogue } from './en';
import { wordMessage } from './en/common';

/** A warning with its words. */
export type WordedWarning = Warning & { readonly title: string; readonly text: string };

/** An exclusion with its reason in words. */
export type WordedExclusion = Exclusion & { readonly reason: string };

/** The recommendation with its words. */
export type WordedRecommendation = Omit<
  Recommendation,
  'warnings' | 'excluded' | 'whyNotHigher'
> & {
  readonly warnings: readonly WordedWarning[];
  readonly excluded: readonly WordedExclusion[];
  readonly whyNotHigher: readonly WordedExclusion[];
};

/** Why a layer is ruled out, in words. */
export function wordExclusion(e: Exclusion, catalogue: Catalogue = en): WordedExclusion {
  return { ...e, reason: wordMessage(catalogue.exclusions, e.message) };
}

/** The title and text of one warning. */
export function wordWarning(w: Warning, catalogue: Catalogue = en): WordedWarning {
  const words = catalogue.warnings[w.id] as {
    title: string;
    text: (p: WarningParams[WarningId]) => string;
  };
  return { ...w, title: words.title, text: words.text(w.params) };
}

/** The recommendation in the catalogue's language. */
export function wordRecommendation(
  rec: Recommendation,
  catalogue: Catalogue = en,
): WordedRecommendation {
  return {
    ...rec,
    warnings: rec.warnings.map((w) => wordWarning(w, catalogue)),
    excluded: rec.excluded.map((e) => wordExclusion(e, catalogue)),
    whyNotHigher: rec.whyNotHigher.map((e) => wordExclusion(e, catalogue)),
  };
}

/** `recommend(profile)` in the catalogue's language. */
export function recommendInWords(
  profile: Profile,
  catalogue: Catalogue = en,
): WordedRecommendation {
  return wordRecommendation(recommend(profile), catalogue);
}
