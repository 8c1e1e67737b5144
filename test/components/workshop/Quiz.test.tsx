// @vitest-environment jsdom
/**
 * Answer → paint within a frame (issue 12) in the quiz: a committed answer's verdict shows in the
 * click's own render; the explanation, the diagram's answer and its marks follow once that frame
 * has painted, and until then the feedback is marked busy and stale (never a half answer shown as
 * final). The frame is held here: `requestAnimationFrame` callbacks run only when the test says.
 */
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, createElement, type ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '@/app/language';
import { scenarioRecommendation, useWorkshop, workshopActions } from '@/app/workshop';
import { Quiz } from '@/components/workshop/Quiz';
import { useDiagramRecommendation } from '@/components/workshop/diagram-hooks';
import { workshopWords as en } from '@/i18n/en/workshop-words';
import { loadLateWords } from '@/i18n/english';

let frames: FrameRequestCallback[] = [];
/** Paints the frame being drawn: its animation-frame callbacks, then the tasks they queued. */
async function paint() {
  const due = frames;
  frames = [];
  await act(async () => {
    for (const callback of due) callback(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

const wrap = ({ children }: { children: ReactNode }) =>
  createElement(LanguageProvider, null, createElement(Suspense, { fallback: null }, children));

// The page loads these with the first workshop mode.
beforeAll(async () => {
  await loadLateWords();
  await import('@/i18n/en/workshop-words');
});

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  act(() => {
    workshopActions.open('quiz');
    workshopActions.quizRestart(7);
  });
});
afterEach(() => {
  act(() => workshopActions.close());
  vi.unstubAllGlobals();
});

/** The current question's answer (from the engine), and a layer that is not it. */
function currentAnswer() {
  const { quiz } = useWorkshop.getState();
  const rec = scenarioRecommendation(quiz.questions[quiz.index]!)!;
  const primary = rec.primary!;
  return { primary, wrong: primary === 'stream' ? 'outbound-ippacket' : 'stream' };
}

describe('quiz answer → paint', () => {
  it('shows the verdict at once; the explanation follows after the frame, marked stale until then', async () => {
    const user = userEvent.setup();
    // The workshop's words load (suspending the quiz) with its module, imported ahead here.
    await act(async () => {
      render(createElement(Quiz), { wrapper: wrap });
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.getByTestId('quiz-commit')).toBeInTheDocument();
    const { primary, wrong } = currentAnswer();
    await user.selectOptions(screen.getByTestId('quiz-layer'), wrong);
    await user.click(document.querySelector('[data-quiz-kind="filter"]')!);
    await user.click(screen.getByTestId('quiz-commit'));

    // The click's own render: the verdict, and nothing of the explanation yet.
    const feedback = screen.getByTestId('quiz-feedback');
    expect(feedback).toHaveAttribute('data-correct', 'false');
    expect(feedback).toHaveTextContent(en.quiz.wrong);
    expect(feedback).toHaveAttribute('data-stale', 'quiz');
    expect(feedback).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByTestId('quiz-answer')).toBeNull();
    expect(screen.queryByTestId('quiz-next')).toBeNull();

    await paint();
    await waitFor(() => expect(feedback).not.toHaveAttribute('data-stale'));
    expect(feedback).not.toHaveAttribute('aria-busy');
    expect(screen.getByTestId('quiz-answer')).toHaveAttribute('data-answer-layer', primary);
    expect(screen.getByTestId('quiz-next')).toBeInTheDocument();
    expect(screen.getByTestId('quiz-compare')).toBeInTheDocument();
  });

  it("the diagram shows the question's answer only once the verdict's frame has painted", async () => {
    const { result } = renderHook(() => useDiagramRecommendation(null), { wrapper: wrap });
    const { primary } = currentAnswer();
    act(() => {
      workshopActions.quizPickLayer(primary);
      workshopActions.quizPickKind('filter');
    });
    expect(result.current).toBeNull();
    act(() => workshopActions.quizCommit());
    expect(useWorkshop.getState().quiz.answers).toHaveLength(1);
    expect(result.current).toBeNull();
    await paint();
    await waitFor(() => expect(result.current?.primary).toBe(primary));
    // The next question: the diagram drops the answer in the same render.
    act(() => workshopActions.quizNext());
    expect(result.current).toBeNull();
  });

  it('an answer whose round was restarted before the frame painted is never shown', async () => {
    const { primary } = currentAnswer();
    act(() => {
      workshopActions.quizPickLayer(primary);
      workshopActions.quizPickKind('filter');
      workshopActions.quizCommit();
      workshopActions.quizRestart(8);
    });
    await paint();
    const { quiz } = useWorkshop.getState();
    expect(quiz.answers).toHaveLength(0);
    expect(quiz.revealed).toBe(0);
  });
});
