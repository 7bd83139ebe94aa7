import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReconnectingBanner, type ReconnectingBannerProps } from './reconnecting-banner';

const meta: Meta<ReconnectingBannerProps> = {
  title: 'Status/ReconnectingBanner',
  component: ReconnectingBanner,
};
export default meta;

export const Reconnecting: StoryObj<ReconnectingBannerProps> = { args: { reconnecting: true } };
/** Connected: an empty live region, nothing shown. */
export const Connected: StoryObj<ReconnectingBannerProps> = { args: { reconnecting: false } };
