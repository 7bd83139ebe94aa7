import { resolveMongoServer, resolvePostgres, resolveRedis } from '../infrastructure/index.js';
import { migrate, projectMigrations } from '../migrations/index.js';

export interface WorkspaceTestEnv {
  env: Record<string, string>;
  /** One line saying what this run got. */
  description: string;
  /** Drops the scratch databases. */
  release(): Promise<void>;
}

/** Which service role a workspace's DATABASE_URL uses; other workspaces get no DATABASE_URL. */
const SERVICE_BY_WORKSPACE: Record<string, string> = {
  '@packyourbag/auth': 'auth',
  '@packyourbag/packing': 'packing',
};

/**
 * Stores for one workspace's test run: a new migrated PostgreSQL database (`DATABASE_ADMIN_URL`;
 * auth and packing also get `DATABASE_URL` as their own role), the machine's Redis (`REDIS_URL`),
 * and MongoDB (`MONGODB_URL`, a scratch database) only when a real server is configured or local.
 */
export async function prepareWorkspaceTestEnv(
  workspace: string,
  parentEnv: NodeJS.ProcessEnv = process.env,
): Promise<WorkspaceTestEnv> {
  const postgres = await resolvePostgres({
    configuredUrl: parentEnv.DATABASE_URL || undefined,
    scratch: true,
  });
  const release: Array<() => Promise<void>> = [postgres.stop];
  try {
    const { serviceUrls } = await migrate({
      adminUrl: postgres.url,
      services: projectMigrations(parentEnv),
      enforceRoles: postgres.enforcesRoles,
      log: () => undefined,
    });
    const env: Record<string, string> = { DATABASE_ADMIN_URL: postgres.url, NODE_ENV: 'test' };
    const service = SERVICE_BY_WORKSPACE[workspace];
    if (service && serviceUrls[service]) env.DATABASE_URL = serviceUrls[service];

    const redis = await resolveRedis({ configuredUrl: parentEnv.REDIS_URL || undefined });
    if (redis.url) env.REDIS_URL = redis.url;

    const mongo = await resolveMongoServer({
      configuredUrl: parentEnv.MONGODB_URL || undefined,
      scratch: true,
    });
    if (mongo) {
      release.push(mongo.stop);
      if (mongo.url) env.MONGODB_URL = mongo.url;
    }
    const description = [
      postgres.description,
      `Redis ${redis.url ?? 'none'}`,
      `MongoDB ${mongo?.description ?? 'none'}`,
    ];
    return {
      env,
      description: description.join('; '),
      async release() {
        for (const step of release.reverse()) await step().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const step of release.reverse()) await step().catch(() => undefined);
    throw error;
  }
}
