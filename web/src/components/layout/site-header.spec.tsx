import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteHeader } from './site-header';

const noop = () => {};

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

  it('shows no links while the session is unknown (server render and hydration)', () => {
    const html = renderToStaticMarkup(
      <SiteHeader sessionStatus="unknown" currentPath="/" onSignOut={noop} />,
    );
    expect(html).not.toContain('href="/sign-in"');
    expect(html).not.toContain('href="/gear"');
  });
});
