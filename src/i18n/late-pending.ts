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

/** Words an early module reads that arrive with the late chunk: late.ts provides them. */
export interface LateNotes<T> {
  /** Called by late.ts once, when the late words load. */
  readonly provide: (notes: T) => void;
  /** The notes; read before they have loaded, it suspends like a late section (lateWordMissing). */
  readonly read: () => T;
}

/** A holder for words the late chunk hands over to an early module. */
export function lateNotes<T>(): LateNotes<T> {
  let notes: T | null = null;
  return {
    provide: (loaded) => {
      notes = loaded;
    },
    read: () => notes ?? lateWordMissing(),
  };
}
