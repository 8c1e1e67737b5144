import { useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { groupOptions } from '@/questionnaire/option-groups';
import type { AnswerValue, Question, QuestionOption } from '@/questionnaire/types';
import { optionWords } from '@/i18n/question-words';
import { useWords } from '@/app/language';

interface Props {
  readonly question: Question;
  /** Pre-selected value: the current answer when changing one, the default of a setting. */
  readonly initialValue?: AnswerValue | undefined;
  /** Heading text above the title (e.g. "Question 3"). */
  readonly eyebrow?: string;
  readonly submitLabel: string;
  readonly onAnswer: (value: AnswerValue) => void;
  readonly onCancel?: () => void;
  /** Set on the first focusable choice (the checked one if any), so the panel can move focus here. */
  readonly choiceRef?: Ref<HTMLInputElement>;
  /** Why the machine did not accept the last answer (its own words), if it did not. */
  readonly problem?: string | null;
}

function asList(value: AnswerValue | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/**
 * One question as a fieldset: radio buttons for a single choice, checkboxes for a list. Every
 * choice is a native input carrying `data-question-id` / `data-option-id`, so keyboard, screen
 * readers and tests all use the same element.
 *
 * Single choice: a pointer click on an option answers at once; from the keyboard the arrow keys
 * only move the choice (as radio groups do) and Enter answers with the focused option (ticked or
 * not), so nobody answers by accident while arrowing through the options. Long lists are grouped
 * under visible headings; Continue and any error stay in view at the bottom of the panel.
 */
export function QuestionForm({
  question,
  initialValue,
  eyebrow,
  submitLabel,
  onAnswer,
  onCancel,
  choiceRef,
  problem = null,
}: Props) {
  const t = useWords();
  const words = t.questions;
  const baseId = useId();
  const [selected, setSelected] = useState<readonly string[]>(() => asList(initialValue));
  const [emptyTried, setEmptyTried] = useState(false);
  const pointerOn = useRef<string | null>(null);
  const isMulti = question.kind === 'multi';
  const titleId = `${baseId}-title`;
  const helpId = `${baseId}-help`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;

  const submit = (values: readonly string[] = selected) => {
    if (values.length === 0) {
      setEmptyTried(true);
      return;
    }
    onAnswer(isMulti ? values : (values[0] as string));
  };

  const toggle = (value: string, checked: boolean) => {
    setEmptyTried(false);
    setSelected((current) =>
      checked ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      // Enter on a radio chooses the option that has focus, whether or not it was ticked.
      if (!isMulti) {
        const value = event.currentTarget.value;
        setSelected([value]);
        submit([value]);
      } else submit();
    } else if (event.key === 'Escape' && onCancel !== undefined) {
      event.preventDefault();
      onCancel();
    }
  };

  // The checked option takes focus when the panel moves focus into the question; else the first.
  const focusTarget =
    question.options.find((option) => selected.includes(option.value))?.value ??
    question.options[0]?.value;
  const message =
    problem !== null ? problem : emptyTried ? t.app.questionnaire.chooseAtLeastOne : '';

  const byValue = new Map(question.options.map((o) => [o.value, o]));
  const groups = groupOptions(
    question.id,
    question.options.map((o) => o.value),
  );

  const renderOption = (value: string) => {
    const option = byValue.get(value) as QuestionOption;
    const optionText = optionWords(words, question.id, option.value);
    const inputId = `${baseId}-${option.value}`;
    const checked = selected.includes(option.value);
    return (
      <li key={option.value} className="option" role="presentation">
        <label
          className={`option__label${checked ? ' option__label--checked' : ''}`}
          htmlFor={inputId}
          onPointerDown={() => {
            pointerOn.current = option.value;
          }}
          onPointerLeave={() => {
            pointerOn.current = null;
          }}
        >
          <input
            id={inputId}
            ref={option.value === focusTarget ? choiceRef : undefined}
            className="option__input"
            type={isMulti ? 'checkbox' : 'radio'}
            name={`${baseId}-choice`}
            value={option.value}
            checked={checked}
            data-question-id={question.id}
            data-option-id={option.value}
            aria-labelledby={`${inputId}-name`}
            aria-describedby={`${inputId}-help`}
            onChange={(event) => {
              if (isMulti) toggle(option.value, event.currentTarget.checked);
              else setSelected([option.value]);
            }}
            onClick={() => {
              const byPointer = pointerOn.current === option.value;
              pointerOn.current = null;
              if (!isMulti && byPointer) submit([option.value]);
            }}
            onKeyDown={onKeyDown}
          />
          <span className="option__text">
            <span id={`${inputId}-name`} className="option__name">
              {optionText.label}
            </span>
            <span id={`${inputId}-help`} className="option__help">
              {optionText.help}
            </span>
          </span>
        </label>
      </li>
    );
  };

  return (
    <form
      className="question"
      data-question={question.id}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <fieldset
        className="question__fieldset"
        aria-describedby={`${helpId} ${hintId}${message !== '' ? ` ${errorId}` : ''}`}
      >
        <legend className="question__legend">
          {eyebrow !== undefined && <span className="question__eyebrow">{eyebrow}</span>}
          <span id={titleId} className="question__title">
            {words[question.id].title}
          </span>
        </legend>
        <p id={helpId} className="question__help">
          {words[question.id].help}
        </p>
        {groups.map((group) =>
          group.id === null ? (
            <ul key="all" className="options" role="presentation">
              {group.options.map(renderOption)}
            </ul>
          ) : (
            <div
              key={group.id}
              className="option-group"
              role="group"
              aria-labelledby={`${baseId}-g-${group.id}`}
            >
              <p id={`${baseId}-g-${group.id}`} className="option-group__title">
                {t.app.questionnaire.optionGroups[group.id] ?? group.id}
              </p>
              <ul className="options" role="presentation">
                {group.options.map(renderOption)}
              </ul>
            </div>
          ),
        )}
        <p id={hintId} className="question__hint">
          {isMulti ? t.app.questionnaire.multiHint : t.app.questionnaire.singleHint}
        </p>
      </fieldset>
      <div className="button-row question__actions">
        {message !== '' && (
          <p id={errorId} className="question__error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel}>
            {t.app.questionnaire.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
