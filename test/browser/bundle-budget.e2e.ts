import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Runs in the browser project because that project's global setup guarantees a production build.
const DIST = join(process.cwd(), 'dist');
/** DESIGN §7: initial JavaScript ≤ 190 KB gzipped; heavy parts load on use. */
const INITIAL_JS_BUDGET_GZIP = 190_000;

function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
}

describe('bundle budget', () => {
  it('keeps the JavaScript the first paint needs within 190 kB gzipped', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (total, file) => total + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
  });

  it('loads React Flow (the diagram) in its own chunk, not in the first paint', () => {
    const initial = initialScripts()
      .map((file) => readFileSync(join(DIST, file), 'utf8'))
      .join('\n');
    // A string that only React Flow's renderer carries.
    expect(initial).not.toContain('react-flow__viewport');
  });
});
