'use client';

import { useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { PasswordField } from '@/components/forms/credential-fields';
import type { FormErrors } from '@/lib/graphql/api-error';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export interface ChangePasswordFormProps {
  busy: boolean;
  errors?: FormErrors;
  /** After a change: how many other sessions the API signed out. */
  signedOutSessions?: number;
  onSubmit: (change: PasswordChange) => void;
}

/**
 * Current and new password (typed twice). Says up front that every other device is signed out, and
 * afterwards how many were. The repeat is checked here; the rules are the API's. Presentational.
 */
export function ChangePasswordForm({ busy, errors, signedOutSessions, onSubmit }: ChangePasswordFormProps) {
  const [mismatch, setMismatch] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const newPassword = String(data.get('newPassword') ?? '');
    if (newPassword !== String(data.get('repeatPassword') ?? '')) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    onSubmit({ currentPassword: String(data.get('currentPassword') ?? ''), newPassword });
    event.currentTarget.reset();
  };

  return (
    <form
      className="card stack"
      onSubmit={submit}
      aria-labelledby="password-heading"
      aria-busy={busy}
      noValidate
    >
      <h2 id="password-heading">Change password</h2>
      <p className="muted" id="password-effect">
        Changing your password signs out every other device and app session; this one stays signed in.
      </p>
      <FormAlert message={errors?.form} />
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        required
        error={errors?.fields['currentPassword']}
      />
      <PasswordField
        label="New password"
        name="newPassword"
        autoComplete="new-password"
        hint="At least 10 characters, not a common password."
        required
        error={errors?.fields['newPassword']}
      />
      <PasswordField
        label="New password again"
        name="repeatPassword"
        autoComplete="new-password"
        required
        error={mismatch ? 'The two new passwords differ.' : undefined}
      />
      <button type="submit" className="button primary" disabled={busy} aria-describedby="password-effect">
        Change password
      </button>
      <p role="status" className="muted">
        {signedOutSessions === undefined
          ? ''
          : `Password changed. ${signedOutSessions === 1 ? '1 other session was' : `${signedOutSessions} other sessions were`} signed out.`}
      </p>
    </form>
  );
}
