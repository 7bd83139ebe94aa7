// Every story renders inside the app's design tokens, in the theme picked in the toolbar (the
// `theme` global), so both themes are one click apart; the vitest story spec renders both.
import type { Preview } from '@storybook/react-vite';
import { withTheme } from '../src/lib/stories/with-theme';
import '../src/styles/stylesheets';

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [withTheme],
  parameters: { layout: 'padded' },
};

export default preview;
