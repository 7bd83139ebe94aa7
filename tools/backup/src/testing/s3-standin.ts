import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../config/backup-settings.js';

export interface S3Standin {
  /** Settings pointing the real S3 client at it (path-style, s3rver's fixed credentials). */
  settings(bucket: string, prefix?: string): S3Settings;
  close(): Promise<void>;
}

/**
 * THE MINIO STAND-IN FOR TESTS: s3rver, a real S3-compatible HTTP server (SigV4 checked, objects on
 * disk in a temporary folder) that runs in-process, because neither MinIO nor Docker can run here
 * (decision 1422). The backup tool talks to it through the same AWS SDK client it uses for MinIO.
 */
export async function startS3Standin(): Promise<S3Standin> {
  const directory = await mkdtemp(join(tmpdir(), 'pyb-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  return {
    settings: (bucket, prefix = 'packyourbag') => ({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      bucket,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      prefix,
    }),
    async close() {
      // The SDK keeps connections alive; without this close() waits for them to time out.
      server.httpServer?.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
