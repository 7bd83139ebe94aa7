import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Scenario tests through the real router over HTTP. The global setup starts the whole stack once
// (scratch databases, free ports) and always stops it; see e2e/README.md.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
