import { useWorkshopWords } from './use-workshop-words';
import { useEffect, useId, useMemo } from 'react';
import { useWords } from '@/app/language';
import { useWorkshop, workshopActions } from '@/app/workshop';
import { revealedAnswer } from '@/app/workshop-state';
import type { QuizKind } from '@/engine/quiz';
import { wordExclusion } from '@/i18n/word';
import { LAYERS, knownLayerId } from '@/knowledge/layers';
import type { Tier } from '@/knowledge/types';

const KINDS: readonly QuizKind[] = ['filter', 'callout'];

/**
 * A round of eight: the story, the learner's layer (from the list or a click on the diagram) and
 * filter or callout; nothing about the answer is in the page until the learner commits.
 */
export function Quiz() {
  const words = useWords();
  const t = useWorkshopWords();
  const quiz = useWorkshop((s) => s.quiz);
  const groupId = useId();
  const total = quiz.questions.length;
  const scenarioId = quiz.questions[quiz.index];
  const answer = quiz.answers[quiz.index];
  const right = quiz.answers.filter((a) => a.grade.correct).length;

  // The first time the quiz opens, draw a round.
  useEffect(() => {
    if (useWorkshop.getState().quiz.questions.length === 0) workshopActions.quizRestart();
  }, []);

  // Layers a learner can pick, grouped by tier, in stack order (internal layers are never the answer).
  const groups = useMemo(() => {
    const byTier = new Map<Tier, { id: string; name: string }[]>();
    for (const layer of [...LAYERS].sort((a, b) => a.stackOrder - b.stackOrder)) {
      if (layer.internal) continue;
      const list = byTier.get(layer.tier) ?? [];
      list.push({ id: layer.id, name: t.layerName(layer.id) });
      byTier.set(layer.tier, list);
    }
    return [...byTier];
  }, [t]);

  if (total === 0) return null;
  if (scenarioId === undefined) {
    return (
      <div className="quiz" data-testid="quiz" data-quiz-done="true">
        <p className="quiz__done" role="status">
          {t.quiz.done(right, total)}
        </p>
        <button
          type="button"
          className="workshop-primary"
          onClick={() => workshopActions.quizRestart()}
        >
          {t.quiz.again}
        </button>
      </div>
    );
  }

  const story = t.gallery.stories[scenarioId];
  const committed = answer !== undefined;
  // The verdict shows in the click's own frame; the explanation (and the diagram's answer) once
  // that frame has painted: until then the feedback is marked busy (issue 12).
  const explained = revealedAnswer(quiz) !== undefined;
  return (
    <div className="quiz" data-testid="quiz">
      <p className="workshop-intro">{t.quiz.intro}</p>
      <p className="quiz__progress">
        <span data-testid="quiz-question-number">{t.quiz.questionOf(quiz.index + 1, total)}</span>
        <span data-testid="quiz-score">{t.quiz.score(right, quiz.answers.length)}</span>
      </p>
      <blockquote className="quiz__story" data-testid="quiz-story">
        <p className="quiz__title">{story?.title}</p>
        <p>{story?.story}</p>
      </blockquote>
      <label className="quiz__field">
        <span>{t.quiz.layerLabel}</span>
        <select
          value={quiz.layerId ?? ''}
          disabled={committed}
          onChange={(e) => workshopActions.quizPickLayer(knownLayerId(e.target.value))}
          data-testid="quiz-layer"
        >
          <option value="">{t.quiz.choose}</option>
          {groups.map(([tier, layers]) => (
            <optgroup key={tier} label={t.compare.codes[tier] ?? tier}>
              {layers.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <fieldset className="quiz__kinds" disabled={committed}>
        <legend>{t.quiz.kindLabel}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="quiz__kind">
            <input
              type="radio"
              name={groupId}
              value={kind}
              checked={quiz.kind === kind}
              onChange={() => workshopActions.quizPickKind(kind)}
              data-quiz-kind={kind}
            />
            {t.quiz.kinds[kind]}
          </label>
        ))}
      </fieldset>
      {!committed && (
        <>
          <button
            type="button"
            className="workshop-primary"
            onClick={workshopActions.quizCommit}
            disabled={quiz.layerId === null || quiz.kind === null}
            data-testid="quiz-commit"
          >
            {t.quiz.commit}
          </button>
          {(quiz.layerId === null || quiz.kind === null) && (
            <p className="workshop-keys">{t.quiz.needPick}</p>
          )}
        </>
      )}
      {committed && (
        <div
          className={`quiz__feedback ${answer.grade.correct ? 'is-right' : 'is-wrong'}`}
          role="status"
          data-testid="quiz-feedback"
          data-correct={answer.grade.correct ? 'true' : 'false'}
          aria-busy={explained ? undefined : true}
          data-stale={explained ? undefined : 'quiz'}
        >
          <p className="quiz__verdict">{answer.grade.correct ? t.quiz.right : t.quiz.wrong}</p>
          {explained && (
            <>
              <p>{t.quiz.yourPick(t.layerName(answer.layerId), answer.kind)}</p>
              <p>
                {answer.grade.layer.code === 'primary'
                  ? t.quiz.layerRight
                  : answer.grade.layer.code === 'companion'
                    ? t.quiz.companion
                    : answer.grade.layer.code === 'lower-workable'
                      ? t.quiz.lowerWorkable
                      : t.quiz.excluded(wordExclusion(answer.grade.layer.exclusion, words).reason)}
              </p>
              {!answer.grade.kindRight && <p>{t.quiz.kindReasons[answer.grade.kind]}</p>}
              <p
                className="quiz__answer"
                data-testid="quiz-answer"
                data-answer-layer={answer.grade.answer.primary}
              >
                {t.quiz.answer(t.layerName(answer.grade.answer.primary), answer.grade.answer.kind)}
              </p>
              <div className="quiz__actions">
                {!answer.grade.layerRight && (
                  <button
                    type="button"
                    onClick={() =>
                      workshopActions.openCompare([answer.layerId, answer.grade.answer.primary])
                    }
                    data-testid="quiz-compare"
                  >
                    {t.quiz.compareWithAnswer}
                  </button>
                )}
                <button
                  type="button"
                  className="workshop-primary"
                  onClick={workshopActions.quizNext}
                  data-testid="quiz-next"
                >
                  {quiz.index + 1 < total ? t.quiz.next : t.quiz.finish}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
