import { SnapshotReader, snapshotDifferences, type Snapshot } from './owner-snapshot.js';
import {
  WorldPools,
  accessTokenClaims,
  poolsOf,
  signInAgain,
  signUpAccount,
  type Account,
} from './fuzz-world.js';
import { TOPPED_UP_POOLS, seedData, topUp } from './seed-data.js';

export interface WorldOptions {
  graphqlUrl: string;
  databaseUrl: string;
  mongoUrl: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The fuzz's world: an owner with real data the cases act as, a stranger whose real ids and share
 * tokens the cases aim at, and the owner's current snapshot. It keeps the owner usable: after a
 * case signs the session out, deletes the account or empties a pool, it signs in again, starts a
 * new owner or tops the data up, and takes the snapshot again.
 */
export class OwnerWorld {
  readonly pools: WorldPools;
  /** How many owners the run went through (a case may delete the account). */
  ownersUsed = 1;

  private constructor(
    private readonly options: WorldOptions,
    private readonly reader: SnapshotReader,
    public owner: Account,
    readonly stranger: Account,
    public snapshot: Snapshot,
    private strangerSnapshot: Snapshot,
  ) {
    this.pools = new WorldPools(poolsOf(owner, snapshot), poolsOf(stranger, strangerSnapshot));
  }

  static async create(options: WorldOptions): Promise<OwnerWorld> {
    const reader = await SnapshotReader.open(options.databaseUrl, options.mongoUrl);
    const [owner, stranger] = await Promise.all([
      signUpAccount(options.graphqlUrl),
      signUpAccount(options.graphqlUrl),
    ]);
    await Promise.all([seedData(options.graphqlUrl, owner), seedData(options.graphqlUrl, stranger)]);
    const world = new OwnerWorld(
      options,
      reader,
      owner,
      stranger,
      await settledSnapshot(reader, owner.id),
      await settledSnapshot(reader, stranger.id),
    );
    return world;
  }

  get tables(): string[] {
    return this.reader.tables;
  }

  /** The owner's data now, once background work (an import job) has finished. */
  settledSnapshot(): Promise<Snapshot> {
    return settledSnapshot(this.reader, this.owner.id);
  }

  /** Before an owner's case: a session with a minute left at least. */
  async ensureSession(): Promise<void> {
    if (accessTokenClaims(this.owner.accessToken).secondsLeft > 60) return;
    await this.recover();
  }

  /**
   * After an accepted change: new pools, the new password if the case set one, and a usable owner
   * with data again; `after` is the settled snapshot taken after the case.
   */
  async acceptChange(after: Snapshot, newPassword: string | undefined): Promise<void> {
    if (newPassword !== undefined) this.owner.password = newPassword;
    this.snapshot = after;
    const { sessionId, secondsLeft } = accessTokenClaims(this.owner.accessToken);
    const sessions = (after['auth.sessions'] ?? []) as Array<{ id: string; revoked_at: string | null }>;
    const current = sessions.find((session) => session.id === sessionId);
    if (
      (after['auth.users'] ?? []).length === 0 ||
      !current ||
      current.revoked_at !== null ||
      secondsLeft < 60
    ) {
      await this.recover();
    }
    const pools = poolsOf(this.owner, this.snapshot);
    if (TOPPED_UP_POOLS.some((pool) => pools[pool].length === 0)) {
      await topUp(this.options.graphqlUrl, this.owner, pools);
      this.snapshot = await this.settledSnapshot();
    }
    this.pools.update('owner', poolsOf(this.owner, this.snapshot));
  }

  /** What changed in the stranger's data since the last look (nothing may); each change is told once. */
  async strangerChanges(): Promise<string[]> {
    const now = await settledSnapshot(this.reader, this.stranger.id);
    const differences = snapshotDifferences(this.strangerSnapshot, now);
    this.strangerSnapshot = now;
    return differences;
  }

  async close(): Promise<void> {
    await this.reader.close();
  }

  /** Signs the owner in again, or starts a new owner when the account is gone or locked. */
  private async recover(): Promise<void> {
    const exists = ((await this.reader.take(this.owner.id))['auth.users'] ?? []).length > 0;
    let signedIn = false;
    if (exists) {
      signedIn = await signInAgain(this.options.graphqlUrl, this.owner).then(
        () => true,
        () => false,
      );
    }
    if (!signedIn) {
      this.owner = await signUpAccount(this.options.graphqlUrl);
      await seedData(this.options.graphqlUrl, this.owner);
      this.ownersUsed += 1;
    }
    this.snapshot = await this.settledSnapshot();
    this.pools.update('owner', poolsOf(this.owner, this.snapshot));
  }
}

/**
 * A snapshot once background work has finished: no import job running (an accepted import writes
 * after its answer). Gives up waiting after 30 s and returns what is there.
 */
async function settledSnapshot(reader: SnapshotReader, accountId: string): Promise<Snapshot> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const snapshot = await reader.take(accountId);
    const running = (snapshot['packing.import_jobs'] ?? []).some(
      (job) => (job as { status?: string }).status === 'RUNNING',
    );
    if (!running || Date.now() > deadline) return snapshot;
    await pause(200);
  }
}
