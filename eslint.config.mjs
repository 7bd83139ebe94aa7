// One lint setup for the whole repository (see docs/decisions/0003-lint-and-format.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import packyourbag from './tools/lint-rules/src/index.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/generated/**',
      'web/src/gql/**',
      'web/next-env.d.ts',
      'test-output/**',
      '.data/**',
      '**/storybook-static/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    // Imports run downward only between the rooms (decision 0001).
    files: ['**/*.{ts,tsx,mts,mjs}'],
    plugins: { packyourbag },
    rules: { 'packyourbag/import-boundaries': 'error' },
  },
  {
    // Nest injects by the runtime class: a type-only import would erase the constructor parameter's metadata.
    files: ['subgraphs/**/*.ts', 'packages/service-kit/src/nest/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  prettier,
);
