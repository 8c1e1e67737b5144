import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ja } from '@/i18n/ja';
import { escapeMarkdown, toMarkdown } from '@/share/markdown';
import { makeRecord } from '@/share/record';
import { publicScenario } from '../fixtures/scenarios';
import { HOSTILE_TEXTS } from '../fixtures/hostile-text';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const SPECIAL = '\\*_{}[]()#+-.!|<>~&=`';

function recordWith(title: string, notes: string) {
  return makeRecord({
    profile: publicScenario('block-app-outbound').profile,
    proposal: { layers: ['outbound-transport'], kind: 'callout' },
    title,
    notes,
    now: NOW,
  });
}

/** Markdown's backslash escapes undone: what a renderer shows as text. */
function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** A special character not preceded by an escaping backslash (an odd run of them). */
const UNESCAPED = /(^|[^\\])(\\\\)*[*_{}[\]()#+\-.!|<>~&=`]/;

/** The lines of the notes section (between its heading and the next one). */
function notesSection(md: string, heading = '## Notes'): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 2, end - 1);
}

describe('Markdown export: user text stays text', () => {
  const plain = toMarkdown(recordWith('Plain title', 'Plain notes'));
  const skeleton = (md: string) => {
    const notes = new Set(notesSection(md));
    return md
      .split('\n')
      .slice(1)
      .filter((l) => !notes.has(l));
  };

  it.each(HOSTILE_TEXTS)('%j in the title and the notes', (payload) => {
    const md = toMarkdown(recordWith(payload, payload));
    const [heading, blank] = md.split('\n');
    // The title is one heading line, every special character escaped, nothing of it lost.
    expect(heading!.startsWith('# ')).toBe(true);
    expect(blank).toBe('');
    const title = heading!.slice(2);
    expect(title).not.toMatch(UNESCAPED);
    expect(unescape(title)).toBe(payload.replace(/[ \t]*\n+[ \t]*/g, ' '));
    // The notes: every line escaped, the lines as written.
    const notes = notesSection(md);
    for (const line of notes) expect(line).not.toMatch(UNESCAPED);
    expect(notes.map((l) => unescape(l.replace(/ {2}$/, ''))).join('\n')).toBe(
      payload
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n'),
    );
    // The rest of the document is the same as with plain text: no heading, list, table, quote
    // or HTML block was added.
    expect(skeleton(md)).toEqual(skeleton(plain));
    expect(md).not.toMatch(/(?<!\\)<(img|script|svg|iframe|a|style)\b/);
    expect(md).not.toMatch(/(?<!\\)\]\((?!https:)/);
  });

  it('in Japanese too', () => {
    for (const payload of HOSTILE_TEXTS) {
      const md = toMarkdown(recordWith(payload, payload), ja);
      expect(md.split('\n')[0]!.slice(2)).not.toMatch(UNESCAPED);
      for (const line of notesSection(md, `## ${ja.records.markdown.notes}`))
        expect(line).not.toMatch(UNESCAPED);
    }
  });

  it('escapeMarkdown leaves no special character unescaped and loses nothing (10,000 strings)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc
        .array(fc.constantFrom(...SPECIAL, ' ', 'a', '\n', '\\\\', ...HOSTILE_TEXTS), {
          maxLength: 20,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const escaped = escapeMarkdown(s);
        return !UNESCAPED.test(escaped) && unescape(escaped) === s.replace(/\r\n?/g, '\n');
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
