import { randomBytes } from 'node:crypto';
import { resolveInfrastructure } from '../infrastructure/index.js';
import { formatLogLine } from '../processes/format-log-line.js';
import { startServiceProcess, type ServiceProcess } from '../processes/service-process.js';
import { waitForService } from '../processes/wait-for-service.js';
import { inheritedEnv, routerRateLimit, withoutUndefined } from '../stack/child-environment.js';
import { prepareStackDatabases, stackContext } from '../stack/stack-databases.js';
import { DEFAULT_PORTS, SERVICE_DEFINITIONS, type ServiceName } from '../stack/service-definitions.js';
import {
  SUBGRAPH_NAMES,
  type MultiInstanceStack,
  type MultiInstanceStackOptions,
  type SubgraphName,
} from './multi-instance-stack.js';
import { startRoundRobinSpreader, type RoundRobinSpreader } from './round-robin-spreader.js';
import { requireSharedRedis } from './shared-redis.js';

/** One process of the stack: `auth#2` is the second auth instance. */
interface Instance {
  service: ServiceName;
  label: string;
  /** 1-based, among its service's instances. */
  number: number;
  /** 0 until it first announces the port it bound on PORT=0; a restart binds the same one. */
  port: number;
  process?: ServiceProcess;
  /** From spawn until the process exits. */
  running: boolean;
}

/**
 * Several routers and several instances of every subgraph on one PostgreSQL database, one Redis
 * and one document store (decision 1390): what a cluster with replicas looks like, on one machine.
 * Always scratch (new databases, free ports), for scenarios and benchmarks. Each subgraph's
 * instances sit behind a round-robin spreader whose URL every router and every other service uses,
 * exactly where the single-instance stack puts the service's own port.
 */
