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
    // expect.poll waits for what the stack does next (a page answer, a consumed event); its default
    // 1 s is less than one scrypt sign-in takes on a loaded two-core machine (CI saw it time out).
    expect: { poll: { timeout: 15_000 } },
  },
});
