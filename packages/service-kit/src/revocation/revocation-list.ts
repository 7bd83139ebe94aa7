import type { Caller } from '../caller/caller.js';
import type { Logger } from '../logging/logger.js';
import { parseRevocationSnapshot, type RevocationSnapshot } from './revocation-snapshot.js';

export interface RevocationListOptions {
  /** Auth's feed, e.g. http://127.0.0.1:4001/.well-known/revoked-tokens. Either this or `load`. */
  url?: string;
  /** Loads the snapshot directly (auth itself reads its database). Takes precedence over `url`. */
  load?: () => Promise<RevocationSnapshot>;
  /**
   * How often the list is reloaded in the background, in milliseconds.
   * @default 30000
   */
  refreshMs?: number;
  /**
   * Longest wait for one fetch of `url`, in milliseconds.
   * @default 5000
   */
  timeoutMs?: number;
  /** Where failed reloads are reported. @default silent */
  logger?: Logger;
}

export interface RevocationList {
  /** True when the caller's session family or personal access token has been revoked. */
  isRevoked(caller: Caller): boolean;
  /** Reloads now; resolves false (keeping the last list) when the feed fails. */
  refresh(): Promise<boolean>;
  /** Stops the background reloads. */
  stop(): void;
}

/**
 * Auth's revocations, held in memory and polled in the background so verifying a token never
 * waits on the network. A failed reload keeps the last good list and logs: an auth outage must
 * neither unrevoke tokens nor refuse every caller. The timer is unref'd (it never keeps a process up).
 */
export function createRevocationList(options: RevocationListOptions): RevocationList {
  const { url, load: loadOption } = options;
  if (!url && !loadOption) throw new Error('createRevocationList needs a url or a load function.');
  const timeoutMs = options.timeoutMs ?? 5000;
  let jtis = new Set<string>();
  let sessions = new Set<string>();

  const load =
    loadOption ??
    (async (): Promise<RevocationSnapshot> => {
      const response = await fetch(url as string, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`revocation feed answered ${response.status}`);
      const snapshot = parseRevocationSnapshot(await response.json());
      if (!snapshot) throw new Error('revocation feed answered an unexpected document');
      return snapshot;
    });

  let inFlight: Promise<boolean> | undefined;
  const refresh = () => {
    inFlight ??= load()
      .then(
        (snapshot) => {
          jtis = new Set(snapshot.jtis);
          sessions = new Set(snapshot.sessions);
          return true;
        },
        (error: unknown) => {
          options.logger?.warn(
            { err: error, url },
            'could not reload token revocations; keeping the last list',
          );
          return false;
        },
      )
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  void refresh();
  const timer = setInterval(() => void refresh(), options.refreshMs ?? 30_000);
  timer.unref();

  return {
    isRevoked: (caller) =>
      caller.kind === 'personal'
        ? jtis.has(caller.tokenId)
        : caller.sessionId !== undefined && sessions.has(caller.sessionId),
    refresh,
    stop: () => clearInterval(timer),
  };
}
