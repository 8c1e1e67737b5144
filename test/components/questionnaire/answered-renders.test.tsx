// @vitest-environment jsdom
/**
 * Answer → paint within a frame (issue 12): an answer re-renders only what it changed. The
 * answered items (and the settings) are memoised on stable props, so answering the current
 * question, or re-answering one, does not re-render the other answered items. Renders are counted
 * through the one call each item makes per render (its answer in words, `answerLabels`).
 */
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuestionnairePanel } from '@/components/questionnaire/QuestionnairePanel';
import { answeredQuestions, currentQuestion } from '@/questionnaire/machine';
import { AppStoreContext, createAppStore, type AppStoreApi } from '@/store/app-store';

const rendered = vi.hoisted(() => new Map<string, number>());
vi.mock('@/i18n/question-words', async (load) => {
  const real = await load<typeof import('@/i18n/question-words')>();
  return {
    ...real,
    answerLabels: (...args: Parameters<typeof real.answerLabels>) => {
      rendered.set(args[1], (rendered.get(args[1]) ?? 0) + 1);
      return real.answerLabels(...args);
    },
  };
});

function renderPanel(store: AppStoreApi) {
  render(
    <AppStoreContext.Provider value={store}>
      <QuestionnairePanel />
    </AppStoreContext.Provider>,
  );
}

/** Answers the current question with its first option (ticked alone for a list). */
function answerCurrent(store: AppStoreApi): string {
  const question = currentQuestion(store.getState().questionnaire);
  if (question === null) throw new Error('complete already');
  const first = question.options[0]!.value;
  act(() => store.getState().answer(question.id, question.kind === 'multi' ? [first] : first));
  return question.id;
}

describe('answered items re-render only when their own answer changes', () => {
  let store: AppStoreApi;
  beforeEach(() => {
    store = createAppStore();
    renderPanel(store);
    for (let i = 0; i < 3; i++) answerCurrent(store);
    expect(answeredQuestions(store.getState().questionnaire).length).toBeGreaterThanOrEqual(3);
    rendered.clear();
  });
  afterEach(() => rendered.clear());

  it('answering the current question (a click) renders its new item and no other', async () => {
    const before = answeredQuestions(store.getState().questionnaire).map((a) => a.question.id);
    const question = currentQuestion(store.getState().questionnaire)!;
    expect(question.kind).toBe('single');
    const option = document.querySelector<HTMLInputElement>(
      `[data-current-question] [data-option-id="${question.options[0]!.value}"]`,
    )!;
    await userEvent.setup().click(option);
    expect(store.getState().questionnaire.answers[question.id]).toBe(question.options[0]!.value);
    expect(rendered.get(question.id)).toBeGreaterThanOrEqual(1);
    for (const id of before) expect(rendered.get(id) ?? 0, id).toBe(0);
    // The settings list did not re-render its items either (their values did not change).
    const settings = [
      ...document.querySelectorAll('[data-testid="settings"] [data-answered-question]'),
    ];
    expect(settings.length).toBeGreaterThan(0);
    for (const el of settings) {
      const id = el.getAttribute('data-answered-question')!;
      expect(rendered.get(id) ?? 0, id).toBe(0);
    }
  });

  it('re-answering an earlier question renders that item, not the ones before it', () => {
    const [first, second] = answeredQuestions(store.getState().questionnaire);
    const had = typeof second!.value === 'string' ? [second!.value] : second!.value;
    const other = second!.question.options.find((o) => !had.includes(o.value))!.value;
    act(() =>
      store
        .getState()
        .answer(second!.question.id, second!.question.kind === 'multi' ? [other] : other),
    );
    expect(answeredQuestions(store.getState().questionnaire)[1]!.value).not.toEqual(second!.value);
    expect(rendered.get(second!.question.id)).toBeGreaterThanOrEqual(1);
    expect(rendered.get(first!.question.id) ?? 0).toBe(0);
  });

  it('a link that brings the same answers as new lists re-renders no item', () => {
    const answers = store.getState().questionnaire.answers;
    const copied = Object.fromEntries(
      Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
    );
    expect(Object.values(copied).some(Array.isArray)).toBe(true);
    act(() =>
      store.setState({ questionnaire: { ...store.getState().questionnaire, answers: copied } }),
    );
    expect([...rendered.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });
});
