/**
 * Coded messages: the core says what to tell with a key and typed parameters; the words live in
 * the locale catalogue (src/i18n), one message function per key (xyflow `errorMessages` style).
 * A wrong key or parameter fails `tsc` on both sides. Pure types.
 */

/** One message of the map `M`: its key and the parameters that key takes. */
export type Coded<M> = { [K in keyof M]: { readonly key: K; readonly params: M[K] } }[keyof M];

/** The parameters of a message that takes none. */
export type NoParams = Readonly<Record<never, never>>;

/** The message `key` of map `M` with its parameters (a constructor that checks both). */
export function coded<M, K extends keyof M>(key: K, params: M[K]): { key: K; params: M[K] } {
  return { key, params };
}
