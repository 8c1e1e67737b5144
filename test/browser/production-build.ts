import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds in this process as `npm run build` (or, with a mode, `npm run build:single`) does from the
 * command line. Vitest runs with NODE_ENV=test, and a Vite build honours the NODE_ENV it finds: it
 * would bundle React's development build, whose warnings quote markup such as
 * `<link rel="stylesheet" href="%s">` (the single-file build then refuses the page as referring
 * to another file) and which is not what ships. So the build runs with NODE_ENV=production.
 */
export async function productionBuild(mode?: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'warn', ...(mode === undefined ? {} : { mode }) });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
