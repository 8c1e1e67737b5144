/**
 * The language the page is shown in: a page preference like the theme, so it stays out of the app
 * store and out of the share link (a link is a design, not a UI preference). Remembered in
 * localStorage (guarded: storage may be unavailable), defaulting to the browser's language; the
 * document's `lang` follows the language shown. A tiny external store read through
 * useSyncExternalStore; the catalogue of a non-default language is loaded before it is shown, so
 * the page never mixes two languages.
 */
import {
  createContext,
  createElement,
  useContext,
  useLayoutEffect,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
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
import { useAfterPaint } from '@/components/common/use-after-paint';

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

/** How many page providers are mounted: they apply the language to the document themselves. */
let providers = 0;

function show(next: Shown): void {
  shown = next;
  if (providers === 0) applyToDocument(next);
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

/**
 * The language as the page's provider passes it down: `now` changes in the toggle's own render,
 * `settled` follows once that frame has painted (issue 12). Without a provider
 * (a part rendered on its own) both read the store directly.
 */
const NowContext = createContext<Shown | null>(null);
const SettledContext = createContext<Shown | null>(null);
const noSubscription = () => () => {};

function useShownFrom(provided: Shown | null): Shown {
  // One hook call either way: under a provider the store is not subscribed to here, so a toggle
  // re-renders only the provider's readers of that context.
  return useSyncExternalStore(
    provided === null ? subscribe : noSubscription,
    provided === null ? getShown : () => provided,
    provided === null ? getShown : () => provided,
  );
}

/**
 * Gives the page its language in two steps (issue 12: a toggle paints within a frame): the
 * diagram's words (`useWordsNow`) change in the toggle's render; every other part (`useWords`)
 * changes in a render started after that frame has painted. While the rest is still in the
 * other language, `<html>` carries `data-stale` (the page dims the parts not yet changed).
 */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const now = useSyncExternalStore(subscribe, getShown, getShown);
  const settled = useAfterPaint(now);
  const stale = settled !== now;
  useLayoutEffect(() => {
    providers += 1;
    return () => {
      providers -= 1;
      // Unmounted before the page followed a change: the document shows the language chosen.
      document.documentElement.removeAttribute('data-stale');
      if (providers === 0) applyToDocument(shown);
    };
  }, []);
  // `<html lang>` (and the title) change with the rest of the page: a new `lang` on the root
  // restyles and re-lays out every text (font fallback), which the toggle's frame must not wait for.
  useLayoutEffect(() => applyToDocument(settled), [settled]);
  useLayoutEffect(() => {
    if (stale) document.documentElement.setAttribute('data-stale', 'language');
    else document.documentElement.removeAttribute('data-stale');
  }, [stale]);
  return createElement(
    NowContext.Provider,
    { value: now },
    createElement(SettledContext.Provider, { value: settled }, children),
  );
}

/** The catalogue of the language shown: the one way components reach words. */
export function useWords(): Catalogue {
  return useShownFrom(useContext(SettledContext)).catalogue;
}

/** The language shown. */
export function useLanguage(): Language {
  return useShownFrom(useContext(SettledContext)).language;
}

/**
 * The catalogue of the language just chosen, for the diagram (the highlight that must move
 * within the toggle's frame); the rest of the page reads `useWords`, which follows after it.
 */
export function useWordsNow(): Catalogue {
  return useShownFrom(useContext(NowContext)).catalogue;
}

/** The language just chosen (the switch's own pressed state). */
export function useLanguageNow(): Language {
  return useShownFrom(useContext(NowContext)).language;
}
