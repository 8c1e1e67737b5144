import { memo, useEffect, useRef, useState } from 'react';
import type { AnswerValue, Question, QuestionId } from '@/questionnaire/types';
import { answerLabels } from '@/i18n/question-words';
import { answerValues } from '@/questionnaire/machine';
import { QuestionForm } from './QuestionForm';
import { useWords } from '@/app/language';

interface Props {
  readonly question: Question;
  readonly value: AnswerValue;
  /** Marks the value: a setting's default, or settled by earlier answers (then not changeable). */
  readonly badge?: 'default' | 'settled';
  /**
   * Re-answers through the machine; returns why it was refused, or null when it was taken. One
   * function for every item (it is told which question), so it keeps its identity from one answer
   * to the next and an unchanged item does not re-render (issue 12).
   */
  readonly onChange?: (id: QuestionId, value: AnswerValue) => string | null;
  /** Greys the item with this note (a setting that cannot change the result for the answers). */
  readonly idleNote?: string;
}

/** The same answer: the same string, or a list with the same values in the same order. */
function sameValue(a: AnswerValue, b: AnswerValue): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return false;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * An answered question (or a setting): the answer in words, and a way to change it in place.
 * Memoised: an answer re-renders only the items whose question, value, badge or note changed (a
 * link's lists arrive as new arrays, compared by their values).
 */
export const AnsweredItem = memo(
  AnsweredItemView,
  (a, b) =>
    a.question === b.question &&
    sameValue(a.value, b.value) &&
    a.badge === b.badge &&
    a.onChange === b.onChange &&
    a.idleNote === b.idleNote,
);

function AnsweredItemView({ question, value, badge, onChange, idleNote }: Props) {
  const t = useWords();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const returnFocus = useRef(false);
  const words = useWords().questions;
  const labels = answerLabels(words, question.id, answerValues(value));
  const title = words[question.id].title;

  useEffect(() => {
    if (editing) {
      firstChoice.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      changeButton.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setProblem(null);
    setEditing(false);
  };

  return (
    <li
      className={`answered${editing ? ' answered--editing' : ''}${idleNote !== undefined ? ' answered--idle' : ''}`}
      data-answered-question={question.id}
      data-badge={badge}
      data-idle={idleNote !== undefined ? 'true' : undefined}
    >
      {editing && onChange !== undefined ? (
        <QuestionForm
          question={question}
          initialValue={value}
          submitLabel={t.app.questionnaire.save}
          choiceRef={firstChoice}
          problem={problem}
          onAnswer={(next) => {
            const refused = onChange(question.id, next);
            if (refused === null) close();
            else setProblem(refused);
          }}
          onCancel={close}
        />
      ) : (
        <>
          <div className="answered__text">
            <span className="answered__title">{title}</span>
            <span
              className="answered__value"
              data-answer-value={typeof value === 'string' ? value : value.join(',')}
            >
              {t.app.questionnaire.valueList(labels)}
              {badge !== undefined && (
                <span className={`badge badge--${badge}`}>{t.app.questionnaire.badges[badge]}</span>
              )}
            </span>
            {idleNote !== undefined && <span className="answered__note">{idleNote}</span>}
          </div>
          {onChange !== undefined && (
            <button
              ref={changeButton}
              type="button"
              className="button button--quiet answered__change"
              aria-label={t.app.questionnaire.changeLabel(title)}
              onClick={() => setEditing(true)}
            >
              {t.app.questionnaire.change}
            </button>
          )}
        </>
      )}
    </li>
  );
}
