import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME } from '@/lib/stories/fixtures';
import { SecurityEvents } from './security-events';

type Props = Parameters<typeof SecurityEvents>[0];

const meta: Meta<Props> = { title: 'Account/SecurityEvents', component: SecurityEvents };
export default meta;

export const Recent: StoryObj<Props> = {
  args: {
    events: [
      { id: '1', type: 'SIGNED_IN', ipAddress: '203.0.113.7', createdAt: '2026-11-02T09:30:00.000Z' },
      { id: '2', type: 'PASSWORD_CHANGED', ipAddress: null, createdAt: '2026-11-01T18:00:00.000Z' },
      { id: '3', type: 'PERSONAL_ACCESS_TOKEN_CREATED', createdAt: '2026-10-30T07:15:00.000Z' },
    ],
  },
};

export const Empty: StoryObj<Props> = { args: { events: [] } };

export const UnknownTypeAndLongAddress: StoryObj<Props> = {
  args: {
    events: [
      {
        id: '1',
        type: LONG_NAME.toUpperCase().replace(/ /g, '_'),
        ipAddress: '2001:db8::ffff:ffff:ffff:ffff',
        createdAt: '2026-11-02T09:30:00.000Z',
      },
    ],
  },
};
