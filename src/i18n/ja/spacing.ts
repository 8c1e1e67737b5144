/**
 * Japanese spacing at the seams of message functions. Microsoft's Japanese style puts a half-width
 * space between Latin and Japanese text ("IPsec を", "FwpsStreamInjectAsync0 関数") but never
 * between a Japanese word and its particle. A message written `${layer} は` is right for a Latin
 * parameter and wrong for a Japanese one ("ALE 接続 は"): the seam is tidied after the words are
 * filled in, so the message functions stay simple. Pure.
 */

/** A Japanese character (kana, kanji, iteration mark, prolonged sound mark). */
const JAPANESE = '\\u3005\\u3040-\\u30ff\\u4e00-\\u9fff';
/** Particles that follow a noun directly. */
const PARTICLES = 'から|まで|より|では|には|とは|での|への|は|を|で|に|が|と|の|へ|も|や';

const SEAM = new RegExp(`([${JAPANESE}]) (?=${PARTICLES})`, 'gu');

/** Removes the space between a Japanese word and the particle after it. */
export function tidySpacing(text: string): string {
  return text.replace(SEAM, '$1');
}

function tidyValue(value: unknown): unknown {
  if (typeof value === 'string') return tidySpacing(value);
  if (Array.isArray(value)) return value.map(tidyValue);
  return value;
}

/**
 * The catalogue with every message function's result tidied (strings, and lists of strings).
 * Fixed words are left as written; nested sections are walked; anything that is not a plain
 * object, a list or a function is kept as it is.
 */
export function withTidySpacing<T>(words: T): T {
  if (typeof words === 'function') {
    const message = words as (...args: unknown[]) => unknown;
    const tidied = (...args: unknown[]) => tidyValue(message(...args));
    // Keep the arity: the catalogue tests compare each message's parameters across languages.
    Object.defineProperty(tidied, 'length', { value: message.length });
    return tidied as T;
  }
  if (words === null || typeof words !== 'object') return words;
  if (Array.isArray(words)) return words.map((w: unknown) => withTidySpacing(w)) as T;
  if (Object.getPrototypeOf(words) !== Object.prototype) return words;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(words)) out[key] = withTidySpacing(value);
  return out as T;
}
