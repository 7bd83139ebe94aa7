import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve workspace packages to their TypeScript sources: no build needed before testing.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    // Real PostgreSQL behind every spec, on two cores that CI may share: 5 s is too tight for a
    // scratch database under load. Speed is measured by the benches, not by test timeouts.
    testTimeout: 20_000,
    // Scratch databases are created and dropped in hooks (and pools drained): vitest's 10 s failed under CI load.
    hookTimeout: 30_000,
    include: ['src/**/*.spec.ts'],
  },
});
