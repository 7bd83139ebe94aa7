import { describe, expect, it } from 'vitest';
import { readAuthConfig } from './config.js';

const BASE = { DATABASE_URL: 'postgres://pyb_auth@127.0.0.1:5432/packyourbag' };
const PRODUCTION = {
  ...BASE,
  NODE_ENV: 'production',
  KEY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  ROUTER_SECRET: 'a-production-router-secret-of-at-least-32-characters',
};

describe('readAuthConfig: the lifecycle-event queue', () => {
  it('is off in development when EVENTS_DATABASE_URL is unset', () => {
    expect(readAuthConfig(BASE).events).toBeUndefined();
  });

  it('reads EVENTS_DATABASE_URL and EVENTS_POLL_MS', () => {
    const config = readAuthConfig({
      ...BASE,
      EVENTS_DATABASE_URL: 'postgres://pyb_events@127.0.0.1:5432/packyourbag',
      EVENTS_POLL_MS: '250',
    });
    expect(config.events).toEqual({
      databaseUrl: 'postgres://pyb_events@127.0.0.1:5432/packyourbag',
      pollIntervalMs: 250,
    });
  });

  it('is required in production, naming the variable', () => {
    expect(() => readAuthConfig(PRODUCTION)).toThrow(/EVENTS_DATABASE_URL/);
  });
});

describe('readAuthConfig: the purge', () => {
  it('keeps dead rows 30 days by default, PURGE_AFTER_DAYS otherwise', () => {
    expect(readAuthConfig(BASE).purgeAfterDays).toBe(30);
    expect(readAuthConfig({ ...BASE, PURGE_AFTER_DAYS: '7' }).purgeAfterDays).toBe(7);
  });

  it('refuses less than a day (the revocation feed needs revoked sessions for an hour), naming the variable', () => {
    expect(() => readAuthConfig({ ...BASE, PURGE_AFTER_DAYS: '0' })).toThrow(/PURGE_AFTER_DAYS/);
  });
});
