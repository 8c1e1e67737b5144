import { useEffect, useRef, useState } from 'react';
import type { AnswerValue, Question } from '@/questionnaire/types';
import { answerLabels } from '@/i18n/question-words';
import { answerValues } from '@/questionnaire/machine';
import { QuestionForm } from './QuestionForm';
import { useWords } from '@/app/language';

interface Props {
  readonly question: Question;
  readonly value: AnswerValue;
  /** Marks the value: a setting's default, or settled by earlier answers (then not changeable). */
  readonly badge?: 'default' | 'settled';
  /** Re-answers through the machine; returns why it was refused, or null when it was taken. */
  readonly onChange?: (value: AnswerValue) => string | null;
  /** Greys the item with this note (a setting that cannot change the result for the answers). */
  readonly idleNote?: string;
}

/** An answered question (or a setting): the answer in words, and a way to change it in place. */
export function AnsweredItem({ question, value, badge, onChange, idleNote }: Props) {
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
            const refused = onChange(next);
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
