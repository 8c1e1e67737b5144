/**
 * The message-function pattern every catalogue section follows (xyflow `errorMessages` style):
 * one function per code, and `wordMessage` to word a coded message with it. Language-neutral.
 * Pure.
 */

/** One message function per key of `M`. */
export type Messages<M> = { readonly [K in keyof M]: (params: M[K]) => string };

/** The words of one coded message. */
export function wordMessage<M>(
  messages: Messages<M>,
  message: { readonly key: keyof M; readonly params: M[keyof M] },
): string {
  return (messages[message.key] as (params: M[keyof M]) => string)(message.params);
}

/**
 * The words of a record by an id that came from outside the checked unions (a link, a record,
 * a layer id passed around as a string): undefined when no record has that id.
 */
export function wordsById<W>(table: object, id: string): W | undefined {
  return (table as Readonly<Record<string, W | undefined>>)[id];
}
