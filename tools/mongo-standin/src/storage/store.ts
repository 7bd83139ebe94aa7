import { CommandError, ErrorCode } from '../errors.js';
import { Collection } from './collection.js';

/** All data of one stand-in: databases, each a map of collections. A database exists while it has one. */
export class Store {
  private readonly databases = new Map<string, Map<string, Collection>>();

  collection(db: string, name: string): Collection | undefined {
    return this.databases.get(db)?.get(name);
  }

  /** The collection, created on first use as MongoDB does for writes and createIndexes. */
  ensureCollection(db: string, name: string): { collection: Collection; created: boolean } {
    validateCollectionName(db, name);
    let collections = this.databases.get(db);
    if (!collections) {
      collections = new Map();
      this.databases.set(db, collections);
    }
    const existing = collections.get(name);
    if (existing) return { collection: existing, created: false };
    const collection = new Collection(db, name);
    collections.set(name, collection);
    return { collection, created: true };
  }

  collections(db: string): Collection[] {
    return [...(this.databases.get(db)?.values() ?? [])];
  }

  dropCollection(db: string, name: string): Collection | undefined {
    const collections = this.databases.get(db);
    const collection = collections?.get(name);
    collections?.delete(name);
    if (collections?.size === 0) this.databases.delete(db);
    return collection;
  }

  dropDatabase(db: string): void {
    this.databases.delete(db);
  }

  allCollections(): Collection[] {
    return [...this.databases.values()].flatMap((collections) => [...collections.values()]);
  }

  databaseNames(): string[] {
    return [...this.databases.keys()];
  }
}

function validateCollectionName(db: string, name: string): void {
  if (db.length === 0 || /[/\\. "$]/.test(db)) {
    throw new CommandError(ErrorCode.InvalidNamespace, `Invalid database name: '${db}'`);
  }
  if (name.length === 0 || name.includes('$') || name.startsWith('system.')) {
    throw new CommandError(ErrorCode.InvalidNamespace, `Invalid collection name: '${name}'`);
  }
}
