#!/usr/bin/env node
// Benchmarks that print figures (never timed assertions): bundle size of the production build
// and the speed of the pure core (questionnaire paths → recommend).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const bin = (name) => `node_modules/.bin/${name}`;
const step = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step(bin('vite'), ['build', '--logLevel', 'warn']);

const assets = join('dist', 'assets');
const html = readFileSync(join('dist', 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
const rows = readdirSync(assets)
  .filter((file) => /\.(js|css)$/.test(file))
  .map((file) => {
    const bytes = readFileSync(join(assets, file));
    return {
      file,
      initial: initial.has(file),
      raw: statSync(join(assets, file)).size,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes).length,
    };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log('\nBundle (production build; kB = 1000 bytes)');
console.log(
  'file'.padEnd(44),
  'initial',
  'raw'.padStart(10),
  'gzip'.padStart(10),
  'brotli'.padStart(10),
);
for (const r of rows) {
  console.log(
    r.file.padEnd(44),
    (r.initial ? 'yes' : 'lazy').padEnd(7),
    kb(r.raw).padStart(10),
    kb(r.gzip).padStart(10),
    kb(r.brotli).padStart(10),
  );
}
const sum = (pick, filter) => rows.filter(filter).reduce((total, r) => total + r[pick], 0);
const initialJs = (r) => r.initial && r.file.endsWith('.js');
console.log(
  `initial JS: ${kb(sum('raw', initialJs))} raw, ${kb(sum('gzip', initialJs))} gzip, ${kb(sum('brotli', initialJs))} brotli (goal ≤ 190 kB gzip)`,
);

console.log('\nPure core (vitest bench)');
step(bin('vitest'), ['bench', '--run', '--project', 'unit']);
