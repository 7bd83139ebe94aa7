import type { RunningCommand } from '../commands/spawn-command.js';
import type { ObjectStore } from '../storage/object-store.js';
import { measuredStream, type Measurement } from './measured-stream.js';

/**
 * Streams a dump program's output into one object, measuring it on the way. Fails if the program
 * fails (the object may then hold a truncated dump; the caller discards the whole backup).
 */
export async function uploadCommandOutput(
  command: RunningCommand,
  store: ObjectStore,
  key: string,
  contentType: string,
  onProgress: (bytes: number) => void,
): Promise<Measurement> {
  const measured = measuredStream(onProgress);
  command.stdin.end();
  command.stdout.pipe(measured.stream);
  const upload = store.upload(key, measured.stream, contentType);
  try {
    // A failed upload stops the program too, or it would wait forever to write the rest.
    await Promise.all([
      command.finished,
      upload.catch((error: unknown) => {
        command.kill();
        throw error;
      }),
    ]);
  } catch (error) {
    command.kill();
    measured.stream.destroy(error instanceof Error ? error : new Error(String(error)));
    await upload.catch(() => undefined);
    throw error;
  }
  return measured.result();
}
