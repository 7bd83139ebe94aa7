import type { Readable } from 'node:stream';

export interface StoredObject {
  key: string;
  size: number;
}

/** The little of S3 the backups need; one implementation (s3-object-store.ts) serves MinIO and AWS. */
export interface ObjectStore {
  /** Where objects go, for progress lines (`s3://bucket`). */
  readonly location: string;
  /** Creates the bucket unless it exists. */
  ensureBucket(): Promise<'created' | 'existed'>;
  /** Streams a body of unknown length (multipart above 5 MiB). */
  upload(key: string, body: Readable, contentType: string): Promise<void>;
  download(key: string): Promise<Readable>;
  /** Every object under the prefix, in key order. */
  list(prefix: string): Promise<StoredObject[]>;
  remove(keys: readonly string[]): Promise<void>;
}
