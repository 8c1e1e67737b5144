import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPublicScenarios } from './fixtures';

const ENGINE_DIR = fileURLToPath(new URL('../../src/engine', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Lower-case words only, so punctuation and spacing cannot hide a match. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every string literal in a source file ('…', "…" and template text). */
function stringLiterals(source: string): string[] {
  return [...source.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map(
    (m) => m[0].slice(1, -1),
  );
}

const RUN = 5;

const sources = filesUnder(ENGINE_DIR).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const scenarios = loadPublicScenarios();

describe('the engine knows no scenario', () => {
  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('does not mention scenario %s by id', (id) => {
    for (const { path, text } of sources) {
      expect(text.toLowerCase().includes(id.toLowerCase()), `${id} in ${path}`).toBe(false);
    }
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    'does not carry the title of scenario %s, or a run of its words, as a string',
    (_, s) => {
      const title = words(s.title).split(' ');
      const runs: string[] = [];
      for (let i = 0; i + RUN <= title.length; i++) runs.push(title.slice(i, i + RUN).join(' '));
      if (runs.length === 0) runs.push(title.join(' '));
      for (const { path, text } of sources) {
        for (const literal of stringLiterals(text)) {
          const norm = ` ${words(literal)} `;
          for (const run of runs) {
            expect(norm.includes(` ${run} `), `"${run}" in ${path}`).toBe(false);
          }
        }
      }
    },
  );
});
