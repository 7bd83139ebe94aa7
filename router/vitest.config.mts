import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // `source` resolves workspace packages (service-kit) to their TypeScript, so tests need no build first.
    conditions: ['source'],
    // One graphql instance: the Apollo packages load graphql's CommonJS build, and a second (ESM)
    // copy in the test graph would fail graphql's `instanceof` checks (schemas, GraphQLError).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'], testTimeout: 20_000 },
});
