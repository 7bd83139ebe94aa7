import { UUID } from 'bson';
import { CommandError, ErrorCode } from '../errors.js';
import type { Doc } from './doc.js';
import { ID_INDEX, describeIndex, sameIndexOptions, type IndexSpec } from './index-spec.js';
import { UniqueIndex } from './unique-index.js';

/**
 * One collection: documents in insertion (natural) order plus its indexes. Stored documents are never
 * mutated; a write replaces the object, so cursors holding old objects keep a consistent snapshot.
 */
export class Collection {
  readonly uuid = new UUID();
  private docs: Doc[] = [];
  private readonly indexes = new Map<string, { spec: IndexSpec; unique?: UniqueIndex }>();

  constructor(
    readonly db: string,
    readonly name: string,
  ) {
    this.addIndex(ID_INDEX);
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  get documents(): readonly Doc[] {
    return this.docs;
  }

  insert(doc: Doc): void {
    for (const { unique } of this.indexes.values()) unique?.check(doc);
    for (const { unique } of this.indexes.values()) unique?.add(doc);
    this.docs.push(doc);
  }

  /** Swaps `previous` for `next` in place (same natural position), enforcing unique indexes first. */
  replace(previous: Doc, next: Doc): void {
    const position = this.docs.indexOf(previous);
    if (position < 0) throw new Error('replace() of a document that is not stored');
    for (const { unique } of this.indexes.values()) unique?.check(next, previous);
    for (const { unique } of this.indexes.values()) {
      unique?.remove(previous);
      unique?.add(next);
    }
    this.docs[position] = next;
  }

  remove(doc: Doc): void {
    const position = this.docs.indexOf(doc);
    if (position < 0) return;
    for (const { unique } of this.indexes.values()) unique?.remove(doc);
    this.docs.splice(position, 1);
  }

  get indexSpecs(): IndexSpec[] {
    return [...this.indexes.values()].map(({ spec }) => spec);
  }

  listIndexes(): Doc[] {
    return this.indexSpecs.map(describeIndex);
  }

  /**
   * Adds an index; returns false when an identical one exists. Building a unique index over
   * documents that already collide fails with E11000, as on a server.
   */
  createIndex(spec: IndexSpec): boolean {
    const sameName = this.indexes.get(spec.name);
    if (sameName) {
      if (sameIndexOptions(sameName.spec, spec)) return false;
      throw new CommandError(
        ErrorCode.IndexKeySpecsConflict,
        `An existing index has the same name as the requested index. Requested index: ${JSON.stringify(
          describeIndex(spec),
        )}, existing index: ${JSON.stringify(describeIndex(sameName.spec))}`,
      );
    }
    const sameKey = this.indexSpecs.find(
      (existing) => JSON.stringify(existing.key) === JSON.stringify(spec.key),
    );
    if (sameKey) {
      throw new CommandError(
        ErrorCode.IndexOptionsConflict,
        `Index already exists with a different name: ${sameKey.name}`,
      );
    }
    this.addIndex(spec);
    return true;
  }

  dropIndex(name: string): void {
    if (name === ID_INDEX.name) throw new CommandError(ErrorCode.InvalidOptions, 'cannot drop _id index');
    if (!this.indexes.delete(name)) {
      throw new CommandError(ErrorCode.IndexNotFound, `index not found with name [${name}]`);
    }
  }

  private addIndex(spec: IndexSpec): void {
    if (!spec.unique) {
      this.indexes.set(spec.name, { spec });
      return;
    }
    const unique = new UniqueIndex(spec, this.ns);
    for (const doc of this.docs) {
      unique.check(doc);
      unique.add(doc);
    }
    this.indexes.set(spec.name, { spec, unique });
  }
}
