import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Resolve workspace packages to their TypeScript sources: no build needed before testing.
    conditions: ['source'],
    // graphql and Apollo Server as CommonJS, as in production (decision 0306): one graphql copy, so
    // the input-text rule's TypeInfo walks the schema Apollo Server built.
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      { find: /^@apollo\/server$/, replacement: require.resolve('@apollo/server') },
    ],
  },
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
