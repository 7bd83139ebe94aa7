import Link from 'next/link';

export interface SiteHeaderProps {
  /** The signed-in user's email; absent when signed out or not yet known. */
  email?: string;
  signedIn: boolean;
  onSignOut: () => void;
}

/** Brand, navigation and who is signed in. Presentational: the shell supplies the data. */
export function SiteHeader({ email, signedIn, onSignOut }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        PackYourBag
      </Link>
      <nav aria-label="Main">
        {signedIn ? (
          <ul className="nav-list">
            <li>
              <Link href="/gear">Gear</Link>
            </li>
            <li>
              <Link href="/preferences">Preferences</Link>
            </li>
          </ul>
        ) : (
          <ul className="nav-list">
            <li>
              <Link href="/sign-in">Sign in</Link>
            </li>
            <li>
              <Link href="/sign-up">Create account</Link>
            </li>
          </ul>
        )}
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
