/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
// Issue 13 §2, §5: security policy, service worker, single-file build (config/build-plugins.ts).
import { securityPlugins } from './config/build-plugins.ts';
import { CONTENT_SECURITY_POLICY_HEADER } from './config/csp.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  plugins: [react(), ...securityPlugins()],
  resolve: { alias: { '@': src } },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } },
    },
  },
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          // Pure modules run in node; component files opt into jsdom with a docblock.
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          environment: 'node',
          setupFiles: ['test/setup/component-setup.ts'],
          // A hang guard, not a speed check: the property tests run thousands of cases and took
          // over the 5 s default on this 2-core machine while other suites ran beside them.
          testTimeout: 30_000,
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
