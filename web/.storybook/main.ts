// Storybook for the presentational components (decision 1005): Vite builder, React renderer. The
// components take typed props and never fetch, so no Next.js framework package is needed; only the
// `@/` import alias of tsconfig.json is repeated here, and the `source` condition of the workspace packages.
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.stories.tsx'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) },
      // Workspace packages (the sample gear) from their sources: CI builds Storybook before the packages.
      conditions: ['source', ...defaultClientConditions],
    },
  }),
};

export default config;
