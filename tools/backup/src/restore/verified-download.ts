import type { Readable } from 'node:stream';
import type { BackupPart } from '../backup/backup-manifest.js';
import { measuredStream, type MeasuredStream } from '../backup/measured-stream.js';
import type { ObjectStore } from '../storage/object-store.js';

export interface VerifiedDownload {
  stream: Readable;
  /** Rejects unless the bytes that went through match the manifest's size and sha256. */
  verify(): void;
}

/** An object's bytes, measured on the way so the caller can refuse a damaged or swapped dump. */
export async function verifiedDownload(
  store: ObjectStore,
  part: BackupPart,
  onProgress: (bytes: number) => void,
): Promise<VerifiedDownload> {
  const source = await store.download(part.key);
  const measured: MeasuredStream = measuredStream(onProgress);
  source.on('error', (error) => measured.stream.destroy(error));
  source.pipe(measured.stream);
  return {
    stream: measured.stream,
    verify() {
      const got = measured.result();
      if (got.bytes !== part.bytes || got.sha256 !== part.sha256) {
        throw new Error(
          `${part.key} does not match its manifest (${got.bytes} bytes, sha256 ${got.sha256}; expected ${part.bytes}, ${part.sha256})`,
        );
      }
    },
  };
}
