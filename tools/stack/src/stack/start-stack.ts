import { randomBytes } from 'node:crypto';
import { resolveInfrastructure, type Infrastructure } from '../infrastructure/index.js';
import { migrate, prepareEventsQueue, projectMigrations } from '../migrations/index.js';
import { formatLogLine, type LogFormat } from '../processes/format-log-line.js';
import { freePort } from '../processes/free-port.js';
import { openServiceLogFile, type ServiceLogFile } from '../processes/service-log-file.js';
import { startServiceProcess, type ProcessExit, type ServiceProcess } from '../processes/service-process.js';
import { shownWhileStarting } from '../processes/start-up-output.js';
import { waitUntilReady } from '../processes/wait-until-ready.js';
import {
  DEFAULT_PORTS,
  SERVICE_DEFINITIONS,
  SERVICE_NAMES,
  type ServiceName,
  type RouterRateLimitEnv,
  type StackContext,
} from './service-definitions.js';
import { startWaves } from './start-waves.js';

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
   * Fixed ports per service; missing ones use the contract's defaults, or free ports when
   * `ephemeralPorts` is set.
   */
  ports?: Partial<Record<ServiceName, number>>;
  /** Pick free ports for every service without a fixed one (tests, benchmarks). @default false */
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
  /** Settles if a service exits while the stack is meant to be running. */
  failed: Promise<ServiceFailure>;
  /**
   * Stops one service (SIGTERM, as on shutdown) and keeps it stopped until `startService`; its
   * exit is not a failure. Scenarios use it to show that work waits for a stopped consumer.
   */
  stopService(name: ServiceName): Promise<void>;
  /** Starts a service stopped with `stopService` again, with the same environment; resolves once ready. */
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

/**
 * The whole system on one machine: stores resolved (or started), migrations applied, each
 * service a child process, resolved once every `/health/ready` answers.
 */
export async function startStack(options: StartStackOptions = {}): Promise<RunningStack> {
  const env = options.env ?? process.env;
  const print = options.print ?? ((line: string) => console.log(line));
  const services = options.services ?? SERVICE_NAMES;
  const host = options.host ?? '127.0.0.1';
  const ports = await choosePorts(options, host);

  const infrastructure = await resolveInfrastructure({
    env,
    scratch: options.scratch,
    pgliteDataDir: options.pgliteDataDir,
    embeddedOnly: options.embeddedOnly,
    log: print,
  });
  const routerSecret = options.routerSecret ?? (env.ROUTER_SECRET || randomBytes(32).toString('base64url'));
  // npm start is a local development command: development unless NODE_ENV says otherwise (0715).
  const nodeEnv = options.nodeEnv ?? (env.NODE_ENV || 'development');
  const clientAddressSecret =
    options.clientAddressSecret ?? (env.CLIENT_ADDRESS_SECRET || randomBytes(32).toString('base64url'));
  const children: ServiceProcess[] = [];
  let stopping: Promise<void> | undefined;
  let eventsUrl = '';
  let serviceDatabaseUrls = { auth: '', packing: '' };
  let spawnService: ((name: ServiceName) => ServiceProcess) | undefined;
  /** Children stopped on purpose (stopService): their exit is not a failure. */
  const stoppedOnPurpose = new Set<ServiceProcess>();
  const logFiles = new Map<ServiceName, ServiceLogFile>();
  const status = (name: string, text: string) => print(`${name.padEnd(12)}| ${text}`);
  const ready = async (child: ServiceProcess, since: number) => {
    const definition = SERVICE_DEFINITIONS[child.name as ServiceName];
    try {
      await waitUntilReady({
        url: `http://${host}:${ports[definition.name]}${definition.readyPath}`,
        timeoutMs: options.readyTimeoutMs ?? 90_000,
        exited: child.exited,
      });
    } catch (error) {
      throw new StackStartError(
        `${child.name} did not start: ${(error as Error).message}`,
        child.tail(),
        logFiles.get(definition.name)?.path,
      );
    }
    const seconds = ((performance.now() - since) / 1000).toFixed(1);
    status(child.name, `ready   http://${host}:${ports[definition.name]} (${seconds} s)`);
  };
  const stop = () => {
    stopping ??= stopAll(children, infrastructure).finally(() =>
      Promise.all([...logFiles.values()].map((file) => file.close())),
    );
    return stopping;
  };
  /** Set once every service is ready: from then on all of their output is shown. */
  let started = false;

  try {
    const { serviceUrls } = await migrate({
      adminUrl: infrastructure.postgres.url,
      services: projectMigrations(env),
      enforceRoles: infrastructure.postgres.enforcesRoles,
      log: print,
    });
    serviceDatabaseUrls = { auth: serviceUrls.auth!, packing: serviceUrls.packing! };
    eventsUrl = await prepareEventsQueue({
      adminUrl: infrastructure.postgres.url,
      enforceRoles: infrastructure.postgres.enforcesRoles,
      password: env.EVENTS_DB_PASSWORD || undefined,
      log: print,
    });
    const context: StackContext = {
      host,
      ports,
      routerSecret,
      clientAddressSecret,
      nodeEnv,
      logLevel: env.LOG_LEVEL || undefined,
      databaseUrls: serviceDatabaseUrls,
      eventsUrl,
      mongoUrl: infrastructure.mongo.url!,
      redisUrl: infrastructure.redis.url,
      rateLimit: routerRateLimit(env, nodeEnv, options.scratch ?? false),
    };

    const format = options.logFormat ?? 'pretty';
    const show = options.showServiceOutput ?? true;
    spawnService = (name) => {
      const definition = SERVICE_DEFINITIONS[name];
      const { command, args } = definition.command(context);
      let logFile = logFiles.get(name);
      if (!logFile && options.logDir) {
        logFile = openServiceLogFile(options.logDir, name);
        logFiles.set(name, logFile);
      }
      return startServiceProcess({
        name,
        command,
        args,
        cwd: definition.cwd,
        env: withoutUndefined({ ...inheritedEnv(env), ...definition.env(context) }),
        onLine: (line) => {
          logFile?.write(line);
          if (show && (started || shownWhileStarting(line))) print(formatLogLine(name, line, format));
        },
      });
    };
    for (const wave of startWaves(services)) {
      const since = performance.now();
      const spawned = wave.map((name) => {
        status(name, 'starting …');
        const child = spawnService!(name);
        children.push(child);
        return child;
      });
      await Promise.all(spawned.map((child) => ready(child, since)));
    }
    started = true;
  } catch (error) {
    await stop();
    throw error;
  }

  let reportFailure: (failure: ServiceFailure) => void = () => undefined;
  const failed = new Promise<ServiceFailure>((resolve) => {
    reportFailure = resolve;
  });
  const watch = (child: ServiceProcess) => {
    void child.exited.then((exit) => {
      if (!stopping && !stoppedOnPurpose.has(child)) {
        reportFailure({ service: child.name as ServiceName, exit, tail: child.tail() });
      }
    });
  };
  children.forEach(watch);
  const running = (name: ServiceName) => children.find((child) => child.name === name);
  const base = (name: ServiceName) => `http://${host}:${ports[name]}`;
  return {
    urls: {
      web: base('web'),
      graphql: `${base('router')}/graphql`,
      router: base('router'),
      auth: base('auth'),
      packing: base('packing'),
      preferences: base('preferences'),
    },
    ports,
    stores: {
      postgres: infrastructure.postgres.description,
      redis: infrastructure.redis.description,
      mongo: infrastructure.mongo.description,
    },
    routerSecret,
    clientAddressSecret,
    nodeEnv,
    databaseUrl: infrastructure.postgres.url,
    serviceDatabaseUrls,
    eventsUrl,
    mongoUrl: infrastructure.mongo.url!,
    failed,
    async stopService(name) {
      const child = running(name);
      if (!child) throw new Error(`stopService: ${name} is not running in this stack.`);
      stoppedOnPurpose.add(child);
      children.splice(children.indexOf(child), 1);
      await child.stop();
    },
    async startService(name) {
      if (running(name)) throw new Error(`startService: ${name} is already running.`);
      if (stopping || !spawnService) throw new Error('startService: the stack is stopping.');
      const child = spawnService(name);
      children.push(child);
      watch(child);
      await ready(child, performance.now());
    },
    stop,
  };
}

