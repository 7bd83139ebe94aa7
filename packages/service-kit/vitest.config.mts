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
    include: ['src/**/*.spec.ts'],
  },
});
