import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';

/** FNV-1a, 32 bits: a short stamp of a text. */
function stamp(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

describe('the Japanese knowledge words', () => {
  // The English words are derived from src/knowledge; the Japanese ones are written by hand. When
  // a fact's English changes, this snapshot names the record: update its words in
  // src/i18n/ja/knowledge-*.ts, then record the new English with `npx vitest run -u` on this file.
  it('were written for the English of every record as it is now', () => {
    const stamps: Record<string, string> = {};
    // The caveats and injection functions are sections of their own (loaded with the layer details), stamped as before.
    const groups = { ...en.knowledge, caveats: en.caveats, injection: en.injection };
    for (const [group, records] of Object.entries(groups)) {
      for (const [id, words] of Object.entries(records as Record<string, unknown>)) {
        stamps[`${group}.${id}`] = stamp(JSON.stringify(words));
      }
    }
    expect(stamps).toMatchSnapshot();
  });
});