async function choosePorts(options: StartStackOptions, host: string): Promise<Record<ServiceName, number>> {
  const ports = { ...DEFAULT_PORTS };
  for (const name of SERVICE_NAMES) {
    const fixed = options.ports?.[name];
    if (fixed !== undefined) ports[name] = fixed;
    else if (options.ephemeralPorts) ports[name] = await freePort(host);
  }
  return ports;
}

async function stopAll(children: ServiceProcess[], infrastructure: Infrastructure): Promise<void> {
  // The public edge first, so nothing new arrives while the subgraphs drain.
  const edge = children.filter((child) => child.name === 'router' || child.name === 'web');
  const inner = children.filter((child) => !edge.includes(child));
  await Promise.all(edge.map((child) => child.stop()));
  await Promise.all(inner.map((child) => child.stop()));
  await infrastructure.stop();
}

/**
 * What children inherit: the caller's environment minus store credentials and ports, so a
 * service only ever sees the store URL meant for it (never the admin DATABASE_URL).
 */
const NOT_INHERITED = [
  'DATABASE_URL',
  'DATABASE_ADMIN_URL',
  'MONGODB_URL',
  'REDIS_URL',
  'AUTH_DB_PASSWORD',
  'PACKING_DB_PASSWORD',
  'PORT',
  'HOST',
  ...SERVICE_NAMES.map((name) => `${name.toUpperCase()}_PORT`),
];

/**
 * The router's buckets for this run. A scratch stack gets a key prefix of its own, so parallel runs
 * on the shared Redis never spend each other's budgets. A test stack (scenarios run many requests
 * as one user or one IP) gets a budget no scenario exhausts by accident; a scenario about
 * throttling starts its own stack with a small RATE_LIMIT_CAPACITY. Set variables always win.
 */
function routerRateLimit(env: NodeJS.ProcessEnv, nodeEnv: string, scratch: boolean): RouterRateLimitEnv {
  const test = nodeEnv === 'test';
  return {
    keyPrefix:
      env.RATE_LIMIT_KEY_PREFIX || (scratch ? `pyb:ratelimit:${randomBytes(8).toString('hex')}:` : undefined),
    capacity: env.RATE_LIMIT_CAPACITY || (test ? '1000000' : undefined),
    restorePerSecond: env.RATE_LIMIT_RESTORE_PER_SECOND || (test ? '100000' : undefined),
  };
}

function inheritedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of NOT_INHERITED) delete copy[name];
  return copy;
}

function withoutUndefined(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
