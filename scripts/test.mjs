#!/usr/bin/env node
// The whole test suite, as the README and CI run it: typecheck, lint, unit and component tests,
// a production build and the single-file build, and the browser tests in Debian's Chromium (installed here when missing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Chromium is needed for the browser tests and was not found at ${chromiumPath}.\n` +
        "Install Debian's package as root:  apt-get update && apt-get install -y chromium\n" +
        'or point CHROMIUM_PATH at an existing Chromium binary.',
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('install Chromium (apt-get update)', 'apt-get', ['update'], { env });
  run('install Chromium', 'apt-get', ['install', '-y', 'chromium'], {
    env,
  });
}

ensureChromium();
const bin = (name) => `node_modules/.bin/${name}`;
run('typecheck', bin('tsc'), ['-b']);
run('lint', bin('eslint'), ['.']);
run('format check', bin('prettier'), ['--check', '.']);
run('build', bin('vite'), ['build', '--logLevel', 'warn']);
// The single-file build (dist-single/), opened from disk by test/browser/single-file.e2e.ts.
run('build single file', bin('vite'), ['build', '--mode', 'single', '--logLevel', 'warn']);

mkdirSync('test-artifacts', { recursive: true });
const report = 'test-artifacts/vitest-report.json';
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit' },
);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(
    readFileSync(report, 'utf8'),
  );
  const skipped = numPendingTests + numTodoTests;
  console.log(
    `\n${numPassedTests} passed, ${numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}
process.exit(vitest.status ?? 1);
