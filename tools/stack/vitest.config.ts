import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.spec.ts'],
    // Specs start embedded PostgreSQL and real connections; the first PGlite start takes seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
