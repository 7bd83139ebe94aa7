import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql instance: Apollo's composition loads graphql's CommonJS build; a second (ESM) copy in
    // the test graph would fail graphql's `instanceof` checks inside graphql-inspector.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.spec.ts'],
    // Specs compose real schemas, run git and codegen in temp directories: seconds, not milliseconds.
    testTimeout: 30_000,
  },
});
