import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_LIBRARIES = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@xyflow/*',
];
const UI_FOLDERS = ['@/components/*', '@/store/*', '@/app/*', '**/components/*', '**/store/*'];
const WORDS = {
  group: ['@/i18n', '@/i18n/*', '**/i18n/*'],
  message:
    'The core and the store emit codes and parameters; words live in src/i18n, which wraps the core (src/i18n/word.ts), never the other way round.',
};

export default defineConfig([
  globalIgnores(['dist', 'dist-single', 'node_modules', 'test-artifacts', 'bench-results']),
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'test/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.{js,mjs}', 'test/browser/**', 'scripts/**', 'vite.config.ts', 'config/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The pure core: knowledge, questionnaire, engine and codecs never touch a UI library.
    files: ['src/knowledge/**', 'src/questionnaire/**', 'src/engine/**', 'src/share/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_LIBRARIES,
              message: 'The pure core must not import React, zustand or React Flow.',
            },
            {
              group: UI_FOLDERS,
              message: 'The pure core must not depend on the UI layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine and the questionnaire machine speak in codes: no imports of the word catalogue.
    files: ['src/questionnaire/**', 'src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_LIBRARIES,
              message: 'The pure core must not import React, zustand or React Flow.',
            },
            {
              group: UI_FOLDERS,
              message: 'The pure core must not depend on the UI layers.',
            },
            WORDS,
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [WORDS] }] },
  },
  {
    // Issue 8 §4: a function with five or more positional arguments takes one object instead.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-params': ['error', 4] },
  },
]);
