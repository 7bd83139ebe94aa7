'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useMutation } from 'urql';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import { SignUpMutation } from './auth.documents';
import { CredentialsForm, type Credentials } from './credentials-form';
import { useStartSession } from './use-start-session';

export function SignUpForm() {
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const startSession = useStartSession();

  const submit = async (input: Credentials) => {
    setErrors(undefined);
    const result = await signUp({ input });
    if (result.data) startSession(result.data.signUp);
    else if (result.error) setErrors(toFormErrors(result.error));
  };

  return (
    <div className="stack narrow">
      <CredentialsForm
        title="Create your account"
        submitLabel="Create account"
        passwordAutoComplete="new-password"
        passwordHint="At least 10 characters."
        busy={fetching}
        errors={errors}
        onSubmit={submit}
      />
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
