import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop } from '@/lib/stories/fixtures';
import { ShareLinkBox, type ShareLinkBoxProps } from './share-link-box';

const meta: Meta<ShareLinkBoxProps> = {
  title: 'Sharing/ShareLinkBox',
  component: ShareLinkBox,
  args: { busy: false, status: '', onCreate: noop, onCopy: noop },
};
export default meta;

export const NotShared: StoryObj<ShareLinkBoxProps> = { args: { url: undefined } };
export const Creating: StoryObj<ShareLinkBoxProps> = { args: { url: undefined, busy: true } };
export const Copied: StoryObj<ShareLinkBoxProps> = {
  args: {
    url: 'https://packyourbag.example/s/0123456789abcdef0123456789abcdef0123456789abcdef',
    status: 'Link copied.',
  },
};
