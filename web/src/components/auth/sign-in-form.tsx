'use client';

import Link from 'next/link';
import { CredentialsForm } from './credentials-form';
import { GuestButton } from './guest-button';
import { useSessionAction } from './use-session-actions';

// The API answers an unknown email and a wrong password alike; so does the form.
const MESSAGES = { UNAUTHENTICATED: 'That email and password do not match.' };

export function SignInForm() {
  const { run, busy, errors, expired } = useSessionAction({ messages: MESSAGES });
  return (
    <div className="stack narrow">
      {expired ? (
        <p role="status" className="notice">
          Your session has ended. Sign in again to pick up where you left off.
        </p>
      ) : null}
      <CredentialsForm
        title="Sign in"
        submitLabel="Sign in"
        passwordAutoComplete="current-password"
        busy={busy}
        errors={errors}
        onSubmit={(input) => void run((client) => client.signIn(input))}
      />
      <p>
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
      <GuestButton busy={busy} onStart={() => void run((client) => client.startGuest())} />
    </div>
  );
}
