import { samplePack } from '@packyourbag/sample-gear';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { HomePage, type HomePageProps } from './home-page';

// The page's ways in need a session; the story shows buttons of the same look.
const waysIn = (
  <div className="row">
    <button type="button" className="button primary">
      Try it without an account
    </button>
    <button type="button" className="button">
      Create an account
    </button>
  </div>
);

const meta: Meta<HomePageProps> = {
  title: 'Home/HomePage',
  component: HomePage,
  args: { pack: samplePack(), weight: weightIn('G'), waysIn },
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const SignedOut: StoryObj<HomePageProps> = {};

export const InPoundsAndOunces: StoryObj<HomePageProps> = { args: { weight: POUNDS_AND_OUNCES } };
