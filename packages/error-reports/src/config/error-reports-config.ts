import { runningPackageVersion } from './running-package-version.js';

/** A SENTRY_* variable that cannot be used; the message names it so an operator can act. */
export class ErrorReportsConfigError extends Error {
  override name = 'ErrorReportsConfigError';
  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

export interface ReadErrorReportsConfigOptions {
  /** The service reports are tagged with (`router`, `packing`, `web`, …). */
  serviceName: string;
  /**
   * The release when SENTRY_RELEASE and GIT_SHA are unset.
   * @default the version in the package.json nearest above the program being run
   */
  version?: string;
}

export type ErrorReportsConfig =
  | { enabled: false }
  | {
      enabled: true;
      dsn: string;
      /** SENTRY_ENVIRONMENT, else NODE_ENV, else `development`. */
      environment: string;
      /** SENTRY_RELEASE, else `<service>@<GIT_SHA>`, else `<service>@<package version>`. */
      release: string;
      serviceName: string;
    };

type Env = Readonly<Record<string, string | undefined>>;

const set = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

/** Off unless SENTRY_DSN is set; a DSN Sentry's SDK could not send to stops the process at start-up. */
export function readErrorReportsConfig(env: Env, options: ReadErrorReportsConfigOptions): ErrorReportsConfig {
  const dsn = set(env, 'SENTRY_DSN');
  if (dsn === undefined) return { enabled: false };
  let url: URL;
  try {
    url = new URL(dsn);
  } catch {
    throw new ErrorReportsConfigError('SENTRY_DSN', 'must be a URL like https://<key>@<host>/<project>.');
  }
  if (!['http:', 'https:'].includes(url.protocol) || !url.username || !/^\/(.*\/)?\d+$/.test(url.pathname)) {
    throw new ErrorReportsConfigError('SENTRY_DSN', 'must be a URL like https://<key>@<host>/<project>.');
  }
  const gitSha = set(env, 'GIT_SHA');
  return {
    enabled: true,
    dsn,
    environment: set(env, 'SENTRY_ENVIRONMENT') ?? set(env, 'NODE_ENV') ?? 'development',
    release:
      set(env, 'SENTRY_RELEASE') ??
      `${options.serviceName}@${gitSha ?? options.version ?? runningPackageVersion()}`,
    serviceName: options.serviceName,
  };
}
