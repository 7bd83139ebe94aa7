import { setTimeout as delay } from 'node:timers/promises';

export interface WaitUntilReadyOptions {
  /** The readiness URL (`http://127.0.0.1:4001/health/ready`). */
  url: string;
  /** @default 60000 */
  timeoutMs?: number;
  /** @default 250 */
  intervalMs?: number;
  /** Settles when the process behind `url` dies: waiting stops at once, naming how it ended. */
  exited?: Promise<{ code: number | null; signal: string | null }>;
}

export class NotReadyError extends Error {
  override name = 'NotReadyError';
}

/**
 * Polls until the URL answers 2xx. Polling a real child process is the one place a wait is
 * inherent; tests of this module use a real local server for the same reason.
 */
export async function waitUntilReady(options: WaitUntilReadyOptions): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let died: string | undefined;
  void options.exited?.then((exit) => {
    died = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  });
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (died) throw new NotReadyError(`exited (${died}) before ${options.url} answered`);
    try {
      const response = await fetch(options.url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
    }
    await delay(options.intervalMs ?? 250);
  }
  throw new NotReadyError(
    `${options.url} was not ready after ${options.timeoutMs ?? 60_000} ms (last: ${last})`,
  );
}
