import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The core speaks in codes: English sentences written as string literals belong in src/i18n. The
 * check is the project's `core-sentences` rule (five or more words in one literal, comments
 * ignored). The engine, the questionnaire, the link codec and the store hold none: questions,
 * answer refusals and link problems are codes and parameters, their words are in src/i18n.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/gs;
const WORD = /^[A-Za-z][A-Za-z'’,.;:()-]*$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function sentences(dir: string): string[] {
  const out: string[] = [];
  for (const file of files(join(ROOT, dir))) {
    let src = readFileSync(file, 'utf8');
    src = src.replace(/\/\*[\s\S]*?\*\//g, (m) => ' '.repeat(m.length));
    src = src.replace(/^\s*\/\/.*$/gm, '');
    src = src.replace(/(?<=[;,{}()\s])\/\/[^\n'"`]*$/gm, '');
    for (const m of src.matchAll(LITERAL)) {
      const text = m[0].slice(1, -1).replace(/\$\{[^}]*\}/g, 'X');
      const words = text.split(/\s+/).filter((w) => WORD.test(w));
      if (words.length >= 5) out.push(`${file.slice(ROOT.length)}: ${text.slice(0, 70)}`);
    }
  }
  return out;
}

describe('words stay out of the core', () => {
  it.each(['src/engine', 'src/questionnaire', 'src/share', 'src/store'])(
    '%s holds no English sentence',
    (dir) => {
      expect(sentences(dir)).toEqual([]);
    },
  );

  it('the check finds a sentence when one is written', () => {
    const probe = "const x = 'This is a sentence of seven words.';";
    const hits = [...probe.matchAll(LITERAL)].filter(
      (m) =>
        m[0]
          .slice(1, -1)
          .split(/\s+/)
          .filter((w) => WORD.test(w)).length >= 5,
    );
    expect(hits).toHaveLength(1);
  });
});
