import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The workspace package's TypeScript, so the tests need no build of it first.
      '@packyourbag/service-kit/client-address': fileURLToPath(
        new URL('../packages/service-kit/src/client-address/index.ts', import.meta.url),
      ),
    },
    // Workspace packages from their TypeScript sources: no build needed before testing.
    conditions: ['source', ...defaultClientConditions],
  },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'node',
  },
});
