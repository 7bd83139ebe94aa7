import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  // The form reads ?next= (useSearchParams), which needs a Suspense boundary in a static page.
  return (
    <Suspense>
      <SignInForm />
    </Suspense>
  );
}
