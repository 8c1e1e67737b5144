/**
 * Types of the questionnaire (DESIGN §4, STYLE §2.2 rules 7–9). Pure types.
 */
import type { PartialProfile, ProfileKey, VOCABULARY } from '@/knowledge/vocabulary';

/** Every question fills exactly one public profile key, so the key is the question's id. */
export type QuestionId = ProfileKey;

/** The public vocabulary values question `K` offers. */
export type OptionValue<K extends QuestionId> = (typeof VOCABULARY)[K][number];

/**
 * One choice of a question: the public vocabulary value it writes into the profile. Its label and
 * help are words (src/i18n/en/questions.ts, keyed by question id and value).
 */
export interface QuestionOption<V extends string = string> {
  readonly value: V;
}

/**
 * A question's structure: its id, kind, options and default. `currentQuestion` and
 * `answeredQuestions` return it with only the options that earlier answers leave open;
 * `getQuestion` returns it with every option. Its title and help are words
 * (src/i18n/en/questions.ts, keyed by question id).
 */
export interface Question {
  readonly id: QuestionId;
  /** `multi`: the answer is a non-empty list of option values (`basis`). */
  readonly kind: 'single' | 'multi';
  readonly options: readonly QuestionOption[];
  /** Present on settings: the value used until the user picks another one. */
  readonly defaultValue?: string | readonly string[];
}

/** A single option value, or a list of them for a `multi` question. */
export type AnswerValue = string | readonly string[];

/**
 * The whole questionnaire state: only what the user chose. Values that earlier answers settle
 * (e.g. `traffic=local` once the decision depends on the app) and setting defaults are not stored
 * — `toProfile` adds them; the current question is derived, never stored.
 */
export interface QuestionnaireState {
  readonly answers: PartialProfile;
}
