/**
 * The languages the page speaks and how each catalogue is reached. English is bundled (it is the
 * default and the fallback; its late sections load beside the parts that use them, english.ts); every other catalogue is a lazy chunk, loaded the first time it is
 * chosen. Pure: no React, no DOM.
 */
import type { Catalogue } from './en';
import { retryableImport } from '@/app/load-failure';
import { englishWords } from './english';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in its own words: the switch shows them so, whatever the page's language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ja: '日本語' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages the page speaks (`ja-JP` → `ja`), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

const loaders: Record<Language, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(englishWords),
  ja: retryableImport(
    () => import('./ja'),
    (module) => module.ja,
  ),
};

/** The catalogue of one language; the non-default ones load on first use. */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  return loaders[language]();
}
