import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME, noop } from '@/lib/stories/fixtures';
import { SessionsPanel, type SessionsPanelProps } from './sessions-panel';

const meta: Meta<SessionsPanelProps> = {
  title: 'Account/SessionsPanel',
  component: SessionsPanel,
  args: { onRevoke: noop, onSignOutEverywhere: noop },
};
export default meta;

export const ThisAndAnotherDevice: StoryObj<SessionsPanelProps> = {
  args: {
    sessions: [
      {
        id: 'a',
        device: 'Firefox on Linux',
        ipAddress: '203.0.113.7',
        lastUsedAt: '2026-11-02T09:30:00.000Z',
        current: true,
      },
      {
        id: 'b',
        device: 'Safari on iPhone',
        ipAddress: null,
        lastUsedAt: '2026-10-28T20:00:00.000Z',
        current: false,
      },
    ],
  },
};

export const OnlyThisDevice: StoryObj<SessionsPanelProps> = {
  args: {
    sessions: [{ id: 'a', device: 'Chromium', lastUsedAt: '2026-11-02T09:30:00.000Z', current: true }],
  },
};

export const LongDeviceName: StoryObj<SessionsPanelProps> = {
  args: {
    sessions: [
      {
        id: 'a',
        device: LONG_NAME,
        ipAddress: '198.51.100.1',
        lastUsedAt: '2026-11-02T09:30:00.000Z',
        current: false,
      },
    ],
  },
};
