// What startStack takes and what it hands back: the options, the running stack (URLs, secrets,
// database URLs a scenario needs) and the failures it reports.
import type { LogFormat } from '../processes/format-log-line.js';
import type { ProcessExit, ServiceUser } from '../processes/service-process.js';
import type { ServiceName } from './service-definitions.js';

export interface StartStackOptions {
  /**
   * Environment the stores (DATABASE_URL, REDIS_URL, MONGODB_URL), ROUTER_SECRET, LOG_LEVEL and
   * the children's inherited variables come from.
   * @default process.env
   */
  env?: NodeJS.ProcessEnv;
  /**
   * Services to run, started together. Builds must exist (`dist/`, `.next/`).
   * @default all five
   */
  services?: readonly ServiceName[];
  /**
   * Fixed ports per service; missing ones use the contract's defaults, or ports the OS picks when
   * `ephemeralPorts` is set.
   */
  ports?: Partial<Record<ServiceName, number>>;
  /**
   * Every service without a fixed port binds port 0 and announces the port the OS gave it, which
   * the stack reads from its output (tests, benchmarks; decision 1480). A service restarted with
   * startService binds the same port again: the others know it by that. @default false
   */
  ephemeralPorts?: boolean;
  /** @default '127.0.0.1' */
  host?: string;
  /** New, empty databases for this run, removed on stop (tests). @default false */
  scratch?: boolean;
  /** Ignore configured and local servers; use PGlite, no Redis, the Mongo stand-in. @default false */
  embeddedOnly?: boolean;
  /** PGlite's data folder when no PostgreSQL server is found (ignored with `scratch`). */
  pgliteDataDir?: string;
  /** NODE_ENV for the services. @default env.NODE_ENV or 'development' */
  nodeEnv?: string;
  /** @default env.ROUTER_SECRET, else a random secret for this run */
  routerSecret?: string;
  /**
   * The key the web server signs the client address it forwards to the router with (0713).
   * @default env.CLIENT_ADDRESS_SECRET, else a random secret for this run
   */
  clientAddressSecret?: string;
  /** How child output is printed. @default 'pretty' */
  logFormat?: LogFormat;
  /** Where status lines and child output go. @default console.log */
  print?: (line: string) => void;
  /**
   * Child output is dropped unless this says otherwise (tests keep the terminal quiet). Until the
   * whole stack is ready only warnings and errors are shown; the rest goes to `logDir`.
   * @default true
   */
  showServiceOutput?: boolean;
  /** Each service's whole output goes to `<logDir>/<service>.log` (emptied at start). @default none */
  logDir?: string;
  /** How long each service may take to become ready. @default 90000 */
  readyTimeoutMs?: number;
  /**
   * Run every service as this unprivileged user, with TMPDIR=/tmp: the checkout is then read-only
   * to them except /tmp, as a container's root filesystem is under `readOnlyRootFilesystem`
   * (e2e/read-only-root). Needs the caller to be root. @default the caller's user
   */
  user?: ServiceUser;
}

export interface RunningStack {
  urls: { web: string; graphql: string } & Record<ServiceName, string>;
  ports: Record<ServiceName, number>;
  /** One line per store: which PostgreSQL, Redis and MongoDB this run uses. */
  stores: { postgres: string; redis: string; mongo: string };
  /** The secret the router signs subgraph requests with (tests forge proofs against it). */
  routerSecret: string;
  /** The secret the web server signs forwarded client addresses with (tests forward as the web server). */
  clientAddressSecret: string;
  /** The NODE_ENV the services run with (the profile, decision 0715). */
  nodeEnv: string;
  /** Admin URL of the database the services use. */
  databaseUrl: string;
  /**
   * Each PostgreSQL service's own connection (its role where the server enforces roles): what a
   * scenario uses to read that service's rows, instead of searching the server for them.
   */
  serviceDatabaseUrls: { auth: string; packing: string };
  /** The lifecycle-event queue as the services reach it (publishers in tests use it too). */
  eventsUrl: string;
  /** The MongoDB database preferences uses. */
  mongoUrl: string;
  /** The process id of a running service (benchmarks read its CPU time from /proc); undefined when stopped. */
  pid(name: ServiceName): number | undefined;
  /** Settles if a service exits while the stack is meant to be running. */
  failed: Promise<ServiceFailure>;
  /**
   * Stops one service (SIGTERM, as on shutdown) and keeps it stopped until `startService`; its
   * exit is not a failure. Scenarios use it to show that work waits for a stopped consumer, and
   * that a service drains on SIGTERM (it resolves with how the process ended: SIGKILL after
   * `graceMs`, default 10 s, if it had not exited by then).
   */
  stopService(name: ServiceName, graceMs?: number): Promise<ProcessExit>;
  /**
   * Kills one service with SIGKILL (a crash: no graceful shutdown) and keeps it stopped until
   * `startService`; its exit is not a failure. The fault benchmark uses it.
   */
  killService(name: ServiceName): Promise<void>;
  /** Starts a service stopped with `stopService` or `killService` again, with the same environment; resolves once ready. */
  startService(name: ServiceName): Promise<void>;
  /** Stops services (router and web first), then the stores this run started. Idempotent. */
  stop(): Promise<void>;
}

export interface ServiceFailure {
  service: ServiceName;
  exit: ProcessExit;
  /** Its last output lines. */
  tail: string[];
}

export class StackStartError extends Error {
  override name = 'StackStartError';
  constructor(
    /** One line: which service and why. */
    readonly summary: string,
    readonly tail: string[] = [],
    /** The service's log file, when the stack writes them. */
    readonly logFile?: string,
  ) {
    super(
      [
        summary,
        ...(tail.length ? ['--- last output ---', ...tail] : []),
        ...(logFile ? [`Details: ${logFile}`] : []),
      ].join('\n'),
    );
  }
}
