import { badUserInput } from '@packyourbag/service-kit';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed and lower-cased, so one mailbox has one account whatever the caller's capitals. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validateEmail(email: string, field = 'input.email'): string {
  const normalised = normaliseEmail(email);
  if (normalised.length > 254 || !EMAIL_PATTERN.test(normalised)) {
    throw badUserInput('Enter a valid email address.', field);
  }
  return normalised;
}
