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
  /** The token's own id (`jti`). */
  tokenId: string;
  scopes: ReadonlySet<string>;
}
