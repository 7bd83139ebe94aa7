import { prismaPgAdapter } from '@packyourbag/service-kit/postgres';
import { PrismaClient } from '../generated/prisma/client.js';

export type PackingDatabase = PrismaClient;

export function createPrismaClient(databaseUrl: string): PackingDatabase {
  return new PrismaClient({ adapter: prismaPgAdapter(databaseUrl) });
}
