'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useMutation } from 'urql';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import { SignInMutation } from './auth.documents';
import { CredentialsForm, type Credentials } from './credentials-form';
import { useStartSession } from './use-start-session';

export function SignInForm() {
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const startSession = useStartSession();

  const submit = async (input: Credentials) => {
    setErrors(undefined);
    const result = await signIn({ input });
    if (result.data) startSession(result.data.signIn);
    else if (result.error)
      setErrors(
        // The API answers an unknown email and a wrong password alike; so does the form.
        toFormErrors(result.error, {
          messages: { UNAUTHENTICATED: 'That email and password do not match.' },
        }),
      );
  };

  return (
    <div className="stack narrow">
      <CredentialsForm
        title="Sign in"
        submitLabel="Sign in"
        passwordAutoComplete="current-password"
        busy={fetching}
        errors={errors}
        onSubmit={submit}
      />
      <p>
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
    </div>
  );
}
