'use client';

import Link from 'next/link';
import { FormAlert } from '@/components/forms/form-alert';
import { useSession } from '@/lib/session/use-session';
import { useTryWithoutAccount } from './use-try-without-account';
import styles from './ways-in.module.css';

/** The home page's ways in: try it as a guest, create an account, or sign in; signed in, your gear. */
export function WaysIn() {
  const session = useSession();
  const { start, busy, error } = useTryWithoutAccount();
  if (session.status === 'signed-in')
    return (
      <div className={styles.waysIn}>
        <Link href="/gear" className="button primary">
          Go to your gear
        </Link>
      </div>
    );
  return (
    <div className={styles.waysIn}>
      <div className={styles.buttons}>
        <button type="button" className="button primary" disabled={busy} onClick={() => void start()}>
          {busy ? 'Setting up your sample gear…' : 'Try it without an account'}
        </button>
        <Link href="/sign-up" className="button">
          Create an account
        </Link>
      </div>
      <p className="muted">
        No email needed to try: you get the sample gear below to change as you like, and keep everything if
        you create an account later. Already have one? <Link href="/sign-in">Sign in</Link>
      </p>
      <FormAlert message={error} />
    </div>
  );
}
