import { useLayoutEffect, type ReactNode } from 'react';
import type { Decorator } from '@storybook/react-vite';

/** The themes a story can be shown in (the toolbar's `theme` global). */
export type StoryTheme = 'light' | 'dark';

export function parseStoryTheme(value: unknown): StoryTheme {
  return value === 'dark' ? 'dark' : 'light';
}

function ThemeRoot({ theme, children }: { theme: StoryTheme; children: ReactNode }) {
  // The design tokens hang off `:root[data-theme]` (globals.css), as in the app.
  useLayoutEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  return (
    <div data-theme={theme} style={{ background: 'var(--bg)', color: 'var(--text)', padding: '1rem' }}>
      {children}
    </div>
  );
}

/** Storybook decorator: renders the story in the theme chosen in the toolbar. */
export const withTheme: Decorator = (Story, context) => (
  <ThemeRoot theme={parseStoryTheme(context.globals['theme'])}>
    <Story />
  </ThemeRoot>
);
