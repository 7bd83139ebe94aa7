import { describe, expect, it } from 'vitest';
import { ErrorReportsConfigError, readErrorReportsConfig } from './error-reports-config.js';

const service = { serviceName: 'router', version: '0.1.0' };

describe('readErrorReportsConfig', () => {
  it('is off without SENTRY_DSN', () => {
    expect(readErrorReportsConfig({}, service)).toEqual({ enabled: false });
    expect(readErrorReportsConfig({ SENTRY_DSN: ' ' }, service)).toEqual({ enabled: false });
  });

  it('names the release after the service and the package version, environment after NODE_ENV', () => {
    expect(
      readErrorReportsConfig(
        { SENTRY_DSN: 'https://key@o1.ingest.example/42', NODE_ENV: 'production' },
        service,
      ),
    ).toEqual({
      enabled: true,
      dsn: 'https://key@o1.ingest.example/42',
      environment: 'production',
      release: 'router@0.1.0',
      serviceName: 'router',
    });
  });

  it('prefers SENTRY_RELEASE, then GIT_SHA; SENTRY_ENVIRONMENT over NODE_ENV', () => {
    const dsn = 'http://public@127.0.0.1:9000/1';
    expect(readErrorReportsConfig({ SENTRY_DSN: dsn, GIT_SHA: 'abc1234' }, service)).toMatchObject({
      release: 'router@abc1234',
      environment: 'development',
    });
    expect(
      readErrorReportsConfig(
        {
          SENTRY_DSN: dsn,
          GIT_SHA: 'abc1234',
          SENTRY_RELEASE: 'packyourbag@2026.12',
          SENTRY_ENVIRONMENT: 'staging',
          NODE_ENV: 'production',
        },
        service,
      ),
    ).toMatchObject({ release: 'packyourbag@2026.12', environment: 'staging' });
  });

  it('refuses a DSN the SDK could not send to, naming the variable', () => {
    for (const dsn of [
      'not a url',
      'https://o1.ingest.example/42',
      'https://key@o1.ingest.example/',
      'ftp://key@host/1',
    ]) {
      expect(() => readErrorReportsConfig({ SENTRY_DSN: dsn }, service)).toThrow(ErrorReportsConfigError);
      expect(() => readErrorReportsConfig({ SENTRY_DSN: dsn }, service)).toThrow(/SENTRY_DSN/);
    }
  });

  it('finds the running package version when none is given', () => {
    const config = readErrorReportsConfig(
      { SENTRY_DSN: 'http://public@127.0.0.1:9000/1' },
      { serviceName: 'x' },
    );
    expect(config).toMatchObject({ release: expect.stringMatching(/^x@\d+\.\d+\.\d+/) });
  });
});
