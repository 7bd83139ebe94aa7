import { samplePack } from '@packyourbag/sample-gear';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { GERMAN_KILOGRAMS, HUGE_MG, LONG_NAME, POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { SamplePackPreview, type SamplePackPreviewProps } from './sample-pack-preview';

const meta: Meta<SamplePackPreviewProps> = {
  title: 'Home/SamplePackPreview',
  component: SamplePackPreview,
  args: { pack: samplePack(), weight: weightIn('G') },
};
export default meta;

/** The home page's pack: the sample a guest is seeded with. */
export const SampleInGrams: StoryObj<SamplePackPreviewProps> = {};

export const SampleInPoundsAndOunces: StoryObj<SamplePackPreviewProps> = {
  args: { weight: POUNDS_AND_OUNCES },
};

const sample = samplePack();
export const LongNamesHugeWeights: StoryObj<SamplePackPreviewProps> = {
  args: {
    weight: GERMAN_KILOGRAMS,
    pack: {
      ...sample,
      name: LONG_NAME,
      baseMg: HUGE_MG,
      totalMg: HUGE_MG,
      categories: sample.categories.map((category) => ({
        ...category,
        name: `${category.name} ${LONG_NAME}`,
        totalMg: HUGE_MG,
        lines: category.lines.map((line) => ({ ...line, name: LONG_NAME, weightMg: HUGE_MG / 10 })),
      })),
    },
  },
};