export async function startMultiInstanceStack(
  options: MultiInstanceStackOptions = {},
): Promise<MultiInstanceStack> {
  const env = options.env ?? process.env;
  const print = options.print ?? ((line: string) => console.log(line));
  const host = '127.0.0.1';
  const instanceCount = options.instances ?? 2;
  const routerCount = options.routers ?? 2;
  const nodeEnv = options.nodeEnv ?? 'test';
  const routerSecret = options.routerSecret ?? (env.ROUTER_SECRET || randomBytes(32).toString('base64url'));
  const clientAddressSecret = options.clientAddressSecret ?? randomBytes(32).toString('base64url');
  const format = options.logFormat ?? 'pretty';

  // Every process binds a port the OS picks (PORT=0) and announces it (decision 1480).
  const instances: Instance[] = [];
  for (const service of [...SUBGRAPH_NAMES, 'router'] as const) {
    const count = service === 'router' ? routerCount : instanceCount;
    for (let number = 1; number <= count; number += 1) {
      instances.push({ service, label: `${service}#${number}`, number, port: 0, running: false });
    }
  }
  const instancesOf = (service: ServiceName) => instances.filter((instance) => instance.service === service);

  const spreaders = {} as Record<SubgraphName, RoundRobinSpreader>;
  const infrastructure = await resolveInfrastructure({
    env,
    scratch: true,
    embeddedOnly: options.embeddedOnly,
    log: print,
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const stopAll = (service: ServiceName) =>
        Promise.all(instancesOf(service).map((instance) => instance.process?.stop()));
      await stopAll('router');
      await Promise.all(SUBGRAPH_NAMES.map(stopAll));
      await Promise.all(Object.values(spreaders).map((spreader) => spreader.close()));
      await infrastructure.stop();
    })();
    return stopping;
  };

  try {
    requireSharedRedis(routerCount, infrastructure.redis);
    for (const service of SUBGRAPH_NAMES) {
      // On a port the OS picks; each instance's port is set once the instance announces it.
      spreaders[service] = await startRoundRobinSpreader({
        host,
        targets: instancesOf(service).map((instance) => instance.port),
      });
    }
    const databases = await prepareStackDatabases(infrastructure, env, print);
    const { serviceDatabaseUrls, eventsUrl } = databases;
    // Every service is reached through its spreader; each process differs only in its own port.
    const spreaderPorts: Record<ServiceName, number> = {
      ...DEFAULT_PORTS,
      auth: Number(new URL(spreaders.auth.url).port),
      packing: Number(new URL(spreaders.packing.url).port),
      preferences: Number(new URL(spreaders.preferences.url).port),
    };
    const choices = { host, ports: spreaderPorts, routerSecret, clientAddressSecret, nodeEnv };
    // Computed once: every router shares the key prefix, so they spend one set of buckets.
    const rateLimit = routerRateLimit(env, nodeEnv, true);
    const context = stackContext({ ...choices, rateLimit }, infrastructure, databases, env);

    const spawn = (instance: Instance) => {
      const definition = SERVICE_DEFINITIONS[instance.service];
      const own = { ...context, ports: { ...spreaderPorts, [instance.service]: instance.port } };
      const { command, args } = definition.command(own);
      instance.running = true;
      const child = startServiceProcess({
        name: instance.label,
        command,
        args,
        cwd: definition.cwd,
        env: withoutUndefined({ ...inheritedEnv(env), ...definition.env(own) }),
        onLine: (line) => {
          options.onServiceLine?.(instance.label, line);
          if (options.showServiceOutput) print(formatLogLine(instance.label, line, format, 14));
        },
      });
      instance.process = child;
      void child.exited.then(() => {
        if (instance.process === child) instance.running = false;
      });
    };
    const ready = async (instance: Instance) => {
      const since = performance.now();
      await waitForService({
        child: instance.process!,
        label: instance.label,
        host,
        readyPath: SERVICE_DEFINITIONS[instance.service].readyPath,
        timeoutMs: options.readyTimeoutMs ?? 120_000,
        onPort: (port) => {
          instance.port = port;
          if (instance.service !== 'router') {
            spreaders[instance.service as SubgraphName].setTarget(instance.number, port);
          }
        },
      });
      const seconds = ((performance.now() - since) / 1000).toFixed(1);
      print(`${instance.label.padEnd(14)}| ready   http://${host}:${instance.port} (${seconds} s)`);
    };
    // Auth first: the others fetch its signing keys at start (as startStack does).
    for (const wave of [instancesOf('auth'), instances.filter((instance) => instance.service !== 'auth')]) {
      wave.forEach(spawn);
      await Promise.all(wave.map(ready));
    }

    const find = (subgraph: SubgraphName, number: number) => {
      const instance = instancesOf(subgraph)[number - 1];
      if (!instance) throw new Error(`There is no ${subgraph}#${number} in this stack.`);
      return instance;
    };
    const base = (instance: Instance) => `http://${host}:${instance.port}`;
    const routerUrls = instancesOf('router').map(base);
    return {
      graphqlUrls: routerUrls.map((url) => `${url}/graphql`),
      routerUrls,
      subgraphUrls: {
        auth: spreaders.auth.url,
        packing: spreaders.packing.url,
        preferences: spreaders.preferences.url,
      },
      instanceUrls: {
        auth: instancesOf('auth').map(base),
        packing: instancesOf('packing').map(base),
        preferences: instancesOf('preferences').map(base),
      },
      stores: {
        postgres: infrastructure.postgres.description,
        redis: infrastructure.redis.description,
        mongo: infrastructure.mongo.description,
      },
      routerSecret,
      clientAddressSecret,
      databaseUrl: infrastructure.postgres.url,
      serviceDatabaseUrls,
      eventsUrl,
      mongoUrl: infrastructure.mongo.url!,
      servedBy: (subgraph, requestId) => spreaders[subgraph].servedBy(requestId),
      answered: (subgraph) => spreaders[subgraph].answered(),
      async stopInstance(subgraph, number) {
        await find(subgraph, number).process?.stop();
      },
      async startInstance(subgraph, number) {
        const instance = find(subgraph, number);
        if (stopping) throw new Error('startInstance: the stack is stopping.');
        if (instance.running) {
          throw new Error(`startInstance: ${instance.label} is already running.`);
        }
        spawn(instance);
        await ready(instance);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
