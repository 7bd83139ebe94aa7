// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Client, Provider } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { ShareControl } from './share-control';

afterEach(cleanup);

// A client without exchanges: nothing can be sent, which is the point (an existing link needs no request).
const offlineClient = new Client({ url: 'http://127.0.0.1:9/graphql', exchanges: [] });

describe('ShareControl', () => {
  it('copies the full public link of an existing share and says so', async () => {
    const user = userEvent.setup();
    render(
      <Provider value={offlineClient}>
        <ShareControl kind="pack" id="p1" existingToken="tok123" />
      </Provider>,
    );
    const expected = `${window.location.origin}/s/tok123?kind=pack`;
    expect(screen.getByLabelText('Share link')).toHaveProperty('value', expected);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(expected);
    expect((await screen.findByRole('status')).textContent).toBe('Link copied.');
  });

  it('tells the user to copy by hand when the clipboard is blocked', async () => {
    const user = userEvent.setup();
    render(
      <Provider value={offlineClient}>
        <ShareControl kind="list" id="l1" existingToken="tok456" />
      </Provider>,
    );
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('NotAllowedError')) },
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Copying is blocked here: select the link and copy it.',
    );
  });

  it('offers to create a link when there is none', () => {
    render(
      <Provider value={offlineClient}>
        <ShareControl kind="list" id="l1" existingToken={undefined} />
      </Provider>,
    );
    expect(screen.getByRole('button', { name: 'Create a share link' })).toBeTruthy();
    expect(screen.queryByLabelText('Share link')).toBeNull();
  });
});
