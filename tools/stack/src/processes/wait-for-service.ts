import { StackStartError } from '../stack/running-stack.js';
import type { ServiceProcess } from './service-process.js';
import { waitUntilReady } from './wait-until-ready.js';

export interface WaitForServiceOptions {
  /** The started service process. */
  child: ServiceProcess;
  /** How errors and the status line name it (`packing`, `packing#2`). */
  label: string;
  host: string;
  /** Path answering 2xx once it can serve. */
  readyPath: string;
  /** For the port announcement and for readiness, each. */
  timeoutMs: number;
  /** Told the port as soon as it is announced, before readiness: the next wave's environment. */
  onPort?: (port: number) => void;
  /** Its log file, named in the error. */
  logPath?: string;
}

/**
 * Waits until a service has said which port it bound (decision 1480) and answers at its readiness
 * path there; resolves with the port. Fails as StackStartError `<label> did not start: …` with
 * the last lines it printed, which is how a caller tells a failed start from its own errors.
 */
export async function waitForService(options: WaitForServiceOptions): Promise<number> {
  const { child, label, host, readyPath, timeoutMs } = options;
  try {
    const port = await withTimeout(child.boundPort, timeoutMs);
    options.onPort?.(port);
    await waitUntilReady({ url: `http://${host}:${port}${readyPath}`, timeoutMs, exited: child.exited });
    return port;
  } catch (error) {
    throw new StackStartError(
      `${label} did not start: ${(error as Error).message}`,
      child.tail(),
      options.logPath,
    );
  }
}

/** `promise`, or a rejection naming the wait once `ms` have passed. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`said no port it listens on within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
