/**
 * Light / dark / system theme. The choice persists in localStorage (when the browser allows it;
 * private modes and locked-down policies may throw, so every access is guarded) and the resolved
 * theme is written to `<html data-theme>`, which src/styles/tokens.css keys on. A tiny external
 * store, read in React through useSyncExternalStore: the theme is a page preference, not part of
 * the requirement profile, so it stays out of the app store and out of the share link.
 */
import { useSyncExternalStore } from 'react';
import { readPreference } from '@/store/preference-storage';

export type ThemeChoice = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
export const THEME_STORAGE_KEY = 'wfp-layer-chooser.theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'system';
}

/** The remembered choice; a value the page does not know is set aside and reported. */
function readStoredChoice(): ThemeChoice {
  return readPreference(THEME_STORAGE_KEY, isThemeChoice, 'bad-theme') ?? 'system';
}

function writeStoredChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage unavailable: the choice still applies for this page view.
  }
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): ResolvedTheme {
  if (choice === 'system') return prefersDark ? 'dark' : 'light';
  return choice;
}

let current: ThemeChoice = 'system';
const listeners = new Set<() => void>();

function apply(): void {
  const root = document.documentElement;
  root.dataset.theme = resolveTheme(current, systemPrefersDark());
  root.dataset.themeChoice = current;
}

/** Reads the stored choice, applies it, and follows the system while the choice is 'system'. */
export function initTheme(): () => void {
  current = readStoredChoice();
  apply();
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(DARK_QUERY);
  const onSystemChange = () => {
    apply();
    listeners.forEach((listener) => listener());
  };
  media.addEventListener('change', onSystemChange);
  return () => media.removeEventListener('change', onSystemChange);
}

export function setThemeChoice(choice: ThemeChoice): void {
  current = choice;
  writeStoredChoice(choice);
  apply();
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}
