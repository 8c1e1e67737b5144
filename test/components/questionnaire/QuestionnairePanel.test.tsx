// @vitest-environment jsdom
import { en } from '@/i18n/en';
import { optionWords } from '@/i18n/question-words';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionnairePanel } from '@/components/questionnaire/QuestionnairePanel';
import { currentQuestion, isComplete } from '@/questionnaire/machine';
import { AppStoreContext, createAppStore, type AppStoreApi } from '@/store/app-store';

function renderPanel(store: AppStoreApi = createAppStore()) {
  const user = userEvent.setup();
  render(
    <AppStoreContext.Provider value={store}>
      <QuestionnairePanel />
    </AppStoreContext.Provider>,
  );
  return { store, user };
}

function current(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[data-current-question]');
  if (el === null) throw new Error('no current question shown');
  return el;
}

function choice(questionId: string, optionId: string): HTMLInputElement {
  const el = document.querySelector<HTMLInputElement>(
    `[data-question-id="${questionId}"][data-option-id="${optionId}"]`,
  );
  if (el === null) throw new Error(`no choice ${questionId}=${optionId}`);
  return el;
}

describe('QuestionnairePanel', () => {
  it('shows the current question with one labelled choice per option, carrying the DOM hooks', () => {
    const { store } = renderPanel();
    const question = currentQuestion(store.getState().questionnaire);
    if (question === null) throw new Error('the start state has a question');
    const words = en.questions[question.id];
    const group = within(current()).getByRole('group', { name: new RegExp(words.title) });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('data-option-id'))).toEqual(
      question.options.map((o) => o.value),
    );
    for (const radio of radios) expect(radio).toHaveAttribute('data-question-id', question.id);
    for (const option of question.options) {
      const { label, help } = optionWords(en.questions, question.id, option.value);
      expect(within(group).getByRole('radio', { name: new RegExp(label) })).toBeVisible();
      expect(within(group).getByText(help)).toBeVisible();
    }
  });

  it('clicking an option answers it: the next question appears and the answer is listed', async () => {
    const { store, user } = renderPanel();
    await user.click(choice('action', 'monitor'));
    expect(store.getState().questionnaire.answers.action).toBe('monitor');
    const next = currentQuestion(store.getState().questionnaire);
    expect(current()).toHaveAttribute('data-current-question', next?.id);
    const listed = document.querySelector('[data-answered-question="action"]');
    expect(listed).toHaveTextContent('Watch and record it');
  });

  it('a multiple-choice question takes ticked boxes and Continue, and asks for at least one', async () => {
    const { store, user } = renderPanel();
    await user.click(choice('action', 'monitor'));
    expect(current()).toHaveAttribute('data-current-question', 'basis');
    const boxes = within(current()).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(3);

    await user.click(within(current()).getByRole('button', { name: 'Continue' }));
    expect(within(current()).getByRole('alert')).toHaveTextContent(/at least one/i);
    expect(store.getState().questionnaire.answers.basis).toBeUndefined();

    await user.click(choice('basis', 'payload'));
    await user.click(within(current()).getByRole('button', { name: 'Continue' }));
    expect(store.getState().questionnaire.answers.basis).toEqual(['payload']);
  });

  it('from the keyboard, arrow keys only move the choice and Enter answers', async () => {
    const { store, user } = renderPanel();
    choice('action', 'allow-block').focus();
    await user.keyboard('{ArrowDown}');
    expect(store.getState().questionnaire.answers.action).toBeUndefined();
    expect(choice('action', 'monitor')).toBeChecked();
    await user.keyboard('{Enter}');
    expect(store.getState().questionnaire.answers.action).toBe('monitor');
    // Focus follows to the next question's first choice.
    expect(document.activeElement).toHaveAttribute('data-question-id', 'basis');
    expect(screen.getByTestId('announcer')).toHaveTextContent(/Question 2/);
  });

  it('Back clears the last answer and Start over clears them all', async () => {
    const { store, user } = renderPanel();
    expect(screen.getByRole('button', { name: /Back/ })).toBeDisabled();
    await user.click(choice('action', 'monitor'));
    await user.click(choice('basis', 'payload'));
    await user.click(within(current()).getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(store.getState().questionnaire.answers).toEqual({ action: 'monitor' });
    expect(current()).toHaveAttribute('data-current-question', 'basis');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(store.getState().questionnaire.answers).toEqual({});
    expect(current()).toHaveAttribute('data-current-question', 'action');
  });

  it('changing an earlier answer re-answers it through the machine', async () => {
    const store = createAppStore();
    store
      .getState()
      .loadFragment(
        '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules',
      );
    expect(isComplete(store.getState().questionnaire)).toBe(true);
    const { user } = renderPanel(store);
    expect(screen.getByTestId('questionnaire-complete')).toBeVisible();

    const item = document.querySelector<HTMLElement>('[data-answered-question="direction"]');
    if (item === null) throw new Error('direction is listed as answered');
    await user.click(within(item).getByRole('button', { name: /Change/ }));
    await user.click(choice('direction', 'inbound'));
    expect(store.getState().questionnaire.answers.direction).toBe('inbound');
    expect(
      document.querySelector('[data-answered-question="direction"] [data-answer-value]'),
    ).toHaveAttribute('data-answer-value', 'inbound');
  });

  it('shows the settings with their defaults and lets the user change one', async () => {
    const { store, user } = renderPanel();
    const settings = screen.getByTestId('settings');
    const ipsec = within(settings)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-answered-question') === 'ipsec');
    if (ipsec === undefined) throw new Error('the IPsec setting is listed');
    expect(ipsec).toHaveTextContent('default');
    await user.click(within(ipsec).getByRole('button', { name: /Change/ }));
    await user.click(choice('ipsec', 'in-use'));
    expect(store.getState().questionnaire.answers.ipsec).toBe('in-use');
    const updated = document.querySelector('[data-answered-question="ipsec"]');
    expect(updated).not.toHaveTextContent('default');
  });

  it('lists what earlier answers settle, without a way to change it directly', async () => {
    const { user } = renderPanel();
    await user.click(choice('action', 'allow-block'));
    await user.click(choice('basis', 'app'));
    await user.click(within(current()).getByRole('button', { name: 'Continue' }));
    const traffic = document.querySelector<HTMLElement>('[data-answered-question="traffic"]');
    expect(traffic).toHaveAttribute('data-badge', 'settled');
    expect(within(traffic as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('shows each problem of an opened link with the profile-error hook', () => {
    const store = createAppStore();
    store.getState().loadFragment('#v=1&action=monitor&colour=blue&protocol=sctp');
    renderPanel(store);
    const errors = screen.getAllByTestId('profile-error');
    expect(errors.map((e) => e.getAttribute('data-error-code'))).toEqual([
      'unknown-key',
      'bad-value',
    ]);
    expect(errors[0]).toHaveTextContent('colour');
    expect(errors[1]).toHaveTextContent('sctp');
    expect(screen.getByRole('alert')).toHaveTextContent(/rest of the link was loaded/);
    expect(screen.getByRole('alert')).toHaveTextContent(en.app.profileErrors.title);
  });

  it('says a link spelled otherwise was read in full, and not that part of it was lost', () => {
    const store = createAppStore();
    // Keys in another order: every answer is read; only a notice quotes the canonical link.
    store.getState().loadFragment('#v=1&basis=app&action=allow-block');
    renderPanel(store);
    const notices = screen.getAllByTestId('profile-error');
    expect(notices.map((e) => e.getAttribute('data-error-code'))).toEqual(['not-canonical']);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(en.app.profileErrors.readInFull.title);
    expect(alert).toHaveTextContent(en.app.profileErrors.readInFull.outcome);
    expect(alert).not.toHaveTextContent(en.app.profileErrors.title);
    expect(store.getState().questionnaire.answers).toMatchObject({
      action: 'allow-block',
      basis: ['app'],
    });
  });
});

describe('QuestionnairePanel: keyboard choice, grouped options and idle settings', () => {
  it('Enter on a focused, unticked radio chooses that option', async () => {
    const { store, user } = renderPanel();
    const radio = choice('action', 'monitor');
    radio.focus();
    expect(radio.checked).toBe(false);
    await user.keyboard('{Enter}');
    expect(store.getState().questionnaire.answers.action).toBe('monitor');
  });

  it('groups the basis choices under who / where / what headings, Continue and errors beside each other', async () => {
    const { user } = renderPanel();
    await user.click(choice('action', 'allow-block'));
    const form = current();
    expect(form).toHaveAttribute('data-current-question', 'basis');
    const groups = within(form).getAllByRole('group').slice(1);
    expect(groups.map((g) => g.getAttribute('aria-labelledby') !== null)).toEqual([
      true,
      true,
      true,
    ]);
    expect(within(groups[0]!).getByRole('checkbox', { name: /application/i })).toBeVisible();
    expect(form).toHaveTextContent('Who');
    expect(form).toHaveTextContent('Where');
    expect(form).toHaveTextContent('What');
    // Continue with nothing ticked: the error sits with Continue, in the sticky bar.
    await user.click(within(form).getByRole('button', { name: 'Continue' }));
    const actions = form.querySelector('.question__actions')!;
    expect(within(actions as HTMLElement).getByRole('alert')).toHaveTextContent(
      'Choose at least one option.',
    );
  });

  it('greys a setting that cannot change the result for the answers, saying why', () => {
    const store = createAppStore();
    store
      .getState()
      .loadFragment(
        '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules&ipsec=unknown&min-os=win10',
      );
    expect(isComplete(store.getState().questionnaire)).toBe(true);
    renderPanel(store);
    const fail = document.querySelector<HTMLElement>('[data-answered-question="fail"]')!;
    expect(fail).toHaveAttribute('data-idle', 'true');
    expect(fail).toHaveTextContent('Cannot change the result for your answers.');
    const os = document.querySelector<HTMLElement>('[data-answered-question="min-os"]')!;
    expect(os).not.toHaveAttribute('data-idle');
  });

  describe('when the last answer completes the design', () => {
    const ALL_BUT_DECIDER =
      '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app';
    let heading: HTMLElement | null = null;
    afterEach(() => heading?.remove());

    /** The result heading the panel hands focus to, and a store one answer short of complete. */
    function almostComplete() {
      heading = document.createElement('h2');
      heading.id = 'result-heading';
      heading.tabIndex = -1;
      document.body.append(heading);
      const store = createAppStore();
      store.getState().loadFragment(ALL_BUT_DECIDER);
      const rendered = renderPanel(store);
      expect(current()).toHaveAttribute('data-current-question', 'decider');
      const last = choice('decider', 'rules');
      /** Clicks the last answer with the pointer (the label sees the press first). */
      const answerLast = () => {
        fireEvent.pointerDown(last.closest('label')!);
        fireEvent.click(last);
      };
      return { ...rendered, heading, answerLast };
    }

    it('hands focus to the result heading (once the answer has painted) and says so', async () => {
      const { store, heading, answerLast } = almostComplete();
      answerLast();
      expect(isComplete(store.getState().questionnaire)).toBe(true);
      await vi.waitFor(() => expect(document.activeElement).toBe(heading));
      expect(screen.getByText(en.app.questionnaire.announceComplete)).toBeInTheDocument();
    });

    it('leaves focus alone when the answer is taken back before that paint', async () => {
      const { store, heading, answerLast } = almostComplete();
      answerLast();
      act(() => store.getState().back());
      expect(isComplete(store.getState().questionnaire)).toBe(false);
      // Long enough for the deferred move (a frame and a task) to have run.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(document.activeElement).not.toBe(heading);
    });
  });
});
