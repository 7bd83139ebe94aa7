'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import type { SessionState } from '@/lib/session/session-store';
import styles from './site-header.module.css';

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

/**
 * Brand, navigation and who is signed in, on one line at every width. On a wide screen everything
 * is in the line; on a narrow one the links and the account sit behind a "Menu" disclosure button
 * (CSS picks which, so the server render is right for both). The menu closes on Escape, on a click
 * outside it and on navigation. The shell supplies the data.
 */
export function SiteHeader({ email, sessionStatus, currentPath, onSignOut }: SiteHeaderProps) {
  const signedIn = sessionStatus === 'signed-in';
  const links = signedIn ? SIGNED_IN_LINKS : sessionStatus === 'signed-out' ? SIGNED_OUT_LINKS : [];
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const header = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A navigation (a link in the menu, back, a redirect) closes the menu.
  useEffect(() => setOpen(false), [currentPath, sessionStatus]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!header.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <header className={styles.header} ref={header}>
      <Link href="/" className={styles.brand}>
        PackYourBag
      </Link>
      {links.length > 0 ? (
        <button
          ref={button}
          type="button"
          className={`button ${styles.menuButton}`}
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((value) => !value)}
        >
          Menu
        </button>
      ) : null}
      <div id={menuId} className={styles.menu} data-open={open}>
        <nav aria-label="Main">
          <ul className={styles.navList}>
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={
                    currentPath === link.href || currentPath.startsWith(`${link.href}/`) ? 'page' : undefined
                  }
                  // The same page does not change the path, so the menu would stay open.
                  onClick={() => setOpen(false)}
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {signedIn ? (
          <div className={styles.account}>
            {email ? (
              <span className={styles.email} title={email} data-testid="account-email">
                <span className="visually-hidden">Signed in as </span>
                {email}
              </span>
            ) : null}
            <button type="button" className="button" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        ) : null}
      </div>
    </header>
  );
}
