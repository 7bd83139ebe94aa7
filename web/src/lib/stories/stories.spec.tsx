import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Meta, Story } from './csf';

type StoryModule = { default: Meta<object> } & Record<string, Story<object> | Meta<object>>;

// Every *.stories.tsx under src/, found at build time so a new story file is rendered without edits here.
const modules = import.meta.glob<StoryModule>('../../components/**/*.stories.tsx', { eager: true });

describe('every story renders in both themes', () => {
  it('finds the story files', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(4);
  });

  for (const [path, module] of Object.entries(modules)) {
    const meta = module.default;
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default') continue;
      for (const theme of ['light', 'dark'] as const) {
        it(`${meta.title} / ${name} (${theme})`, () => {
          const props = { ...meta.args, ...(story as Story<object>).args };
          const html = renderToStaticMarkup(
            createElement(
              'div',
              { 'data-theme': theme },
              createElement(meta.component as ComponentType<object>, props),
            ),
          );
          expect(html.length, path).toBeGreaterThan(40);
          expect(html).not.toContain('undefined');
          expect(html).not.toContain('NaN');
        });
      }
    }
  }
});
