import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME, noop } from '@/lib/stories/fixtures';
import { TokensPanel, type TokensPanelProps } from './tokens-panel';

const meta: Meta<TokensPanelProps> = {
  title: 'Account/TokensPanel',
  component: TokensPanel,
  args: { onCreate: noop, onRevoke: noop },
};
export default meta;

export const Tokens: StoryObj<TokensPanelProps> = {
  args: {
    tokens: [
      { id: 't1', name: 'Backup script', scopes: ['packing:read'], expiresAt: '2027-01-01T00:00:00.000Z' },
      {
        id: 't2',
        name: 'Old laptop',
        scopes: ['packing:read', 'packing:write'],
        expiresAt: '2026-12-01T00:00:00.000Z',
        revokedAt: '2026-11-01T00:00:00.000Z',
      },
    ],
  },
};

export const SecretShownOnce: StoryObj<TokensPanelProps> = {
  args: {
    tokens: [
      { id: 't1', name: 'Backup script', scopes: ['packing:read'], expiresAt: '2027-01-01T00:00:00.000Z' },
    ],
    createdSecret: 'pyb_pat_0123456789abcdef0123456789abcdef',
  },
};

export const Empty: StoryObj<TokensPanelProps> = { args: { tokens: [] } };

export const ErrorAndLongName: StoryObj<TokensPanelProps> = {
  args: {
    tokens: [{ id: 't1', name: LONG_NAME, scopes: ['packing:read'], expiresAt: '2027-01-01T00:00:00.000Z' }],
    error: 'Give the token a name.',
  },
};
