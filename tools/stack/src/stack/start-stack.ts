import { randomBytes } from 'node:crypto';
import { resolveInfrastructure, type Infrastructure } from '../infrastructure/index.js';
import { formatLogLine } from '../processes/format-log-line.js';
import { openServiceLogFile, type ServiceLogFile } from '../processes/service-log-file.js';
import { startServiceProcess, type ServiceProcess } from '../processes/service-process.js';
import { shownWhileStarting } from '../processes/start-up-output.js';
import { waitForService } from '../processes/wait-for-service.js';
import { inheritedEnv, routerRateLimit, withoutUndefined } from './child-environment.js';
import { type RunningStack, type ServiceFailure, type StartStackOptions } from './running-stack.js';
import {
  DEFAULT_PORTS,
  SERVICE_DEFINITIONS,
  SERVICE_NAMES,
  type ServiceName,
} from './service-definitions.js';
import { prepareStackDatabases, stackContext } from './stack-databases.js';
import { startWaves } from './start-waves.js';

/**
 * The whole system on one machine: stores resolved (or started), migrations applied, each
 * service a child process, resolved once every `/health/ready` answers.
 */
export async function startStack(options: StartStackOptions = {}): Promise<RunningStack> {
  const env = options.env ?? process.env;
  const print = options.print ?? ((line: string) => console.log(line));
  const services = options.services ?? SERVICE_NAMES;
  const host = options.host ?? '127.0.0.1';
  const ports = initialPorts(options, services);

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
  /** Until it answers at the port it announced (bound on PORT=0, or the one it was given). */
  const ready = async (child: ServiceProcess, since: number) => {
    const name = child.name as ServiceName;
    const port = await waitForService({
      child,
      label: name,
      host,
      readyPath: SERVICE_DEFINITIONS[name].readyPath,
      timeoutMs: options.readyTimeoutMs ?? 90_000,
      onPort: (bound) => (ports[name] = bound),
      logPath: logFiles.get(name)?.path,
    });
    const seconds = ((performance.now() - since) / 1000).toFixed(1);
    status(name, `ready   http://${host}:${port} (${seconds} s)`);
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
    const databases = await prepareStackDatabases(infrastructure, env, print);
    ({ serviceDatabaseUrls, eventsUrl } = databases);
    const choices = { host, ports, routerSecret, clientAddressSecret, nodeEnv };
    const rateLimit = routerRateLimit(env, nodeEnv, options.scratch ?? false);
    const context = stackContext({ ...choices, rateLimit }, infrastructure, databases, env);

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
        env: withoutUndefined({
          ...inheritedEnv(env),
          ...definition.env(context),
          ...(options.user ? { TMPDIR: '/tmp' } : {}),
        }),
        user: options.user,
        onLine: (line) => {
          logFile?.write(line);
          if (show && (started || shownWhileStarting(line))) print(formatLogLine(name, line, format));
        },
      });
    };
    // A wave starts once the one before has bound its ports (its readiness is awaited with the
    // rest at the end), except auth's, whose keys the others fetch at start (startWaves).
    const readiness: Promise<void>[] = [];
    for (const wave of startWaves(services)) {
      const since = performance.now();
      const spawned = wave.map((name) => {
        status(name, 'starting …');
        const child = spawnService!(name);
        children.push(child);
        return child;
      });
      const waveReady = spawned.map((child) => ready(child, since));
      readiness.push(...waveReady);
      // The next wave needs this one's ports: known once announced (auth's: once it is ready).
      const waited = wave.includes('auth')
        ? waveReady
        : spawned.map((child, index) =>
            Promise.race([
              child.boundPort.then((port) => {
                ports[child.name as ServiceName] = port;
              }),
              waveReady[index],
            ]),
          );
      // Each is awaited, but after a first failure the rest would be rejections nobody handles.
      for (const each of [...waveReady, ...waited]) each.catch(() => undefined);
      await Promise.all(waited);
    }
    await Promise.all(readiness);
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
    pid: (name) => running(name)?.pid,
    failed,
    stopService(name, graceMs) {
      const child = running(name);
      if (!child) return Promise.reject(new Error(`stopService: ${name} is not running in this stack.`));
      stoppedOnPurpose.add(child);
      children.splice(children.indexOf(child), 1);
      // Not async: the signal is sent before this returns (drain tests rely on it).
      return child.stop(graceMs);
    },
    async killService(name) {
      const child = running(name);
      if (!child) throw new Error(`killService: ${name} is not running in this stack.`);
      stoppedOnPurpose.add(child);
      children.splice(children.indexOf(child), 1);
      await child.kill();
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

/**
 * A fixed port where one is given, else with `ephemeralPorts` 0 for every service this stack starts:
 * it binds a port the OS picks and announces it, so no port is picked before it is bound and lost
 * to another process in between (EADDRINUSE, decision 1480). The contract's defaults otherwise.
 */
function initialPorts(
  options: StartStackOptions,
  services: readonly ServiceName[],
): Record<ServiceName, number> {
  const ports = { ...DEFAULT_PORTS };
  for (const name of SERVICE_NAMES) {
    const fixed = options.ports?.[name];
    if (fixed !== undefined) ports[name] = fixed;
    else if (options.ephemeralPorts && services.includes(name)) ports[name] = 0;
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
