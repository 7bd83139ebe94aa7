import type { Meta, StoryObj } from '@storybook/react-vite';
import { GERMAN_KILOGRAMS, weightIn } from '@/lib/stories/fixtures';
import { CategoryChart, type CategoryChartProps } from './category-chart';

const meta: Meta<CategoryChartProps> = {
  title: 'Weights/CategoryChart',
  component: CategoryChart,
  args: { weight: weightIn('G') },
};
export default meta;

export const TwoCategories: StoryObj<CategoryChartProps> = {
  args: {
    shares: [
      { category: { id: 'a', name: 'Shelter', colorIndex: 0 }, totalMg: 1_200_000, shareBasisPoints: 9_339 },
      { category: { id: 'b', name: 'Kitchen', colorIndex: 1 }, totalMg: 85_000, shareBasisPoints: 661 },
    ],
  },
};

export const AllPaletteColors: StoryObj<CategoryChartProps> = {
  args: {
    shares: Array.from({ length: 10 }, (_, index) => ({
      category: { id: `c${index}`, name: `Category ${index}`, colorIndex: index },
      totalMg: 100_000,
      shareBasisPoints: 1_000,
    })),
  },
};

export const Empty: StoryObj<CategoryChartProps> = { args: { shares: [] } };

export const UncategorisedHugeWeight: StoryObj<CategoryChartProps> = {
  args: {
    weight: GERMAN_KILOGRAMS,
    shares: [{ category: null, totalMg: 9_000_000_000_000, shareBasisPoints: 10_000 }],
  },
};
