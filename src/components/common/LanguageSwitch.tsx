import { setLanguage, useLanguageNow, useWords } from '@/app/language';
import { LANGUAGES, LANGUAGE_NAMES } from '@/i18n/languages';

/**
 * English / 日本語 as a two-button segmented control (aria-pressed). Each button names its
 * language in that language (and says so with `lang`), so a reader who cannot read the page can
 * still find their own. The choice is remembered; the share link does not change.
 */
export function LanguageSwitch() {
  const t = useWords();
  const shown = useLanguageNow();
  return (
    <div className="segmented language-switch" role="group" aria-label={t.app.language.label}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="segmented__button"
          lang={language}
          data-lang={language}
          aria-pressed={shown === language}
          onClick={() => void setLanguage(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
