// Prisma CLI config: the JS engine only (no Rust binaries can be downloaded here). The CLI is used
// to generate the client and to author migrations (`prisma migrate diff`); migrations are applied
// by `npm run db:migrate` (see docs/decisions).
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: async () => new PrismaPg({ connectionString: process.env['DATABASE_URL'] }),
});
