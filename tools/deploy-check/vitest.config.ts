import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // The specs render the real overlays with kubectl once per file: fast alone, slower on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
