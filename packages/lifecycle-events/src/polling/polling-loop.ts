/** Options of {@link createPollingLoop}. */
export interface PollingLoopOptions {
  /** One round of work; resolves to how much it did. 0 means idle: the loop waits before the next. */
  round: () => Promise<number>;
  /**
   * Runs once before the first round and is retried every `retryMs` until it succeeds (a consumer
   * subscribes here), so a service boots while its queue's database is briefly away.
   * @default nothing to prepare
   */
  prepare?: () => Promise<void>;
  /**
   * The wait after an idle round unless something wakes the loop earlier: with notifications
   * waking it, this is only the safety poll for a missed one (decision 1440).
   */
  intervalMs: number;
  /** The wait after a failed preparation or round. @default intervalMs */
  retryMs?: number;
  /** A failed preparation or round: logged by the caller; the loop carries on after `retryMs`. */
  onError: (error: unknown, phase: 'prepare' | 'round') => void;
}

export interface PollingLoop {
  /** Starts the loop in the background; a second call while it runs does nothing. */
  start(): void;
  /** Ends the wait at once and resolves when the round under way has finished. */
  stop(): Promise<void>;
  /** True from stop() on: a long round checks it to stop early. */
  isStopping(): boolean;
  /**
   * Runs a round now if the loop is waiting, or right after the round under way even if that one
   * finds nothing (its reads may have preceded the commit that caused the wake-up).
   */
  wake(): void;
  /** Wakes the loop in `ms` (a retry falls due then), unless it is stopped first. */
  wakeIn(ms: number): void;
}

/**
 * The background loop the outbox relay and the lifecycle consumers share: rounds back to back
 * while there is work, then a wait that a wake-up (a notification) or the interval ends.
 */
export function createPollingLoop(options: PollingLoopOptions): PollingLoop {
  const retryMs = options.retryMs ?? options.intervalMs;
  let running: Promise<void> | undefined;
  let stopping = false;
  let woken = false;
  let endWait: (() => void) | undefined;
  const wakeTimers = new Set<NodeJS.Timeout>();

  async function pause(ms: number): Promise<void> {
    if (woken || stopping) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      endWait = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    endWait = undefined;
  }

  async function loop(): Promise<void> {
    for (let prepared = !options.prepare; !prepared && !stopping;) {
      // A wake-up during a failed attempt retries at once, once: not every attempt after it.
      woken = false;
      try {
        await options.prepare?.();
        prepared = true;
      } catch (error) {
        options.onError(error, 'prepare');
        await pause(retryMs);
      }
    }
    while (!stopping) {
      woken = false; // a wake-up from here on asks for another round after this one
      let done = 0;
      let failed = false;
      try {
        done = await options.round();
      } catch (error) {
        failed = true;
        options.onError(error, 'round');
      }
      if (failed) await pause(retryMs);
      else if (done === 0) await pause(options.intervalMs);
    }
  }

  const wake = () => {
    woken = true;
    endWait?.();
  };

  return {
    start() {
      if (running) return;
      stopping = false;
      running = loop();
    },
    async stop() {
      stopping = true;
      for (const timer of wakeTimers) clearTimeout(timer);
      wakeTimers.clear();
      endWait?.();
      await running;
      running = undefined;
    },
    isStopping: () => stopping,
    wake,
    wakeIn(ms) {
      if (stopping) return;
      const timer = setTimeout(() => {
        wakeTimers.delete(timer);
        wake();
      }, ms);
      timer.unref();
      wakeTimers.add(timer);
    },
  };
}
