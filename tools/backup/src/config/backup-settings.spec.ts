import { describe, expect, it } from 'vitest';
import { readBackupSettings } from './backup-settings.js';

const minimal = {
  S3_BUCKET: 'backups',
  S3_ACCESS_KEY_ID: 'id',
  S3_SECRET_ACCESS_KEY: 'secret',
  DATABASE_URL: 'postgres://pyb_backup@postgres:5432/packyourbag',
};

describe('readBackupSettings', () => {
  it('fills the documented defaults', () => {
    const settings = readBackupSettings(minimal);
    expect(settings.schemas).toEqual(['auth', 'packing', 'events']);
    expect(settings.times).toEqual([{ hour: 3, minute: 0 }]);
    expect(settings.retention).toEqual({ keepDays: 14, keepAtLeast: 7 });
    expect(settings.s3).toMatchObject({ prefix: 'packyourbag', forcePathStyle: true, region: 'us-east-1' });
    expect(settings.mongodbUrl).toBeUndefined();
  });

  it('names the variable that is missing or malformed', () => {
    expect(() => readBackupSettings({ ...minimal, S3_SECRET_ACCESS_KEY: '' })).toThrow(
      /S3_SECRET_ACCESS_KEY is required/,
    );
    expect(() => readBackupSettings({ ...minimal, BACKUP_TIMES_UTC: '3am' })).toThrow(/BACKUP_TIMES_UTC/);
    expect(() => readBackupSettings({ ...minimal, BACKUP_KEEP_AT_LEAST: '0' })).toThrow(
      /BACKUP_KEEP_AT_LEAST/,
    );
    expect(() => readBackupSettings({ ...minimal, BACKUP_PG_SCHEMAS: 'auth;drop' })).toThrow(
      /BACKUP_PG_SCHEMAS/,
    );
  });

  it('reads several daily times and the retention numbers', () => {
    const settings = readBackupSettings({
      ...minimal,
      BACKUP_TIMES_UTC: '03:00, 15:30',
      BACKUP_KEEP_DAYS: '30',
      BACKUP_KEEP_AT_LEAST: '3',
    });
    expect(settings.times).toEqual([
      { hour: 3, minute: 0 },
      { hour: 15, minute: 30 },
    ]);
    expect(settings.retention).toEqual({ keepDays: 30, keepAtLeast: 3 });
  });
});
