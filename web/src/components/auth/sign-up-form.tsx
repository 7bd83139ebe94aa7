'use client';

import Link from 'next/link';
import { CredentialsForm } from './credentials-form';
import { GuestButton } from './guest-button';
import { useSessionAction } from './use-session-actions';

export function SignUpForm() {
  const { run, busy, errors } = useSessionAction();
  return (
    <div className="stack narrow">
      <CredentialsForm
        title="Create your account"
        submitLabel="Create account"
        passwordAutoComplete="new-password"
        passwordHint="At least 10 characters."
        busy={busy}
        errors={errors}
        onSubmit={(input) => void run((client) => client.signUp(input))}
      />
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
      <GuestButton busy={busy} onStart={() => void run((client) => client.startGuest())} />
    </div>
  );
}
