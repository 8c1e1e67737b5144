import { useWorkshopWords } from './use-workshop-words';
import './workshop.css';
import { useEffect, useMemo } from 'react';
import { useWorkshop, workshopActions } from '@/app/workshop';
import type { WordedRecommendation } from '@/i18n/word';
import { WORKSHOP_PATHS, getWorkshopPath, pathSteps } from '@/knowledge/packet-paths';
import { WORKSHOP_SCENARIOS } from '@/knowledge/scenarios';
import { pathKeys } from './PacketPaths';
import { stepWords } from './step-words';

/** Loads the gallery scenario `delta` places from the one shown (wrapping round). */
function stepGallery(delta: number): void {
  const { scenarioId } = useWorkshop.getState();
  const n = WORKSHOP_SCENARIOS.length;
  const at = WORKSHOP_SCENARIOS.findIndex((s) => s.id === scenarioId);
  const next = at < 0 ? (delta > 0 ? 0 : n - 1) : (at + delta + n) % n;
  workshopActions.loadScenario(WORKSHOP_SCENARIOS[next]!.id);
}

/** Previous / next for what is presented: the path's steps, the quiz's questions, else the gallery. */
function move(delta: number): void {
  const { panel, quiz } = useWorkshop.getState();
  if (panel === 'paths') workshopActions.stepBy(delta);
  else if (panel === 'quiz') {
    if (delta > 0 && quiz.answers.length > quiz.index) workshopActions.quizNext();
  } else stepGallery(delta);
}

/**
 * Presentation mode: the page goes full screen where the browser allows it (else the layout fills
 * the viewport), the diagram takes the screen and this caption shows the current step, question or
 * verdict in large type. Arrow keys move on; Escape (or leaving full screen) ends it.
 */
export function Presentation({
  recommendation,
}: {
  readonly recommendation: WordedRecommendation | null;
}) {
  const t = useWorkshopWords();
  const panel = useWorkshop((s) => s.panel);
  const pathId = useWorkshop((s) => s.pathId);
  const index = useWorkshop((s) => s.step);
  const quiz = useWorkshop((s) => s.quiz);
  const scenarioId = useWorkshop((s) => s.scenarioId);

  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    if (document.fullscreenEnabled && typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().then(
        () => {
          entered = true;
        },
        () => {
          // Not allowed here (no user gesture, or a frame without permission): the overlay stays.
        },
      );
    }
    const onChange = () => {
      if (entered && document.fullscreenElement === null) workshopActions.present(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      // Browsers without the Fullscreen API (iPhone Safari) have neither: leave without a throw.
      if (document.fullscreenElement != null && typeof document.exitFullscreen === 'function') {
        void document.exitFullscreen().catch(() => {});
      }
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('select, input, textarea') != null) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        workshopActions.present(false);
        return;
      }
      if (useWorkshop.getState().panel === 'paths') {
        if (event.key === ' ' && target?.closest('button') != null) return;
        if (pathKeys(event)) event.preventDefault();
        return;
      }
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        move(event.key === 'ArrowRight' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const path = getWorkshopPath(pathId) ?? WORKSHOP_PATHS[0]!;
  const steps = useMemo(() => pathSteps(path), [path]);

  let kicker: readonly string[];
  let headline: string;
  let details: readonly { readonly label?: string; readonly text: string }[] = [];
  if (panel === 'paths') {
    const step = steps[Math.min(index, steps.length - 1)]!;
    const w = stepWords(t, step);
    kicker = [t.paths.titles[path.id], t.paths.stepOf(step.number, steps.length)];
    headline = w.layer;
    details = [
      { label: t.paths.unitLabel, text: w.unit },
      { label: t.paths.dataLabel, text: w.data },
      { label: t.paths.identityLabel, text: w.identity },
      ...(step.confidence === 'inferred' ? [{ text: w.confidence }] : []),
      ...(w.note !== undefined ? [{ text: w.note }] : []),
    ];
  } else if (panel === 'quiz') {
    const id = quiz.questions[quiz.index];
    const answer = quiz.answers[quiz.index];
    const right = quiz.answers.filter((a) => a.grade.correct).length;
    kicker = [
      t.quiz.questionOf(Math.min(quiz.index + 1, quiz.questions.length), quiz.questions.length),
      t.quiz.score(right, quiz.answers.length),
    ];
    if (id === undefined) {
      headline = t.quiz.done(right, quiz.questions.length);
    } else {
      headline = t.gallery.stories[id]?.title ?? id;
      details = [{ text: t.gallery.stories[id]?.story ?? '' }];
      if (answer !== undefined) {
        details = [
          ...details,
          { text: answer.grade.correct ? t.quiz.right : t.quiz.wrong },
          {
            text: t.quiz.answer(t.layerName(answer.grade.answer.primary), answer.grade.answer.kind),
          },
        ];
      }
    }
  } else {
    const at = WORKSHOP_SCENARIOS.findIndex((s) => s.id === scenarioId);
    const story = scenarioId === null ? undefined : t.gallery.stories[scenarioId];
    kicker = at >= 0 ? [t.present.scenarioOf(at + 1, WORKSHOP_SCENARIOS.length)] : [];
    headline =
      recommendation === null
        ? t.present.noResult
        : recommendation.primary === null
          ? t.present.noLayerVerdict(t.verdicts[recommendation.verdict])
          : t.present.verdictLine(
              t.layerName(recommendation.primary),
              t.verdicts[recommendation.verdict],
            );
    details = story === undefined ? [] : [{ text: story.title }, { text: story.story }];
  }

  return (
    <section className="present" aria-label={t.present.title} data-testid="presentation">
      <h1 className="visually-hidden">{t.present.title}</h1>
      <div className="present__text" aria-live="polite">
        {kicker.length > 0 && (
          <p className="present__kicker">
            {kicker.map((part) => (
              <span key={part}>{part}</span>
            ))}
          </p>
        )}
        <p className="present__headline" data-testid="present-headline">
          {headline}
        </p>
        {details.map((line, i) => (
          <p key={i} className="present__detail">
            {line.label !== undefined && <span className="present__label">{line.label}</span>}
            {line.text}
          </p>
        ))}
      </div>
      <div className="present__controls">
        <button type="button" onClick={() => move(-1)} aria-label={t.paths.previous}>
          ←
        </button>
        <button type="button" onClick={() => move(1)} aria-label={t.paths.next}>
          →
        </button>
        <button type="button" onClick={() => workshopActions.present(false)}>
          {t.present.leave}
        </button>
        <p className="present__keys">{t.present.keys}</p>
      </div>
    </section>
  );
}
