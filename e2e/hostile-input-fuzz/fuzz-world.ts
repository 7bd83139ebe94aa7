import { randomUUID } from 'node:crypto';
import { setupCall } from './fuzz-http.js';
import type { Snapshot } from './owner-snapshot.js';
import {
  ID_POOLS,
  type IdPoolName,
  type PoolLookup,
  type PoolName,
  type PoolOwner,
} from './value-template.js';
import { randomClientIp } from '../support/forwarded-client.js';

/** A real account the fuzz signs in as (the owner) or aims at (the stranger). */
export interface Account {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  /** Share-link tokens, which no store keeps in readable form. */
  shareTokens: string[];
}

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken user { id } } }';

/**
 * Signs up a new account from an address of its own. Setup, not a case: a sign-up that fails (one
 * answered INTERNAL_SERVER_ERROR once while the machine was overloaded) is logged and tried once
 * more with a fresh address.
 */
export async function signUpAccount(graphqlUrl: string, attempt = 1): Promise<Account> {
  const email = `e2e-fuzz-${randomUUID()}@example.com`;
  // Each account its own password: cases may send the owner's, and must not thereby sign in as the stranger.
  const password = `fuzz passphrase ${randomUUID()}`;
  try {
    const data = await setupCall<{ signUp: { accessToken: string; user: { id: string } } }>(
      graphqlUrl,
      SIGN_UP,
      { input: { email, password } },
      { ip: randomClientIp() },
    );
    return {
      id: data.signUp.user.id,
      email,
      password,
      accessToken: data.signUp.accessToken,
      shareTokens: [],
    };
  } catch (error) {
    if (attempt > 1) throw error;
    console.warn(`fuzz setup: sign-up failed, trying once more: ${String(error)}`);
    return signUpAccount(graphqlUrl, attempt + 1);
  }
}

/** A fresh session for the account (after a case signed it out); throws when sign-in is refused. */
export async function signInAgain(graphqlUrl: string, account: Account): Promise<void> {
  const data = await setupCall<{ signIn: { accessToken: string } }>(
    graphqlUrl,
    SIGN_IN,
    { input: { email: account.email, password: account.password } },
    { ip: randomClientIp() },
  );
  account.accessToken = data.signIn.accessToken;
}

/** Which table's ids fill which pool. */
const POOL_TABLES: Record<IdPoolName, string> = {
  item: 'packing.items',
  category: 'packing.categories',
  list: 'packing.lists',
  listEntry: 'packing.list_entries',
  pack: 'packing.packs',
  packEntry: 'packing.pack_entries',
  trip: 'packing.trips',
  shareLink: 'packing.share_links',
  importJob: 'packing.import_jobs',
  session: 'auth.sessions',
  personalAccessToken: 'auth.personal_access_tokens',
};

/** The values of one account's pools, read from its snapshot. */
export function poolsOf(account: Account, snapshot: Snapshot): Record<PoolName, string[]> {
  const ids = (table: string) => (snapshot[table] ?? []).map((row) => String((row as { id?: unknown }).id));
  const pools = {} as Record<PoolName, string[]>;
  for (const pool of ID_POOLS) pools[pool] = ids(POOL_TABLES[pool]);
  pools.shareToken = [...account.shareTokens];
  pools.email = [account.email];
  pools.password = [account.password];
  return pools;
}

/** Both accounts' pools, for resolving the cases' WorldRefs. */
export class WorldPools {
  private readonly pools: Record<PoolOwner, Record<PoolName, string[]>>;

  constructor(owner: Record<PoolName, string[]>, stranger: Record<PoolName, string[]>) {
    this.pools = { owner, stranger };
  }

  update(owner: PoolOwner, pools: Record<PoolName, string[]>): void {
    this.pools[owner] = pools;
  }

  readonly lookup: PoolLookup = (owner, pool, index) => {
    const values = this.pools[owner][pool];
    return values.length === 0 ? undefined : values[index % values.length];
  };
}

/** Seconds until the access token expires, and its session id (read from the JWT's payload). */
export function accessTokenClaims(token: string): { secondsLeft: number; sessionId?: string } {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    exp?: number;
    sid?: string;
  };
  return { secondsLeft: (payload.exp ?? 0) - Date.now() / 1000, sessionId: payload.sid };
}
