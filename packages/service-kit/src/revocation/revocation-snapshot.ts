/**
 * What auth publishes at `GET /.well-known/revoked-tokens`: every revoked token that could still
 * verify by signature and expiry. Access tokens live 15 minutes, so a revoked session stays listed
 * that long after its revocation; a revoked personal access token until its own expiry.
 */
export interface RevocationSnapshot {
  /** Revoked personal access tokens, by `jti`. */
  jtis: string[];
  /** Revoked session families, by `sid`. */
  sessions: string[];
  /** When auth produced the list (ISO-8601). */
  generatedAt: string;
}

/** A well-formed snapshot or undefined: a feed that answers garbage must not clear the list. */
export function parseRevocationSnapshot(value: unknown): RevocationSnapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { jtis, sessions, generatedAt } = value as Record<string, unknown>;
  const strings = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((entry) => typeof entry === 'string');
  if (!strings(jtis) || !strings(sessions) || typeof generatedAt !== 'string') return undefined;
  return { jtis, sessions, generatedAt };
}
