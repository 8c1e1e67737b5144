import { setThemeChoice, THEME_CHOICES, useThemeChoice, type ThemeChoice } from '@/app/theme';
import { useWords } from '@/app/language';

/** Light / dark / follow the system, as a segmented radio group (arrow keys move the choice). */
export function ThemeToggle() {
  const t = useWords();
  const choice = useThemeChoice();
  return (
    <fieldset className="segmented">
      <legend>{t.app.theme.label}</legend>
      {THEME_CHOICES.map((option: ThemeChoice) => (
        <label key={option}>
          <input
            type="radio"
            name="theme"
            value={option}
            checked={choice === option}
            onChange={() => setThemeChoice(option)}
          />
          {t.app.theme.choices[option]}
        </label>
      ))}
    </fieldset>
  );
}
