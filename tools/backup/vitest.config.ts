import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.spec.ts'],
    // The restore drill starts two PostgreSQL clusters (initdb) and migrates both: a minute on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The SDK is pinned to a release that supports Node 20 (decision 1422); its notice says nothing new.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
