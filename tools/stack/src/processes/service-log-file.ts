import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

/** Where one service's whole output goes, whatever the terminal shows. */
export interface ServiceLogFile {
  path: string;
  write(line: string): void;
  close(): Promise<void>;
}

/**
 * Opens `<dir>/<service>.log`, emptied at each start of the stack (`append` for a restart within
 * the same run), so the details of a failure are on disk while the terminal stays short.
 */
export function openServiceLogFile(dir: string, service: string, append = false): ServiceLogFile {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${service}.log`);
  const stream: WriteStream = createWriteStream(path, { flags: append ? 'a' : 'w' });
  return {
    path,
    write(line) {
      stream.write(`${line}\n`);
    },
    close() {
      return new Promise((resolve) => stream.end(() => resolve()));
    },
  };
}
