/**
 * Types of the questionnaire (DESIGN §4, STYLE §2.2 rules 7–9). Pure types.
 */
import type { PartialProfile, ProfileKey } from '@/knowledge/vocabulary';

/** Every question fills exactly one public profile key, so the key is the question's id. */
export type QuestionId = ProfileKey;

/** One choice of a question. `value` is the public vocabulary value it writes into the profile. */
export interface QuestionOption {
  readonly value: string;
  /** Short label in plain words. */
  readonly label: string;
  /** One line for a newcomer, with an example ("e.g. a firewall that blocks an app"). */
  readonly help: string;
}

/**
 * A question as the UI shows it. `currentQuestion` and `answeredQuestions` return it with only
 * the options that earlier answers leave open; `getQuestion` returns it with every option.
 */
export interface Question {
  readonly id: QuestionId;
  readonly title: string;
  readonly help: string;
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
