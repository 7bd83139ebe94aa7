import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../../..');

interface ComposeService {
  image?: string;
  environment?: Record<string, string>;
  ports?: Array<string | { host_ip?: string; published?: number | string }>;
  depends_on?: Record<string, { condition: string }>;
  read_only?: boolean;
  cap_drop?: string[];
  command?: string[];
  profiles?: string[];
}

/**
 * docker-compose.yml as Compose renders it (Debian's docker-compose 1.29; CI installs it), with a
 * clean environment so nothing from the caller's shell or a local .env leaks in.
 */
async function render(envFile: string, profile?: string): Promise<Record<string, ComposeService>> {
  const args = [
    '-f',
    'docker-compose.yml',
    '--env-file',
    envFile,
    ...(profile ? ['--profile', profile] : []),
    'config',
  ];
  const { stdout } = await run('docker-compose', args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
  return (parse(stdout) as { services: Record<string, ComposeService> }).services;
}

describe('docker-compose.yml: backups in the production profile (decision 1424)', () => {
  let folder: string;
  let generated: string;
  let empty: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'pyb-compose-'));
    generated = join(folder, 'generated.env');
    empty = join(folder, 'empty.env');
    const { stdout } = await run(join(ROOT, 'deploy/compose/production-env.sh'), ['packyourbag.example.org']);
    await writeFile(generated, stdout);
    await writeFile(empty, '');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('wires MinIO, the bucket step and the scheduled backup with the secrets of the generated .env', async () => {
    const services = await render(generated, 'production');
    const { minio, backup, 'backup-bucket': bucket, migrate } = services;
    expect(minio?.image).toMatch(/^minio\/minio:RELEASE\.\d{4}-\d{2}-\d{2}T/);
    const root = minio!.environment!;
    expect(root.MINIO_ROOT_PASSWORD!.length).toBeGreaterThanOrEqual(32);
    for (const service of [backup!, bucket!]) {
      expect(service.environment).toMatchObject({
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: root.MINIO_ROOT_USER,
        S3_SECRET_ACCESS_KEY: root.MINIO_ROOT_PASSWORD,
        DATABASE_URL: 'postgres://pyb_backup@postgres:5432/packyourbag',
      });
      expect(service.read_only).toBe(true);
      expect(service.cap_drop).toEqual(['ALL']);
    }
    // The backup role's password is the one the migration sets on the role.
    expect(backup!.environment!.PGPASSWORD!.length).toBeGreaterThanOrEqual(32);
    expect(backup!.environment!.PGPASSWORD).toBe(migrate!.environment!.BACKUP_DB_PASSWORD);
    expect(bucket!.command).toEqual(['create-bucket']);
    expect(backup!.command).toEqual(['schedule']);
    expect(backup!.depends_on).toMatchObject({
      'backup-bucket': { condition: 'service_completed_successfully' },
      migrate: { condition: 'service_completed_successfully' },
    });
    // MinIO's console is for an operator on the host; its S3 API is not published at all.
    const published = (minio!.ports ?? []).map((port) =>
      typeof port === 'string' ? port : `${port.host_ip}:${port.published}`,
    );
    expect(published.every((port) => port.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('holds no literal backup secret: without the generated .env they are empty', async () => {
    const services = await render(empty, 'production');
    expect(services.minio!.environment).toMatchObject({ MINIO_ROOT_USER: '', MINIO_ROOT_PASSWORD: '' });
    expect(services.backup!.environment).toMatchObject({
      S3_ACCESS_KEY_ID: '',
      S3_SECRET_ACCESS_KEY: '',
      PGPASSWORD: '',
    });
    expect(services.migrate!.environment!.BACKUP_DB_PASSWORD).toBe('');
  });

  it('adds nothing to the laptop setup: MinIO and the backups belong to the production profile', async () => {
    // docker-compose 1.29's `config` prints every service; `up` without the profile skips these.
    const services = await render(empty);
    for (const name of ['minio', 'backup-bucket', 'backup'])
      expect(services[name]?.profiles, name).toEqual(['production']);
  });
});
