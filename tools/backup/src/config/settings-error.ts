/** A missing or malformed environment variable; the message names it. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}
