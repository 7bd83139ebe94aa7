import Link from 'next/link';
import type { SessionState } from '@/lib/session/session-store';

export interface SiteHeaderProps {
  /** The signed-in user's email; absent when signed out or not yet known. */
  email?: string;
  /** `unknown` (server render, hydration) shows no links, so a signed-in user never sees "Sign in" flash. */
  sessionStatus: SessionState['status'];
  /** The current path, marked `aria-current` in the navigation. */
  currentPath: string;
  onSignOut: () => void;
}

const SIGNED_IN_LINKS = [
  { href: '/gear', label: 'Gear' },
  { href: '/lists', label: 'Lists' },
  { href: '/packs', label: 'Packs' },
  { href: '/trips', label: 'Trips' },
  { href: '/import', label: 'Import' },
  { href: '/preferences', label: 'Preferences' },
  { href: '/account', label: 'Account' },
];
const SIGNED_OUT_LINKS = [
  { href: '/sign-in', label: 'Sign in' },
  { href: '/sign-up', label: 'Create account' },
];

/** Brand, navigation and who is signed in. Presentational: the shell supplies the data. */
export function SiteHeader({ email, sessionStatus, currentPath, onSignOut }: SiteHeaderProps) {
  const signedIn = sessionStatus === 'signed-in';
  const links = signedIn ? SIGNED_IN_LINKS : sessionStatus === 'signed-out' ? SIGNED_OUT_LINKS : [];
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        PackYourBag
      </Link>
      <nav aria-label="Main">
        <ul className="nav-list">
          {links.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={
                  currentPath === link.href || currentPath.startsWith(`${link.href}/`) ? 'page' : undefined
                }
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {signedIn ? (
        <div className="account">
          {email ? (
            <span className="account-email" title={email}>
              <span className="visually-hidden">Signed in as </span>
              {email}
            </span>
          ) : null}
          <button type="button" className="button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      ) : null}
    </header>
  );
}
