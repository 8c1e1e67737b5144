/**
 * The workshop's UI state (issue 11): which mode is open, presentation, the packet path and its
 * step, the quiz round, the layers compared and the marks the diagram's nodes wear. A page-level
 * state like the language: it stays out of the app store and out of the share link (the link is
 * the design; loading a gallery scenario writes its link into the address bar, so Back returns to
 * what the user had). This module is small and loads with the page; the actions that need the
 * workshop's data (scenarios, paths, grading) live in ./workshop.ts, loaded with the first mode.
 */
import { create } from 'zustand';
import type { WorkshopNodeMark } from '@/components/diagram/workshop-context';
import type { QuizGrade, QuizKind } from '@/engine/quiz';
import type { Recommendation } from '@/engine/types';
import type { WorkshopPathId } from '@/knowledge/packet-paths';
import type { LayerId } from '@/knowledge/types';

export type WorkshopPanel = 'gallery' | 'paths' | 'quiz' | 'compare';

export interface QuizAnswer {
  readonly scenarioId: string;
  readonly layerId: LayerId;
  readonly kind: QuizKind;
  readonly grade: QuizGrade;
  /** The engine's result for the question (shown on the diagram once committed). */
  readonly recommendation: Recommendation;
}

export interface QuizState {
  readonly seed: number;
  readonly questions: readonly string[];
  /** Index of the question shown (questions.length when the round is over). */
  readonly index: number;
  readonly layerId: LayerId | null;
  readonly kind: QuizKind | null;
  /** The graded answers so far; the current question's once committed. */
  readonly answers: readonly QuizAnswer[];
  /**
   * How many answers the page shows in full: the diagram's states and marks and the explanation.
   * A committed answer's verdict shows in the click's own frame; the rest follows once that frame
   * has painted (issue 12: answer → paint within a frame), so this trails `answers` by one then.
   */
  readonly revealed: number;
}

/** The current question's answer once shown in full (see `QuizState.revealed`), else undefined. */
export function revealedAnswer(quiz: QuizState): QuizAnswer | undefined {
  return quiz.revealed > quiz.index ? quiz.answers[quiz.index] : undefined;
}

export interface WorkshopState {
  readonly panel: WorkshopPanel | null;
  readonly presenting: boolean;
  readonly pathId: WorkshopPathId;
  /** 0-based index of the current step of the path. */
  readonly step: number;
  readonly playing: boolean;
  readonly compare: readonly LayerId[];
  readonly quiz: QuizState;
  /** The gallery scenario last loaded (presentation steps through the gallery from it). */
  readonly scenarioId: string | null;
  /** The marks on the diagram's layer nodes (path steps, quiz pick and answer). */
  readonly marks: ReadonlyMap<LayerId, WorkshopNodeMark>;
}

const NO_MARKS: ReadonlyMap<LayerId, WorkshopNodeMark> = new Map();

export const useWorkshop = create<WorkshopState>(() => ({
  panel: null,
  presenting: false,
  pathId: 'tcp-connect',
  step: 0,
  playing: false,
  compare: ['ale-auth-connect', 'stream'],
  quiz: { seed: 0, questions: [], index: 0, layerId: null, kind: null, answers: [], revealed: 0 },
  scenarioId: null,
  marks: NO_MARKS,
}));

const set = (patch: Partial<WorkshopState>) => useWorkshop.setState(patch);

/** The events that need no workshop data. */
export const workshopUi = {
  open(panel: WorkshopPanel): void {
    set({ panel, playing: false });
  },
  close(): void {
    set({ panel: null, playing: false, presenting: false, marks: NO_MARKS });
  },
  present(on: boolean): void {
    set(on ? { presenting: true } : { presenting: false, playing: false });
  },
  setCompare(layers: readonly LayerId[]): void {
    set({ compare: layers });
  },
  openCompare(layers: readonly LayerId[]): void {
    set({ compare: layers, panel: 'compare', playing: false });
  },
  setMarks(marks: ReadonlyMap<LayerId, WorkshopNodeMark>): void {
    set({ marks: marks.size === 0 ? NO_MARKS : marks });
  },
  /** A diagram click while a quiz question is open: the learner's pick (final once committed). */
  quizPickLayer(layerId: LayerId | null): void {
    const { quiz } = useWorkshop.getState();
    if (quiz.answers.length > quiz.index) return;
    set({ quiz: { ...quiz, layerId } });
  },
};
