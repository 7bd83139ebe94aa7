// @vitest-environment jsdom
import { composeStory, setProjectAnnotations, type Meta, type StoryObj } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../../../.storybook/preview';

// The stories exactly as Storybook shows them: the preview's decorators (theme) and globals apply.
setProjectAnnotations(preview);
afterEach(cleanup);

type StoryModule = { default: Meta } & Record<string, StoryObj | Meta>;

// Every *.stories.tsx under src/, found at build time so a new story file is rendered without edits here.
const modules = import.meta.glob<StoryModule>('../../components/**/*.stories.tsx', { eager: true });

// Component sources, to find the presentational ones: no urql, no documents, no Next.js, no session.
const sources = import.meta.glob<string>(
  ['../../components/**/*.tsx', '!**/*.stories.tsx', '!**/*.spec.tsx'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);
// A container imports urql, Next.js, the GraphQL, session or error-report modules (the last start
// a side effect and render nothing) or its documents (type imports do not count).
const CONTAINER =
  /^import (?!type )[^;]*from '(urql|next\/[^']+|@\/lib\/graphql\/[^']+|@\/lib\/session\/[^']+|@\/lib\/error-reports\/[^']+|\.\/[^']+\.documents|@\/components\/session\/[^']+)';/m;

describe('stories cover the presentational components', () => {
  it('has a story file beside every component that only takes props', () => {
    const missing = Object.entries(sources)
      .filter(([, source]) => !CONTAINER.test(source))
      .map(([path]) => path.replace(/^.*components\//, ''))
      .filter(
        (path) => !Object.hasOwn(modules, `../../components/${path.replace(/\.tsx$/, '.stories.tsx')}`),
      );
    expect(missing).toEqual([]);
  });
});

describe('every story renders in both themes', () => {
  it('finds the story files', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(4);
  });

  for (const [path, module] of Object.entries(modules)) {
    for (const theme of ['light', 'dark'] as const) {
      // The theme global as the toolbar would set it.
      const project = { ...preview, initialGlobals: { theme } };
      for (const [name, story] of Object.entries(module)) {
        if (name === 'default') continue;
        const Story = composeStory(story as StoryObj, module.default, project, name);
        it(`${path.replace(/^.*components\//, '')} / ${name} (${theme})`, async () => {
          const { container } = render(<Story />);
          await Story.play?.({ canvasElement: container });
          expect(container.querySelector(`[data-theme="${theme}"]`)).not.toBeNull();
          expect(document.documentElement.dataset['theme']).toBe(theme);
          const html = container.innerHTML;
          expect(html.length, path).toBeGreaterThan(80);
          expect(html).not.toContain('undefined');
          expect(html).not.toContain('NaN');
        });
      }
    }
  }
});
