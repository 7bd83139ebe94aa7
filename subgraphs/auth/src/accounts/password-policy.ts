import { badUserInput, firstControlCharacter } from '@packyourbag/service-kit';
import { isCommonPassword } from './common-passwords.js';

/** Counted in characters (code points) after NFKC, as NIST 800-63B asks (decision 0609). */
export const MIN_PASSWORD_LENGTH = 10;
/** Keeps hashing bounded; 256 characters is far beyond any passphrase. */
export const MAX_PASSWORD_LENGTH = 256;
/** "Spaces plus one letter" is not a password: at least this many characters must not be whitespace. */
export const MIN_NON_WHITESPACE = 8;

/** What is hashed and verified: NFKC, so every way of typing the same characters is one password. */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/**
 * Checks a new password and returns the normalised string to hash. `email` (normalised) is the
 * account's: the password may not be it or its local part, compared case-insensitively.
 */
export function checkNewPassword(password: string, email: string | null, field = 'input.password'): string {
  // Refuse absurd input before normalising it (NFKC can grow a string).
  if (password.length > MAX_PASSWORD_LENGTH * 4) {
    throw badUserInput(`Use at most ${MAX_PASSWORD_LENGTH} characters.`, field);
  }
  const normalised = normalisePassword(password);
  const length = [...normalised].length;
  if (length < MIN_PASSWORD_LENGTH)
    throw badUserInput(`Use at least ${MIN_PASSWORD_LENGTH} characters.`, field);
  if (length > MAX_PASSWORD_LENGTH)
    throw badUserInput(`Use at most ${MAX_PASSWORD_LENGTH} characters.`, field);
  if (firstControlCharacter(normalised) || normalised.includes('\t')) {
    throw badUserInput('A password cannot hold control characters or tabs.', field);
  }
  if ([...normalised.replace(/\s/gu, '')].length < MIN_NON_WHITESPACE) {
    throw badUserInput(`Use at least ${MIN_NON_WHITESPACE} characters that are not spaces.`, field);
  }
  const folded = normalised.trim().toLowerCase();
  if (email && (folded === email.toLowerCase() || folded === email.toLowerCase().split('@')[0])) {
    throw badUserInput('The password cannot be your email address or its name part.', field);
  }
  if (isCommonPassword(normalised))
    throw badUserInput('This password is too common; choose another one.', field);
  return normalised;
}
