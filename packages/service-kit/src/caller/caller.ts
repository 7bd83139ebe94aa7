/** Scopes a token can carry. Session tokens carry all of them; personal access tokens a subset. */
export const Scope = {
  PackingRead: 'packing:read',
  PackingWrite: 'packing:write',
  PreferencesRead: 'preferences:read',
  PreferencesWrite: 'preferences:write',
} as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

export const ALL_SCOPES: readonly Scope[] = Object.values(Scope);

/** Who is calling, as established from a verified access token. */
export interface Caller {
  /** The user id (`sub`). */
  userId: string;
  /** The session family (`sid`); absent for personal access tokens. */
  sessionId?: string;
  /** The token's own id (`jti`); for personal access tokens, the token's id in auth. */
  tokenId: string;
  scopes: ReadonlySet<string>;
  /**
   * What kind of token proved it: a signed-in session's access token, or a personal access token
   * (`token_use: "pat"`). Rate limits key personal tokens by `tokenId`. Absent only on callers
   * built by hand (tests); the verifier always sets it.
   */
  kind?: CallerKind;
}

export type CallerKind = 'session' | 'personal';
