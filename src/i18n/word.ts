/**
 * The one adapter from the engine's coded result to words: `wordRecommendation(rec, catalogue)`
 * adds the worded fields (titles, texts, reasons, whys) that the result panel, the diagram and the
 * exports read, keeping every code and parameter beside them. Pure.
 */
import type { ConditionWords } from './en/knowledge';
import { wordsById } from './message';
import { recommend } from '@/engine/recommend';
import type {
  AlternativeHit,
  BuildPlan,
  Companion,
  ConsiderationHit,
  Exclusion,
  IpsecResult,
  RationaleStep,
  Recommendation,
  Warning,
} from '@/engine/types';
import type { Profile } from '@/knowledge/vocabulary';
import type { WarningId, WarningParams } from '@/engine/warnings';
import type { Catalogue } from './en';
import { englishWords as en } from './english';
import { wordMessage } from './message';

/** A warning with its words. */
export type WordedWarning = Warning & { readonly title: string; readonly text: string };

/** An exclusion with its reason in words. */
export type WordedExclusion = Exclusion & { readonly reason: string };

/** An alternative with why it fits, in words. */
export type WordedAlternativeHit = AlternativeHit & { readonly why: string };

/** The IPsec result with its reason, rules, notes and fixes in words. */
export type WordedIpsecResult = Omit<IpsecResult, 'conditions' | 'notes' | 'fixes'> & {
  readonly reason: string;
  readonly conditions: readonly (IpsecResult['conditions'][number] & { readonly text: string })[];
  readonly notes: readonly (IpsecResult['notes'][number] & { readonly text: string })[];
  readonly fixes: readonly (IpsecResult['fixes'][number] & { readonly text: string })[];
};

/** A companion with what it does, in words. */
export type WordedCompanion = Companion & { readonly text: string };

/** The build plan in words: the summary, each condition with why, the mechanisms. */
export type WordedBuildPlan = Omit<BuildPlan, 'technology'> & {
  readonly summary: string;
  /** The matched conditions, then the flags matched as not set, as the plan lists them. */
  readonly conditions: readonly string[];
  readonly conditionNotes: readonly { readonly id: string; readonly why: string }[];
  readonly calloutType?: string;
  readonly pend?: string;
  readonly technology?: {
    readonly id: NonNullable<BuildPlan['technology']>['id'];
    readonly cost: string;
  };
};

/** The build plan in the catalogue's language. */
export function wordBuildPlan(plan: BuildPlan, catalogue: Catalogue = en): WordedBuildPlan {
  const b = catalogue.build;
  const notSet = (plan.notSet ?? []).map((id) => ({
    id: b.notSetLabel(id),
    why: b.notSetWhy[id] ?? '',
  }));
  // What a matched condition matches is worded when first read: the page loads the English
  // meanings with the late words (issue 12), so the folded build plan waits for them.
  const matched = plan.conditions.map((id) => {
    let why: string | undefined;
    return Object.defineProperty({ id }, 'why', {
      enumerable: true,
      get: () =>
        (why ??= wordsById<ConditionWords>(catalogue.knowledge.conditions, id)?.meaning ?? ''),
    }) as { readonly id: string; readonly why: string };
  });
  const { technology, ...rest } = plan;
  return {
    ...rest,
    summary: wordMessage(b.summary, plan.message),
    conditions: [...plan.conditions, ...notSet.map((n) => n.id)],
    conditionNotes: [...matched, ...notSet],
    ...(plan.calloutKind ? { calloutType: b.calloutKinds[plan.calloutKind] } : {}),
    ...(plan.pendMechanism ? { pend: b.pendMechanisms[plan.pendMechanism] } : {}),
    ...(technology
      ? { technology: { id: technology.id, cost: b.technologyCost[technology.id] } }
      : {}),
  };
}

/** A consideration with why it applies, in words. */
export type WordedConsiderationHit = ConsiderationHit & { readonly why: string };

/** A rationale step in words. */
export type WordedRationaleStep = RationaleStep & { readonly text: string };

/** The recommendation with its words. */
export type WordedRecommendation = Omit<
  Recommendation,
  | 'warnings'
  | 'excluded'
  | 'whyNotHigher'
  | 'alternatives'
  | 'ipsec'
  | 'companions'
  | 'rationale'
  | 'considerations'
  | 'build'
> & {
  readonly build: WordedBuildPlan;
  readonly considerations: readonly WordedConsiderationHit[];
  readonly companions: readonly WordedCompanion[];
  readonly rationale: readonly WordedRationaleStep[];
  readonly warnings: readonly WordedWarning[];
  readonly excluded: readonly WordedExclusion[];
  readonly whyNotHigher: readonly WordedExclusion[];
  readonly alternatives: readonly WordedAlternativeHit[];
  readonly ipsec: WordedIpsecResult;
};

/** The IPsec result in words. */
export function wordIpsec(ipsec: IpsecResult, catalogue: Catalogue = en): WordedIpsecResult {
  return {
    ...ipsec,
    reason: wordMessage(catalogue.ipsec.reasons, ipsec.message),
    conditions: ipsec.conditions.map((c) => ({
      ...c,
      text: catalogue.knowledge.ipsecRules[c.id] ?? c.id,
    })),
    notes: ipsec.notes.map((n) => ({ ...n, text: catalogue.ipsec.notes[n.id] })),
    fixes: ipsec.fixes.map((f) => ({ ...f, text: wordMessage(catalogue.ipsec.fixes, f.message) })),
  };
}

/**
 * Why a layer is ruled out, in words. The reason is worded when first read: it quotes the layer's
 * notes (what it sees, blocking, injection, pending), which the page loads with the late words
 * (issue 12), so a part that reads it (the "why not" list, the diagram, the details) waits for
 * them while the rest of the result shows at once.
 */
export function wordExclusion(e: Exclusion, catalogue: Catalogue = en): WordedExclusion {
  let reason: string | undefined;
  return Object.defineProperty({ ...e }, 'reason', {
    enumerable: true,
    get: () => (reason ??= wordMessage(catalogue.exclusions, e.message)),
  }) as WordedExclusion;
}

/**
 * The title and text of one warning. The text is worded when first read: the page loads the
 * English texts with the late words (issue 12), so the part that shows it (the folded warnings
 * list) waits for them while the titles (the summary card's must-knows) show at once.
 */
export function wordWarning(w: Warning, catalogue: Catalogue = en): WordedWarning {
  const words = catalogue.warnings[w.id] as {
    title: string;
    text: (p: WarningParams[WarningId]) => string;
  };
  let text: string | undefined;
  return Object.defineProperty({ ...w, title: words.title }, 'text', {
    enumerable: true,
    get: () => (text ??= words.text(w.params)),
  }) as WordedWarning;
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
    alternatives: rec.alternatives.map((a) => ({
      ...a,
      why: wordMessage(catalogue.alternatives, a.message),
    })),
    ipsec: wordIpsec(rec.ipsec, catalogue),
    companions: rec.companions.map((c) => ({
      ...c,
      text: wordMessage(catalogue.companions, c.message),
    })),
    build: wordBuildPlan(rec.build, catalogue),
    considerations: rec.considerations.map((c) => ({
      ...c,
      why: wordMessage(catalogue.considerations, c.message),
    })),
    rationale: rec.rationale.map((r) => ({
      ...r,
      text: wordMessage(catalogue.rationale, r.message),
    })),
  };
}

/** `recommend(profile)` in the catalogue's language. */
export function recommendInWords(
  profile: Profile,
  catalogue: Catalogue = en,
): WordedRecommendation {
  return wordRecommendation(recommend(profile), catalogue);
}
