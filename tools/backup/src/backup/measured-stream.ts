import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

export interface Measurement {
  bytes: number;
  sha256: string;
}

export interface MeasuredStream {
  stream: Transform;
  /** Valid once the stream has ended. */
  result(): Measurement;
}

/**
 * Passes bytes through unchanged while counting and hashing them; `onProgress` hears the running
 * total about every `progressEvery` bytes (long dumps print progress).
 */
export function measuredStream(
  onProgress?: (bytes: number) => void,
  progressEvery = 8 * 1024 * 1024,
): MeasuredStream {
  const hash = createHash('sha256');
  let bytes = 0;
  let nextReport = progressEvery;
  let digest: string | undefined;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      if (bytes >= nextReport) {
        onProgress?.(bytes);
        nextReport = bytes + progressEvery;
      }
      done(null, chunk);
    },
    flush(done) {
      digest = hash.digest('hex');
      done();
    },
  });
  return {
    stream,
    result() {
      if (digest === undefined) throw new Error('measuredStream: result() before the stream ended');
      return { bytes, sha256: digest };
    },
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
