// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokensPanel } from './tokens-panel';

afterEach(cleanup);

const SECRET = 'pyb_pat_0123456789abcdef';

describe('TokensPanel', () => {
  it('shows a new token once, copies it, and forgets it when the page stops passing it', async () => {
    const user = userEvent.setup();
    const props = { tokens: [], onCreate: vi.fn(), onRevoke: vi.fn() };
    const { rerender } = render(<TokensPanel {...props} createdSecret={SECRET} />);
    expect(screen.getByText('Copy this token now: it is shown only once.')).toBeTruthy();
    expect(screen.getByTestId('token-secret').textContent).toBe(SECRET);
    await user.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(await screen.findByText('Copied.')).toBeTruthy();
    rerender(<TokensPanel {...props} />);
    expect(screen.queryByTestId('token-secret')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('creates a token with the chosen name, scopes and lifetime', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn();
    render(<TokensPanel tokens={[]} onCreate={onCreate} onRevoke={vi.fn()} />);
    await user.type(screen.getByLabelText('Token name'), 'Backup script');
    await user.click(screen.getAllByRole('checkbox')[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: /Create/ }));
    expect(onCreate).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Backup script', expiresInDays: 30 }),
    );
    expect(onCreate.mock.calls[0]?.[0].scopes.length).toBeGreaterThan(0);
  });

  it('revokes a listed token', async () => {
    const user = userEvent.setup();
    const onRevoke = vi.fn();
    render(
      <TokensPanel
        tokens={[
          { id: 't1', name: 'Script', scopes: ['packing:read'], expiresAt: '2027-01-01T00:00:00.000Z' },
        ]}
        onCreate={vi.fn()}
        onRevoke={onRevoke}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Revoke/ }));
    expect(onRevoke).toHaveBeenCalledWith('t1');
  });
});
