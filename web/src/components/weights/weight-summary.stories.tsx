import type { Meta, StoryObj } from '@storybook/react-vite';
import { POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { WeightSummary, type WeightSummaryProps } from './weight-summary';

const meta: Meta<WeightSummaryProps> = {
  title: 'Weights/WeightSummary',
  component: WeightSummary,
  args: { weight: weightIn('G') },
};
export default meta;

export const Typical: StoryObj<WeightSummaryProps> = {
  args: {
    summary: { totalMg: 5_430_000, baseMg: 4_100_000, wornMg: 830_000, consumableMg: 500_000, itemCount: 23 },
  },
};

export const Empty: StoryObj<WeightSummaryProps> = {
  args: { summary: { totalMg: 0, baseMg: 0, wornMg: 0, consumableMg: 0, itemCount: 0 } },
};

export const HugeInPounds: StoryObj<WeightSummaryProps> = {
  args: {
    weight: POUNDS_AND_OUNCES,
    summary: {
      totalMg: 9_007_199_254_740,
      baseMg: 9_000_000_000_000,
      wornMg: 7_199_254_740,
      consumableMg: 0,
      itemCount: 99_999,
    },
  },
};
