import { badUserInput } from '@packyourbag/service-kit';
import { isCommonPassword } from './common-passwords.js';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10;
/** Longer passwords only cost hashing time; 256 is far beyond any passphrase. */
export const MAX_PASSWORD_LENGTH = 256;

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

export function validateNewPassword(password: string, field = 'input.password'): string {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badUserInput(`Use at least ${MIN_PASSWORD_LENGTH} characters.`, field);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw badUserInput(`Use at most ${MAX_PASSWORD_LENGTH} characters.`, field);
  }
  if (isCommonPassword(password)) {
    throw badUserInput('This password is too common; choose another one.', field);
  }
  return password;
}
