import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME } from '@/lib/stories/fixtures';
import { CategorySwatch, type CategorySwatchProps } from './category-swatch';

const meta: Meta<CategorySwatchProps> = { title: 'Palette/CategorySwatch', component: CategorySwatch };
export default meta;

// One story per palette colour, so each is checked in both themes.
export const Color0: StoryObj<CategorySwatchProps> = { args: { name: 'Blue: shelter', colorIndex: 0 } };
export const Color1: StoryObj<CategorySwatchProps> = { args: { name: 'Orange: kitchen', colorIndex: 1 } };
export const Color2: StoryObj<CategorySwatchProps> = { args: { name: 'Green: clothing', colorIndex: 2 } };
export const Color3: StoryObj<CategorySwatchProps> = { args: { name: 'Red: first aid', colorIndex: 3 } };
export const Color4: StoryObj<CategorySwatchProps> = { args: { name: 'Purple: sleep', colorIndex: 4 } };
export const Color5: StoryObj<CategorySwatchProps> = { args: { name: 'Brown: tools', colorIndex: 5 } };
export const Color6: StoryObj<CategorySwatchProps> = { args: { name: 'Pink: toiletries', colorIndex: 6 } };
export const Color7: StoryObj<CategorySwatchProps> = { args: { name: 'Grey: misc', colorIndex: 7 } };
export const Color8: StoryObj<CategorySwatchProps> = { args: { name: 'Olive: food', colorIndex: 8 } };
export const Color9: StoryObj<CategorySwatchProps> = { args: { name: 'Teal: water', colorIndex: 9 } };
export const Uncategorised: StoryObj<CategorySwatchProps> = { args: { name: undefined, colorIndex: null } };
export const LongNameBeyondPalette: StoryObj<CategorySwatchProps> = {
  args: { name: LONG_NAME, colorIndex: 23 },
};
