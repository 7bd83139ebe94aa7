import { join } from 'node:path';
import {
  createMigratedScratchDatabase,
  type MigratedScratchDatabase,
} from '@packyourbag/service-kit/testing';

export type ScratchPackingDatabase = MigratedScratchDatabase;

/** Spec support: a new database `pyb_unit_<random>` with every packing migration applied, dropped afterwards. */
export function createMigratedDatabase(): Promise<ScratchPackingDatabase> {
  return createMigratedScratchDatabase({ migrationsDir: join(__dirname, '../../prisma/migrations') });
}
