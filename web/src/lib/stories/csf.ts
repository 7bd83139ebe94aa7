import type { ComponentType } from 'react';

/**
 * Component Story Format, typed locally: the same shape Storybook reads (`export default { title,
 * component }`, one named export per story with `args`), so the stories move to Storybook as they
 * are once it is set up (decision 1004). Until then `stories.spec.tsx` renders every story.
 */
export interface Meta<TProps extends object> {
  title: string;
  component: ComponentType<TProps>;
  args?: Partial<TProps>;
}

export interface Story<TProps extends object> {
  args: Partial<TProps>;
}
