import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignUpForm } from '@/components/auth/sign-up-form';

export const metadata: Metadata = { title: 'Create account' };

export default function SignUpPage() {
  // The form reads ?next= (useSearchParams), which needs a Suspense boundary in a static page.
  return (
    <Suspense>
      <SignUpForm />
    </Suspense>
  );
}
