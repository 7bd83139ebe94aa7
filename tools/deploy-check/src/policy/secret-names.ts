/** Words that make a variable name a secret wherever they stand (`AUTH_DB_PASSWORD`, `ROUTER_SECRET`). */
const SECRET_WORDS = new Set(['SECRET', 'PASSWORD', 'PASSWD', 'CREDENTIALS', 'PRIVATE']);
/** Words that make it a secret when they end the name (`KEY_ENCRYPTION_KEY`, `API_TOKEN`), so that
 * settings about keys and tokens (`KEY_ROTATION_DAYS`, `ACCESS_TOKEN_TTL_SECONDS`) are not. */
const SECRET_LAST_WORDS = new Set(['KEY', 'TOKEN', 'APIKEY']);

export function looksLikeSecretName(name: string): boolean {
  const words = name
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const last = words.at(-1) ?? '';
  return words.some((word) => SECRET_WORDS.has(word)) || SECRET_LAST_WORDS.has(last);
}

/** A URL with a password in it (`postgres://user:password@host/db`). */
export function hasUrlCredentials(value: string): boolean {
  return /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i.test(value);
}
