import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop } from '@/lib/stories/fixtures';
import { WEIGHT_UNITS } from '@/lib/weight/weight-unit';
import { ChoiceGroup, type ChoiceGroupProps } from './choice-group';

type Props = ChoiceGroupProps<keyof typeof WEIGHT_UNITS>;

const meta: Meta<Props> = {
  title: 'Preferences/ChoiceGroup',
  component: ChoiceGroup,
  args: { legend: 'Show weights in', name: 'weightUnit', options: WEIGHT_UNITS, value: 'G', onChange: noop },
};
export default meta;

export const Default: StoryObj<Props> = {};
export const Disabled: StoryObj<Props> = { args: { value: 'LB', disabled: true } };
export const WithError: StoryObj<Props> = { args: { error: 'Pick one of the units.' } };
