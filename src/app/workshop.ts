/**
 * The workshop's actions that need its data (issue 11): stepping packet paths, loading gallery
 * scenarios, drawing and grading quiz rounds. Loaded with the first workshop mode; the state itself
 * is in ./workshop-state.ts. The WFP work is done by the pure core: the scenarios and paths are
 * knowledge, grading and comparison are engine functions.
 */
import { recommend } from '@/engine/recommend';
import { gradePick, isQuizzable, quizRound, type QuizKind } from '@/engine/quiz';
import { WORKSHOP_PATHS, type WorkshopPathId } from '@/knowledge/packet-paths';
import { WORKSHOP_SCENARIOS, getScenario } from '@/knowledge/scenarios';
import type { Profile } from '@/knowledge/vocabulary';
import type { Recommendation } from '@/engine/types';
import { decodeProfile } from '@/share/url';
import { afterNextPaint } from './first-look';
import { useWorkshop, workshopUi, type QuizState, type WorkshopState } from './workshop-state';

export { useWorkshop, type WorkshopPanel } from './workshop-state';

/** The recommendation for a scenario's link (a complete profile by construction, tested). */
export function scenarioRecommendation(id: string): Recommendation | null {
  const scenario = getScenario(id);
  if (scenario === undefined) return null;
  return recommend(decodeProfile(scenario.link).profile as Profile);
}

let quizScenarios_: readonly string[] | null = null;

/** Scenarios a quiz can ask: a WFP layer is the answer (worked out on first use). */
export function quizScenarios(): readonly string[] {
  quizScenarios_ ??= WORKSHOP_SCENARIOS.filter((s) => {
    const rec = scenarioRecommendation(s.id);
    return rec !== null && isQuizzable(rec);
  }).map((s) => s.id);
  return quizScenarios_;
}

function newQuiz(seed: number): QuizState {
  return {
    seed,
    questions: quizRound(quizScenarios(), seed),
    index: 0,
    layerId: null,
    kind: null,
    answers: [],
    revealed: 0,
  };
}

function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

const set = (patch: Partial<WorkshopState>) => useWorkshop.setState(patch);
const get = () => useWorkshop.getState();

function pathLength(id: WorkshopPathId): number {
  return WORKSHOP_PATHS.find((p) => p.id === id)?.steps.length ?? 0;
}

/** The workshop's events. */
export const workshopActions = {
  ...workshopUi,
  /** Opens a mode; the quiz draws its first round the first time. */
  open(panel: WorkshopState['panel'] & string): void {
    workshopUi.open(panel);
    if (panel === 'quiz' && get().quiz.questions.length === 0) set({ quiz: newQuiz(freshSeed()) });
  },
  pickPath(pathId: WorkshopPathId): void {
    set({ pathId, step: 0, playing: false });
  },
  stepBy(delta: number): void {
    const { pathId, step } = get();
    const last = pathLength(pathId) - 1;
    const next = Math.min(last, Math.max(0, step + delta));
    set({ step: next, playing: get().playing && next < last });
  },
  stepTo(step: number): void {
    const last = pathLength(get().pathId) - 1;
    set({ step: Math.min(last, Math.max(0, step)) });
  },
  play(on: boolean): void {
    const { pathId, step } = get();
    // Playing from the last step starts again from the first.
    if (on && step >= pathLength(pathId) - 1) set({ step: 0 });
    set({ playing: on });
  },
  loadScenario(id: string): void {
    const scenario = getScenario(id);
    if (scenario === undefined) return;
    set({ scenarioId: id });
    // The link goes into the address bar as a new history entry; url-sync loads it.
    if (window.location.hash !== scenario.link) window.location.hash = scenario.link;
  },
  quizPickKind(kind: QuizKind): void {
    const { quiz } = get();
    if (quiz.answers.length > quiz.index) return;
    set({ quiz: { ...quiz, kind } });
  },
  quizCommit(): void {
    const { quiz } = get();
    const scenarioId = quiz.questions[quiz.index];
    if (scenarioId === undefined || quiz.layerId === null || quiz.kind === null) return;
    if (quiz.answers.length > quiz.index) return;
    const rec = scenarioRecommendation(scenarioId);
    if (rec === null) return;
    const grade = gradePick({ layerId: quiz.layerId, kind: quiz.kind }, rec);
    const answers = [
      ...quiz.answers,
      { scenarioId, layerId: quiz.layerId, kind: quiz.kind, grade, recommendation: rec },
    ];
    set({ quiz: { ...quiz, answers } });
    // The verdict shows in the click's frame; the diagram's states and marks and the explanation
    // once it has painted (issue 12), unless the round changed meanwhile.
    afterNextPaint(() => {
      const now = get().quiz;
      if (now.questions === quiz.questions && now.answers === answers) {
        set({ quiz: { ...now, revealed: answers.length } });
      }
    });
  },
  quizNext(): void {
    const { quiz } = get();
    if (quiz.answers.length <= quiz.index) return;
    set({ quiz: { ...quiz, index: quiz.index + 1, layerId: null, kind: null } });
  },
  quizRestart(seed: number = freshSeed()): void {
    set({ quiz: newQuiz(seed) });
  },
};
