#!/usr/bin/env node
// wfp-layer: the WFP Layer Chooser command line (see `npx wfp-layer --help` and the README).
// Node cannot run the TypeScript core directly, so this launcher loads src/cli/commands.ts
// through Vite's module runner (runnerImport) with the project's '@' alias, runs the command and
// exits with its code: 0 ok, 1 changed, 2 bad arguments, 3 unreadable or malformed file,
// 4 internal error.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `ja` when WFP_LAYER_LANG, or else LC_ALL / LC_MESSAGES / LANG, names Japanese (ja_JP.UTF-8). */
function environmentLanguage() {
  const { WFP_LAYER_LANG, LC_ALL, LC_MESSAGES, LANG } = process.env;
  const tag = WFP_LAYER_LANG || LC_ALL || LC_MESSAGES || LANG || '';
  return tag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

async function main() {
  let run;
  try {
    const { runnerImport } = await import('vite');
    const { module } = await runnerImport(resolve(root, 'src/cli/commands.ts'), {
      configFile: false,
      root,
      logLevel: 'silent',
      resolve: { alias: { '@': resolve(root, 'src') } },
    });
    run = module.run;
  } catch (e) {
    process.stderr.write(
      `wfp-layer could not load its TypeScript core: ${e instanceof Error ? e.message : e}\n`,
    );
    return 4;
  }
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const result = run(process.argv.slice(2), {
    appVersion: pkg.version,
    language: environmentLanguage(),
    readFile: (path) => {
      try {
        return readFileSync(resolve(process.cwd(), path), 'utf8');
      } catch (e) {
        throw new Error(
          e && e.code === 'ENOENT'
            ? 'no such file'
            : e && e.code === 'EISDIR'
              ? 'a directory, not a file'
              : e && e.code === 'EACCES'
                ? 'permission denied'
                : String(e && e.message),
          { cause: e },
        );
      }
    },
  });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  return result.code;
}

process.exitCode = await main();
