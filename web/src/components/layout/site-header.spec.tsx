// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteHeader } from './site-header';

afterEach(cleanup);

const noop = () => {};
const menuButton = () => screen.getByRole('button', { name: 'Menu' });
const menu = () => document.getElementById(menuButton().getAttribute('aria-controls') ?? '');

describe('SiteHeader', () => {
  it('shows the signed-in email, the app links and a sign-out button', () => {
    const html = renderToStaticMarkup(
      <SiteHeader sessionStatus="signed-in" email="ada@example.com" currentPath="/gear" onSignOut={noop} />,
    );
    expect(html).toContain('<span class="visually-hidden">Signed in as </span>ada@example.com');
    expect(html).toContain('<a aria-current="page" href="/gear">Gear</a>');
    expect(html).toContain('href="/preferences"');
    expect(html).toContain('>Sign out</button>');
    expect(html).not.toContain('href="/sign-in"');
  });

  it('offers sign-in and sign-up when signed out', () => {
    const html = renderToStaticMarkup(
      <SiteHeader sessionStatus="signed-out" currentPath="/" onSignOut={noop} />,
    );
    expect(html).toContain('href="/sign-in"');
    expect(html).toContain('href="/sign-up"');
    expect(html).not.toContain('Sign out');
  });

  it('shows no links and no menu while the session is unknown (server render and hydration)', () => {
    const html = renderToStaticMarkup(
      <SiteHeader sessionStatus="unknown" currentPath="/" onSignOut={noop} />,
    );
    expect(html).not.toContain('href="/sign-in"');
    expect(html).not.toContain('href="/gear"');
    expect(html).not.toContain('Menu');
  });
});

describe('SiteHeader menu (narrow screens)', () => {
  it('is a disclosure button: closed at first, opened and closed by click, Enter and Space', async () => {
    const user = userEvent.setup();
    render(
      <SiteHeader sessionStatus="signed-in" email="ada@example.com" currentPath="/gear" onSignOut={noop} />,
    );
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(menu()?.dataset['open']).toBe('false');
    expect(menu()?.querySelector('nav[aria-label="Main"]')).not.toBeNull();

    await user.click(menuButton());
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(menu()?.dataset['open']).toBe('true');

    await user.keyboard('{Enter}');
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    await user.keyboard(' ');
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
  });

  it('closes on Escape and gives the focus back to the button', async () => {
    const user = userEvent.setup();
    render(<SiteHeader sessionStatus="signed-in" currentPath="/gear" onSignOut={noop} />);
    await user.click(menuButton());
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Gear');
    await user.keyboard('{Escape}');
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());
  });

  it('closes on navigation, on a link to the same page and on a click outside', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <div>
        <SiteHeader sessionStatus="signed-in" currentPath="/gear" onSignOut={noop} />
        <p>Outside</p>
      </div>,
    );
    await user.click(menuButton());
    rerender(
      <div>
        <SiteHeader sessionStatus="signed-in" currentPath="/lists" onSignOut={noop} />
        <p>Outside</p>
      </div>,
    );
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');

    await user.click(menuButton());
    await user.click(screen.getByRole('link', { name: 'Lists' }));
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');

    await user.click(menuButton());
    await user.click(screen.getByText('Outside'));
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('signs out from the menu', async () => {
    const user = userEvent.setup();
    const onSignOut = vi.fn();
    render(<SiteHeader sessionStatus="signed-in" currentPath="/gear" onSignOut={onSignOut} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledOnce();
  });
});
