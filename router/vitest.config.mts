import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // `source` resolves workspace packages (service-kit) to their TypeScript, so tests need no build first.
    conditions: ['source'],
    // Load graphql and Apollo Server as CommonJS, exactly as `node dist/main.js` does. The gateway is
    // CommonJS only; an ESM copy of graphql beside it would fail graphql's `instanceof` checks
    // (schemas, GraphQLError) and hide or invent bugs that production does not have.
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      { find: /^@apollo\/server$/, replacement: require.resolve('@apollo/server') },
    ],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['src/**/*.spec.ts', 'test/**/*.spec.ts', 'bench/**/*.spec.ts'], testTimeout: 20_000 },
});
