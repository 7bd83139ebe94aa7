/** Options of {@link createPollingLoop}. */
export interface PollingLoopOptions {
  /** One round of work; resolves to how much it did. 0 means idle: the loop waits before the next. */
  round: () => Promise<number>;
  /**
   * Runs once before the first round and is retried every interval until it succeeds (a consumer
   * subscribes here), so a service boots while its queue's database is briefly away.
   * @default nothing to prepare
   */
  prepare?: () => Promise<void>;
  /** The wait after an idle or failed round, in milliseconds. */
  intervalMs: number;
  /** A failed preparation or round: logged by the caller; the loop carries on after the interval. */
  onError: (error: unknown, phase: 'prepare' | 'round') => void;
}

export interface PollingLoop {
  /** Starts the loop in the background; a second call while it runs does nothing. */
  start(): void;
  /** Ends the wait at once and resolves when the round under way has finished. */
  stop(): Promise<void>;
  /** True from stop() on: a long round checks it to stop early. */
  isStopping(): boolean;
}

/** The background loop the outbox relay and the lifecycle consumers share: work, idle wait, stop. */
export function createPollingLoop(options: PollingLoopOptions): PollingLoop {
  let running: Promise<void> | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;

  async function pause(): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.intervalMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = undefined;
  }

  async function loop(): Promise<void> {
    for (let prepared = !options.prepare; !prepared && !stopping;) {
      try {
        await options.prepare?.();
        prepared = true;
      } catch (error) {
        options.onError(error, 'prepare');
        await pause();
      }
    }
    while (!stopping) {
      let done = 0;
      try {
        done = await options.round();
      } catch (error) {
        options.onError(error, 'round');
      }
      if (done === 0 && !stopping) await pause();
    }
  }

  return {
    start() {
      if (running) return;
      stopping = false;
      running = loop();
    },
    async stop() {
      stopping = true;
      wake?.();
      await running;
      running = undefined;
    },
    isStopping: () => stopping,
  };
}
