import { useMemo } from 'react';
import { settingRelevance, type SettingKey } from '@/engine/setting-relevance';
import { settings, toProfile } from '@/questionnaire/machine';
import type { AnswerValue, QuestionId } from '@/questionnaire/types';
import { useAppStore } from '@/store/app-store';
import { selectQuestionnaire } from '@/store/selectors';
import { AnsweredItem } from './AnsweredItem';
import { useWords } from '@/app/language';

interface Props {
  /**
   * Sends a changed setting through the machine; returns why it was refused, or null. Keep it the
   * same function from one render to the next: the items are memoised on it.
   */
  readonly onChange: (id: QuestionId, value: AnswerValue) => string | null;
}

/**
 * The settings the machine never asks as a question (IPsec use, oldest Windows, design
 * constraints): always visible with the value in force — marked when it is the default — and
 * changeable at any time. Once the answers are complete, a setting no value of which changes the
 * result (the engine is asked, see `settingRelevance`) is greyed with why.
 */
export function SettingsList({ onChange }: Props) {
  const t = useWords();
  const questionnaire = useAppStore(selectQuestionnaire);
  const relevance = useMemo(() => {
    const profile = toProfile(questionnaire);
    return profile === null ? null : settingRelevance(profile);
  }, [questionnaire]);
  return (
    <section className="settings" aria-labelledby="settings-title" data-testid="settings">
      <h3 id="settings-title" className="section-title">
        {t.app.questionnaire.defaultedTitle}
      </h3>
      <p className="settings__intro">{t.app.questionnaire.defaultedIntro}</p>
      <ul className="answered-list">
        {settings(questionnaire).map(({ question, value, isDefault }) => (
          <AnsweredItem
            key={question.id}
            question={question}
            value={value}
            badge={isDefault ? 'default' : undefined}
            onChange={onChange}
            idleNote={
              relevance !== null && relevance[question.id as SettingKey] === false
                ? t.app.questionnaire.settingIdle
                : undefined
            }
          />
        ))}
      </ul>
    </section>
  );
}
