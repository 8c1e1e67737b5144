/**
 * Page preferences kept in localStorage beside the saved work (the language, the theme): read
 * without ever throwing. A stored value the page does not know is set aside (under `<key>:unreadable`,
 * never overwriting an earlier one) and noted as a storage problem, which the page reports once the
 * store exists (`preferenceProblems`). Storage that cannot be read at all is the persisted store's
 * `unavailable` problem, so it is not noted twice here.
 */
import { browserStorage, setAside } from './persist';
import type { StorageProblem } from './records-slice';

const noted: StorageProblem[] = [];

/** The problems found while reading preferences so far (each once). */
export function preferenceProblems(): readonly StorageProblem[] {
  return noted;
}

/**
 * The stored preference under `key` when it is valid; null when there is none, storage is
 * unavailable, or the value is not valid (then it is set aside and `problem` noted).
 */
export function readPreference<T extends string>(
  key: string,
  isValid: (value: string) => value is T,
  problem: StorageProblem,
  storage: Storage | null = browserStorage(),
): T | null {
  let stored: string | null;
  try {
    stored = storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (stored === null) return null;
  if (isValid(stored)) return stored;
  setAside(storage, stored, `${key}:unreadable`);
  if (!noted.includes(problem)) noted.push(problem);
  return null;
}
