import { setThemeChoice, THEME_CHOICES, useThemeChoice, type ThemeChoice } from '@/app/theme';
import { appText } from '@/i18n/app';

/** Light / dark / follow the system, as a segmented radio group (arrow keys move the choice). */
export function ThemeToggle() {
  const choice = useThemeChoice();
  return (
    <fieldset className="segmented">
      <legend>{appText.theme.label}</legend>
      {THEME_CHOICES.map((option: ThemeChoice) => (
        <label key={option}>
          <input
            type="radio"
            name="theme"
            value={option}
            checked={choice === option}
            onChange={() => setThemeChoice(option)}
          />
          {appText.theme.choices[option]}
        </label>
      ))}
    </fieldset>
  );
}
