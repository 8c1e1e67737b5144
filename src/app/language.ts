/**
 * The language the page is shown in: a page preference like the theme, so it stays out of the app
 * store and out of the share link (a link is a design, not a UI preference). Remembered in
 * localStorage (guarded: storage may be unavailable), defaulting to the browser's language; the
 * document's `lang` follows the language shown. A tiny external store read through
 * useSyncExternalStore; the catalogue of a non-default language is loaded before it is shown, so
 * the page never mixes two languages.
 */
import { useSyncExternalStore } from 'react';
import type { Catalogue } from '@/i18n/en';
import { englishWords } from '@/i18n/english';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  loadCatalogue,
  pickLanguage,
  type Language,
} from '@/i18n/languages';
import { readPreference } from '@/store/preference-storage';

export const LANGUAGE_STORAGE_KEY = 'wfp-layer-chooser.lang';

interface Shown {
  readonly language: Language;
  readonly catalogue: Catalogue;
}

let shown: Shown = { language: DEFAULT_LANGUAGE, catalogue: englishWords };
const listeners = new Set<() => void>();

/** The remembered language; a value the page does not know is set aside and reported. */
function readStored(): Language | null {
  return readPreference(
    LANGUAGE_STORAGE_KEY,
    (value): value is Language => isLanguage(value),
    'bad-language',
  );
}

function writeStored(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage unavailable: the language still applies for this page view.
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The document follows the language shown: `<html lang>`, the title and the meta description. */
function applyToDocument({ language, catalogue }: Shown): void {
  document.documentElement.lang = language;
  document.title = catalogue.app.documentTitle;
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', catalogue.app.metaDescription);
}

function show(next: Shown): void {
  shown = next;
  applyToDocument(next);
  listeners.forEach((listener) => listener());
}

/** The remembered language, else the browser's; resolves once its catalogue is loaded. */
export async function initLanguage(): Promise<void> {
  const language = readStored() ?? pickLanguage(browserLanguages());
  applyToDocument(shown);
  if (language === shown.language) return;
  try {
    show({ language, catalogue: await loadCatalogue(language) });
  } catch {
    // The chunk could not load (offline before the first visit cached it): stay in English.
  }
}

/** Switches the page's language (after its catalogue has loaded) and remembers the choice. */
export async function setLanguage(language: Language): Promise<void> {
  writeStored(language);
  if (language === shown.language) return;
  show({ language, catalogue: await loadCatalogue(language) });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getShown = () => shown;

/**
 * The catalogue shown right now, for code that renders outside React's tree or outside a
 * component (an error boundary's fallback, the print view): components use `useWords`.
 */
export function currentWords(): Catalogue {
  return shown.catalogue;
}

function useShown(): Shown {
  return useSyncExternalStore(subscribe, getShown, getShown);
}

/** The catalogue of the language shown: the one way components reach words. */
export function useWords(): Catalogue {
  return useShown().catalogue;
}

/** The language shown. */
export function useLanguage(): Language {
  return useShown().language;
}
