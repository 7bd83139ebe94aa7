import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bundled list (see data/README.md for its source): 20 000 common passwords of 10+ characters. */
export const COMMON_PASSWORDS_FILE = join(__dirname, '../../data/common-passwords.txt');

let common: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(COMMON_PASSWORDS_FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return common;
}

/** True when the password, compared case-insensitively, is on the bundled list. */
export function isCommonPassword(password: string): boolean {
  return load().has(password.normalize('NFKC').trim().toLowerCase());
}

/** How many entries the list holds (start-up log, tests). */
export function commonPasswordCount(): number {
  return load().size;
}
