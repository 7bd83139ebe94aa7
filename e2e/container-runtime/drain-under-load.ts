import { connect } from 'node:net';
import { sendInFlight, type InFlightOutcome, type InFlightRequest } from './request-in-flight.js';

export interface DrainUnderLoadOptions {
  /** The service's address (new connections must be refused once it drains). */
  url: string;
  /** A fresh request each time (the router proof carries a timestamp). */
  request: () => Pick<InFlightRequest, 'url' | 'headers' | 'body'>;
  /**
   * Sends SIGTERM and resolves once the process has exited. The signal must be sent before its
   * first await: the drain waits for the listener to close right after calling it.
   */
  terminate: () => Promise<void>;
  /**
   * Requests the server has accepted whose bodies are sent only after it stopped listening, in
   * pieces: in flight across the whole drain.
   * @default 12
   */
  slowRequests?: number;
  /** The pause between the four pieces of a slow request's body. @default 250 */
  slowPauseMs?: number;
  /** Clients sending requests one after another, before, during and after the signal. @default 8 */
  workers?: number;
  /**
   * More load of another kind, run by 4 clients from before the signal until the exit (for a
   * subgraph: requests through the router, whose pooled keep-alive connections to it stay open).
   */
  alongside?: () => Promise<AlongsideOutcome>;
}

/** How one `alongside` request ended, as the test reads it. */
export interface AlongsideOutcome {
  status: number;
  /** The GraphQL error codes in the answer. */
  codes: string[];
  retryAfter: string | null;
}

export interface DrainOutcome {
  /** Every request the server accepted (answered `100 Continue`), slow and not. */
  accepted: InFlightOutcome[];
  /** Requests it did not accept: after the signal, refused at the connection. */
  notAccepted: InFlightOutcome[];
  slowAccepted: number;
  /** Requests completed before the signal (the load was running when it came). */
  completedBeforeSignal: number;
  alongside: AlongsideOutcome[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await pause(25);
  }
}

/** Whether a new TCP connection to the URL is refused (the listener is closed). */
export function connectionRefused(url: string): Promise<boolean> {
  const target = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: target.hostname, port: Number(target.port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/**
 * SIGTERM under load, ordered by conditions rather than by time: slow requests are accepted
 * first, the load runs, the signal goes, and only once the server refuses new connections do the
 * slow requests send their bodies. Every request is recorded with whether the server had accepted it.
 */
export async function drainUnderLoad(options: DrainUnderLoadOptions): Promise<DrainOutcome> {
  const slowCount = options.slowRequests ?? 12;
  const workerCount = options.workers ?? 8;
  let releaseBodies: () => void = () => undefined;
  const bodiesReleased = new Promise<void>((resolve) => {
    releaseBodies = resolve;
  });
  let slowAccepted = 0;
  const slow = Array.from({ length: slowCount }, () =>
    sendInFlight({
      ...options.request(),
      holdBodyUntil: bodiesReleased,
      chunks: 4,
      chunkPauseMs: options.slowPauseMs ?? 250,
      onAccepted: () => (slowAccepted += 1),
    }),
  );
  await waitUntil(`the ${slowCount} slow requests are accepted`, () => slowAccepted === slowCount);

  const outcomes: InFlightOutcome[] = [];
  let signalled = false;
  let exited = false;
  let completedBeforeSignal = 0;
  const workers = Array.from({ length: workerCount }, async () => {
    while (!exited) {
      const outcome = await sendInFlight(options.request());
      outcomes.push(outcome);
      if (!signalled) completedBeforeSignal += 1;
      // After the exit every attempt is refused at once; no need to spin.
      if (!outcome.accepted) await pause(50);
    }
  });
  const alongside: AlongsideOutcome[] = [];
  const alongsideWorkers = options.alongside
    ? Array.from({ length: 4 }, async () => {
        while (!exited) alongside.push(await options.alongside!());
      })
    : [];
  await waitUntil(
    'the load is running',
    () => completedBeforeSignal >= workerCount * 2 && (!options.alongside || alongside.length >= 8),
  );

  signalled = true;
  const terminated = options.terminate().finally(() => {
    exited = true;
  });
  try {
    await waitUntil('the server stops accepting connections', () => connectionRefused(options.url));
  } finally {
    releaseBodies();
  }
  await terminated;
  await Promise.all([...workers, ...alongsideWorkers]);
  const slowOutcomes = await Promise.all(slow);
  const all = [...slowOutcomes, ...outcomes];
  return {
    accepted: all.filter((outcome) => outcome.accepted),
    notAccepted: all.filter((outcome) => !outcome.accepted),
    slowAccepted,
    completedBeforeSignal,
    alongside,
  };
}
