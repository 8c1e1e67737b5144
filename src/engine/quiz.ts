/**
 * Quiz grading (issue 11 §4): a learner picks a layer and says filter or callout; the pick is
 * graded against `recommend()` — right only when it is the primary layer with the right kind —
 * and the reason comes from the engine's own result: the exclusion it gives for the picked layer,
 * or that the layer is workable but lower than the primary, or a companion. Codes only; words in
 * the workshop catalogue. Pure.
 */
import type { LayerId } from '@/knowledge/types';
import type { Exclusion, Recommendation, Verdict } from './types';

/** Questions in one round. */
export const QUIZ_ROUND_SIZE = 8;

/** What the learner says the design needs: built-in filters from user mode, or a callout. */
export type QuizKind = 'filter' | 'callout';

export interface QuizPick {
  readonly layerId: LayerId;
  readonly kind: QuizKind;
}

/** Why the picked layer is or is not the answer. */
export type QuizLayerReason =
  | { readonly code: 'primary' }
  /** The engine excludes the layer for this task: its reason. */
  | { readonly code: 'excluded'; readonly exclusion: Exclusion }
  /** The layer serves the design beside the primary, but the work is decided elsewhere. */
  | { readonly code: 'companion' }
  /** The layer could do the task, but the primary is higher in the preference order. */
  | { readonly code: 'lower-workable' };

/** Why the kind is or is not the answer. */
export type QuizKindReason = 'filter-suffices' | 'needs-callout';

export interface QuizGrade {
  readonly correct: boolean;
  readonly layerRight: boolean;
  readonly kindRight: boolean;
  readonly layer: QuizLayerReason;
  readonly kind: QuizKindReason;
  /** The engine's answer. */
  readonly answer: {
    readonly primary: LayerId;
    readonly kind: QuizKind;
    readonly verdict: Verdict;
  };
}

/** The kind of the engine's verdict; null when no WFP layer is the answer (not quizzable). */
export function answerKind(rec: Recommendation): QuizKind | null {
  if (rec.primary === null) return null;
  if (rec.verdict === 'user-mode') return 'filter';
  if (rec.verdict === 'kernel-callout') return 'callout';
  return null;
}

/** Whether a recommendation can be a quiz question (a WFP layer with a filter-or-callout answer). */
export function isQuizzable(rec: Recommendation): boolean {
  return answerKind(rec) !== null;
}

/** Grades a pick against the recommendation. Throws for a recommendation that is not quizzable. */
export function gradePick(pick: QuizPick, rec: Recommendation): QuizGrade {
  const kind = answerKind(rec);
  if (kind === null || rec.primary === null) {
    throw new RangeError(`not-quizzable:${rec.verdict}`);
  }
  const primary = rec.primary;
  const layerRight = pick.layerId === primary;
  const kindRight = pick.kind === kind;
  const exclusion = rec.excluded.find((e) => e.layerId === pick.layerId);
  const layer: QuizLayerReason = layerRight
    ? { code: 'primary' }
    : rec.companions.some((c) => c.layerId === pick.layerId)
      ? { code: 'companion' }
      : exclusion !== undefined
        ? { code: 'excluded', exclusion }
        : { code: 'lower-workable' };
  return {
    correct: layerRight && kindRight,
    layerRight,
    kindRight,
    layer,
    kind: kind === 'filter' ? 'filter-suffices' : 'needs-callout',
    answer: { primary, kind, verdict: rec.verdict },
  };
}

/** A small deterministic generator (mulberry32), so a round can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` distinct ids drawn from `ids` in a shuffled order fixed by `seed`. */
export function quizRound(
  ids: readonly string[],
  seed: number,
  size: number = QUIZ_ROUND_SIZE,
): readonly string[] {
  const next = random(seed);
  const pool = [...new Set(ids)];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}
