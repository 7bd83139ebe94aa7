'use client';

import type { FormEvent } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { EmailField, PasswordField } from '@/components/forms/credential-fields';
import type { FormErrors } from '@/lib/graphql/api-error';

export interface Credentials {
  email: string;
  password: string;
}

export interface CredentialsFormProps {
  title: string;
  submitLabel: string;
  /** `new-password` on sign-up so password managers offer to generate one. */
  passwordAutoComplete: 'current-password' | 'new-password';
  passwordHint?: string;
  busy: boolean;
  errors?: FormErrors;
  onSubmit: (credentials: Credentials) => void;
}

/** Email and password, with the API's errors shown by field. Holds no state of its own. */
export function CredentialsForm(props: CredentialsFormProps) {
  const { title, submitLabel, passwordAutoComplete, passwordHint, busy, errors, onSubmit } = props;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSubmit({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') });
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-busy={busy}>
      <h1>{title}</h1>
      <FormAlert message={errors?.form} />
      <EmailField required error={errors?.fields['email']} />
      <PasswordField
        autoComplete={passwordAutoComplete}
        required
        hint={passwordHint}
        error={errors?.fields['password']}
      />
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Please wait…' : submitLabel}
      </button>
    </form>
  );
}
