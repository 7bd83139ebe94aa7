import { prismaPgAdapter } from '@packyourbag/service-kit/postgres';
import { PrismaClient } from '../generated/prisma/client.js';

export type AuthDatabase = PrismaClient;

export function createPrismaClient(databaseUrl: string): AuthDatabase {
  return new PrismaClient({ adapter: prismaPgAdapter(databaseUrl) });
}
