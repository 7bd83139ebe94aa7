import { defineConfig } from 'vitest/config';

// `source` resolves workspace packages (service-kit) to their TypeScript, so tests need no build first.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'], testTimeout: 20_000 },
});
