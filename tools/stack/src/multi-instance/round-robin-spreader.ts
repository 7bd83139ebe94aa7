import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinSpreaderOptions {
  /**
   * The instances' ports on `host`, in instance order (instance 1 first); 0 for one whose port is
   * not known yet (see setTarget): it is skipped as a stopped one is.
   */
  targets: readonly number[];
  /** @default '127.0.0.1' */
  host?: string;
  /** The spreader's own port. @default 0 (any free port) */
  port?: number;
}

/**
 * One HTTP address in front of several instances of a service, the way a Kubernetes Service is in
 * front of its pods, but per request rather than per connection: the routers keep connections
 * alive, so spreading connections would leave one instance with nearly everything (decision 1390).
 */
export interface RoundRobinSpreader {
  /** `http://host:port`: what the routers and the other services use as the service's address. */
  url: string;
  /**
   * Which instance (1-based) answered the request that carried this `x-request-id` (the router
   * forwards the caller's): undefined if none did. The last 10 000 requests are remembered.
   */
  servedBy(requestId: string): number | undefined;
  /** Requests each instance answered so far, instance 1 first. */
  answered(): number[];
  /** Instance `instance` (1-based) now listens on `port` (announced once started, decision 1480). */
  setTarget(instance: number, port: number): void;
  close(): Promise<void>;
}

/**
 * A request id ending in `.instance-<n>` goes to instance n only (502 if it is down): how a
 * scenario makes a request land on a chosen instance through the real routers.
 */
const PLACED = /\.instance-(\d+)$/;
const REMEMBERED = 10_000;

/** The request never reached the instance, so another one may have it. */
class NotDelivered extends Error {}
/** Not passed on: they describe one hop's connection, and the body is re-sent whole. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

/**
 * Starts a spreader on a free port. Requests go to the instances in turn; an instance that refuses
 * the connection (stopped) is skipped, as a Service skips a pod that is not ready, so stopping one
 * instance costs the callers nothing.
 */
export async function startRoundRobinSpreader(
  options: RoundRobinSpreaderOptions,
): Promise<RoundRobinSpreader> {
  const host = options.host ?? '127.0.0.1';
  const targets = [...options.targets];
  const agent = new Agent({ keepAlive: true });
  const served = new Map<string, number>();
  const counts = targets.map(() => 0);
  let next = 0;

  const remember = (requestId: string | undefined, index: number) => {
    counts[index] = (counts[index] ?? 0) + 1;
    if (!requestId) return;
    served.set(requestId, index + 1);
    if (served.size > REMEMBERED) served.delete(served.keys().next().value!);
  };

  const forward = (index: number, incoming: IncomingMessage, body: Buffer) =>
    new Promise<IncomingMessage>((resolve, reject) => {
      if (!targets[index]) {
        reject(new NotDelivered()); // not started yet
        return;
      }
      const headers: IncomingHttpHeaders = {};
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (!HOP_BY_HOP.has(name)) headers[name] = value;
      }
      headers['content-length'] = String(body.length);
      const outgoing = request(
        { host, port: targets[index], method: incoming.method, path: incoming.url, headers, agent },
        resolve,
      );
      outgoing.once('error', (error: NodeJS.ErrnoException) =>
        // A kept-alive connection the instance closed while idle (it is stopping) was reset before
        // the request reached it: as safe to send elsewhere as a refused connection.
        reject(
          error.code === 'ECONNREFUSED' || (error.code === 'ECONNRESET' && outgoing.reusedSocket)
            ? new NotDelivered()
            : error,
        ),
      );
      outgoing.end(body);
    });

  const server = createServer((incoming, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const requestId = incoming.headers['x-request-id'];
      const id = typeof requestId === 'string' ? requestId : undefined;
      const placed = id ? PLACED.exec(id) : null;
      const order = placed
        ? [Number(placed[1]) - 1]
        : targets.map((_, offset) => (next + offset) % targets.length);
      if (!placed) next = (next + 1) % targets.length;

      for (const index of order) {
        if (index < 0 || index >= targets.length) break;
        let answer: IncomingMessage;
        try {
          answer = await forward(index, incoming, body);
        } catch (error) {
          if (error instanceof NotDelivered) continue;
          break;
        }
        remember(id, index);
        const headers: IncomingHttpHeaders = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (!HOP_BY_HOP.has(name) || name === 'content-length') headers[name] = value;
        }
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(response);
        return;
      }
      response.writeHead(502, { 'content-type': 'text/plain' }).end('no instance answered');
    })().catch(() => response.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    servedBy: (requestId) => served.get(requestId),
    answered: () => [...counts],
    setTarget(instance, port) {
      if (instance < 1 || instance > targets.length) {
        throw new Error(`setTarget: there is no instance ${instance} of ${targets.length}.`);
      }
      targets[instance - 1] = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
