import { useCallback, useEffect, useRef, useState } from 'react';
import { useWords } from '@/app/language';
import {
  answeredQuestions,
  answerIssue,
  currentQuestion,
  settledQuestions,
} from '@/questionnaire/machine';
import { FLOW } from '@/questionnaire/questions';
import type { AnswerValue, QuestionId } from '@/questionnaire/types';
import { ProfileErrors } from '@/components/common/ProfileErrors';
import { afterNextPaint } from '@/app/first-look';
import { focusResultHeading } from '@/components/common/focus-targets';
import { useAppStore, useAppStoreApi } from '@/store/app-store';
import { selectAnswer, selectBack, selectQuestionnaire, selectReset } from '@/store/selectors';
import { AnsweredItem } from './AnsweredItem';
import { QuestionForm } from './QuestionForm';
import { SettingsList } from './SettingsList';

/**
 * Scrolls the panel so the new question's title is at its top: the answers above stay one scroll
 * away, and the options are in view for a mouse user as well as for the keyboard focus.
 */
function revealQuestion(box: HTMLElement | null): void {
  const panel = box?.closest<HTMLElement>('.panel');
  if (box == null || panel == null || panel.scrollHeight <= panel.clientHeight) {
    box?.scrollIntoView?.({ block: 'nearest' });
    return;
  }
  const offset = box.getBoundingClientRect().top - panel.getBoundingClientRect().top;
  panel.scrollTop += offset - 12;
}

/**
 * The questionnaire: what is answered (each answer changeable in place) and what those answers
 * settle, the current question, Back / Start over, and the settings that have defaults.
 * Everything it shows comes from the machine; every change is a store event the machine applies.
 */
export function QuestionnairePanel() {
  const t = useWords();
  const store = useAppStoreApi();
  const questionnaire = useAppStore(selectQuestionnaire);
  const answer = useAppStore(selectAnswer);
  const back = useAppStore(selectBack);
  const reset = useAppStore(selectReset);
  const [problem, setProblem] = useState<string | null>(null);
  const announcer = useRef<HTMLParagraphElement>(null);
  const choiceRef = useRef<HTMLInputElement>(null);
  const currentBox = useRef<HTMLDivElement>(null);

  const answered = answeredQuestions(questionnaire);
  const settled = settledQuestions(questionnaire);
  const shown = [
    ...answered.map((a) => ({ ...a, settled: false })),
    ...settled.map((a) => ({ ...a, settled: true })),
  ].sort((a, b) => FLOW.indexOf(a.question.id) - FLOW.indexOf(b.question.id));
  const current = currentQuestion(questionnaire);
  const number = answered.length + 1;

  /**
   * Sends an answer; returns the machine's reason when it refuses it, else null. The same function
   * from one answer to the next (the answered items are memoised on it, issue 12).
   */
  const issueWords = t.answers;
  const send = useCallback(
    (id: QuestionId, value: AnswerValue): string | null => {
      const refused = answerIssue(store.getState().questionnaire, id, value);
      if (refused !== null) return issueWords.issue(refused.message);
      answer(id, value);
      return null;
    },
    [store, answer, issueWords],
  );

  // Move focus along with the questionnaire: to the next question's choices, or to the result
  // once complete, and say so in the live region (written directly: React renders it empty).
  // Not on first render: opening the page must not steal focus.
  const currentId = current?.id ?? null;
  const lastId = useRef<QuestionId | null | undefined>(undefined);
  // A change of language changes `words` but not the question: nothing is announced then.
  const words = t.app.questionnaire;
  const questionWords = t.questions;
  useEffect(() => {
    const previous = lastId.current;
    lastId.current = currentId;
    if (previous === undefined || previous === currentId) return;
    const say = (text: string) => {
      if (announcer.current !== null) announcer.current.textContent = text;
    };
    if (current === null) {
      say(words.announceComplete);
      // After the result has painted: focusing (and scrolling to) the heading reads the layout,
      // which in the answer's own task forces a second layout before the frame (issue 12).
      // Not if the design was reopened meanwhile (an answer taken back before that paint).
      afterNextPaint(() => {
        if (lastId.current === null) focusResultHeading();
      });
    } else {
      say(words.announceQuestion(number, questionWords[current.id].title));
      revealQuestion(currentBox.current);
      choiceRef.current?.focus({ preventScroll: true });
    }
  }, [currentId, current, number, words, questionWords]);

  return (
    <div className="questionnaire">
      <div className="panel-head">
        <h2 className="panel-title">{t.app.questionnaire.title}</h2>
        <p className="status-text" data-testid="progress">
          {t.app.questionnaire.progress(answered.length)}
        </p>
      </div>
      <ProfileErrors />
      {answered.length === 0 && <p className="questionnaire__intro">{t.app.questionnaire.intro}</p>}

      {shown.length > 0 && (
        <section aria-labelledby="answered-title" className="answered-section">
          <h3 id="answered-title" className="section-title">
            {t.app.questionnaire.answeredTitle}
          </h3>
          <ol className="answered-list">
            {shown.map(({ question, value, settled: isSettled }) => (
              <AnsweredItem
                key={question.id}
                question={question}
                value={value}
                badge={isSettled ? 'settled' : undefined}
                onChange={isSettled ? undefined : send}
              />
            ))}
          </ol>
        </section>
      )}

      {current !== null ? (
        <div ref={currentBox} className="questionnaire__current" data-current-question={current.id}>
          <QuestionForm
            key={current.id}
            question={current}
            initialValue={current.defaultValue}
            eyebrow={t.app.questionnaire.questionNumber(number)}
            submitLabel={t.app.questionnaire.continue}
            choiceRef={choiceRef}
            problem={problem}
            onAnswer={(value) => setProblem(send(current.id, value))}
          />
        </div>
      ) : (
        <div className="questionnaire__complete" data-testid="questionnaire-complete">
          <p className="questionnaire__complete-title">
            <span aria-hidden="true">✓ </span>
            {t.app.questionnaire.completeTitle}
          </p>
          <p>{t.app.questionnaire.completeText}</p>
        </div>
      )}

      <div className="button-row questionnaire__nav">
        <button
          type="button"
          className="button"
          onClick={() => {
            setProblem(null);
            back();
          }}
          disabled={answered.length === 0}
        >
          <span aria-hidden="true">← </span>
          {t.app.questionnaire.back}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setProblem(null);
            reset();
          }}
          disabled={Object.keys(questionnaire.answers).length === 0}
        >
          {t.app.questionnaire.startOver}
        </button>
      </div>

      <SettingsList onChange={send} />

      <p ref={announcer} className="visually-hidden" aria-live="polite" data-testid="announcer" />
    </div>
  );
}
