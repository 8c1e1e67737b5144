/**
 * What an early English word that lives in the late chunk does when it is read before that chunk
 * has loaded (issue 12): src/i18n/english.ts registers the page's answer (suspend the rendering
 * part until the late words load, or rethrow the last load failure). `en` (en/index.ts) imports
 * the late words itself, so the command line and the tests never get here. Pure.
 */
let missing: (() => never) | null = null;

/** Registers what reading a late word too early does (src/i18n/english.ts). */
export function onLateWordMissing(handler: () => never): void {
  missing = handler;
}

/** Called by a late word read before the late words have loaded. */
export function lateWordMissing(): never {
  if (missing !== null) missing();
  throw new Error('A late English word was read before the late words were loaded.');
}
