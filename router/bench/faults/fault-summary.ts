/**
 * The fault run's figures per window (the quiet start, then each fault until the next begins),
 * computed from every request's outcome and the readiness samples. Pure, so it is unit-tested.
 */
import { notReadyMs, type ReadinessSample } from './readiness-watch.js';
import type { RequestOutcome } from './request-outcome.js';

/** The only code a request may fail with because a store or a subgraph is unreachable (decision 1342). */
export const OUTAGE_CODE = 'SERVICE_UNAVAILABLE';

export interface FaultWindow {
  name: string;
  /** When the fault was injected (ms since the run's start); the quiet start's is 0. */
  injectedMs: number;
  /** When what failed was back (process ready, store accepting); the quiet start's is 0. */
  liftedMs: number;
  /** Where the window ends: the next fault's injection, or the end of the load. */
  endMs: number;
  /** What happened, for the report (e.g. "deletions completed 1.2 s after packing was back"). */
  notes: string[];
}

export interface WindowSummary {
  name: string;
  requests: number;
  succeeded: number;
  /** Failed requests by code (a request with several errors counts once, under its first code). */
  errorsByCode: Record<string, number>;
  hung: number;
  /** Codes other than SERVICE_UNAVAILABLE, or network errors: must stay empty. */
  disallowed: Record<string, number>;
  /** SERVICE_UNAVAILABLE answered without HTTP 503 or without Retry-After: must be 0. */
  unavailableWithout503: number;
  /** Per service, how long `/health/ready` said not ready within the window. */
  notReadyMs: Record<string, number>;
  /** How long after the fault was lifted the last failed request of the window was answered (0 if before). */
  recoveryToCleanMs: number;
  /** Injection to lifting. */
  faultMs: number;
  notes: string[];
}

export function summariseWindow(
  window: FaultWindow,
  outcomes: readonly RequestOutcome[],
  readiness: ReadonlyMap<string, readonly ReadinessSample[]>,
): WindowSummary {
  // By when the answer came: a request in flight when a fault struck fails because of that fault.
  const inWindow = outcomes.filter(
    (outcome) => outcome.endMs >= window.injectedMs && outcome.endMs < window.endMs,
  );
  const errorsByCode: Record<string, number> = {};
  const disallowed: Record<string, number> = {};
  let hung = 0;
  let unavailableWithout503 = 0;
  let lastFailureEndMs = -Infinity;
  for (const outcome of inWindow) {
    if (outcome.ok) continue;
    lastFailureEndMs = Math.max(lastFailureEndMs, outcome.endMs);
    if (outcome.hung) {
      hung += 1;
      continue;
    }
    const first = outcome.codes[0] ?? 'NO_CODE';
    errorsByCode[first] = (errorsByCode[first] ?? 0) + 1;
    for (const code of new Set(outcome.codes))
      if (code !== OUTAGE_CODE) disallowed[code] = (disallowed[code] ?? 0) + 1;
    if (outcome.codes.includes(OUTAGE_CODE) && (outcome.status !== 503 || !outcome.retryAfter))
      unavailableWithout503 += 1;
  }
  return {
    name: window.name,
    requests: inWindow.length,
    succeeded: inWindow.filter((outcome) => outcome.ok).length,
    errorsByCode,
    hung,
    disallowed,
    unavailableWithout503,
    notReadyMs: Object.fromEntries(
      [...readiness].map(([service, samples]) => [
        service,
        notReadyMs(samples, window.injectedMs, window.endMs),
      ]),
    ),
    recoveryToCleanMs: Math.max(0, lastFailureEndMs - window.liftedMs),
    faultMs: window.liftedMs - window.injectedMs,
    notes: window.notes,
  };
}
