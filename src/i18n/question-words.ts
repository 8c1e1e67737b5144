/**
 * Looks up a question's words in any locale's `questions` section (`useWords().questions`): the
 * catalogue is keyed by question id and option value, and these read it for a question id known
 * only as a union, with the value itself for an option the question does not have. Pure.
 */
import type { QuestionId } from '@/questionnaire/types';
import type { OptionWords, QuestionsWords } from './en/questions';

/** An option's label and help, or the value itself (and no help) when the question lacks it. */
export function optionWords(words: QuestionsWords, id: QuestionId, value: string): OptionWords {
  const options: Readonly<Record<string, OptionWords | undefined>> = words[id].options;
  return options[value] ?? { label: value, help: '' };
}

/** An option's label, or the value itself when the question has no such option. */
export function optionLabel(words: QuestionsWords, id: QuestionId, value: string): string {
  return optionWords(words, id, value).label;
}

/** The labels of an answer's values, in the order given. */
export function answerLabels(
  words: QuestionsWords,
  id: QuestionId,
  values: readonly string[],
): readonly string[] {
  return values.map((v) => optionLabel(words, id, v));
}
