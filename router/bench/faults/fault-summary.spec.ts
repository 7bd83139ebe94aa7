import { describe, expect, it } from 'vitest';
import { summariseWindow, type FaultWindow } from './fault-summary.js';
import type { RequestOutcome } from './request-outcome.js';

const ok = (startMs: number, endMs: number): RequestOutcome => ({
  startMs,
  endMs,
  kind: 'me',
  ok: true,
  hung: false,
  status: 200,
  codes: [],
});
const failed = (
  endMs: number,
  codes: string[],
  status = 503,
  retryAfter: string | null = '2',
): RequestOutcome => ({
  startMs: endMs - 10,
  endMs,
  kind: 'checkOff',
  ok: false,
  hung: false,
  status,
  codes,
  ...(retryAfter === null ? {} : { retryAfter }),
});
const window: FaultWindow = {
  name: '(c) PostgreSQL restart',
  injectedMs: 1000,
  liftedMs: 3000,
  endMs: 6000,
  notes: [],
};

describe('summariseWindow', () => {
  it('counts a request in the window its answer came in, so one in flight when the fault struck is the fault’s', () => {
    const summary = summariseWindow(
      window,
      [ok(0, 900), failed(1005, ['SERVICE_UNAVAILABLE']), ok(5000, 6500)],
      new Map(),
    );
    expect(summary.requests).toBe(1);
    expect(summary.errorsByCode).toEqual({ SERVICE_UNAVAILABLE: 1 });
  });

  it('measures recovery to clean from the lifting to the last failed answer, 0 when errors stopped before', () => {
    const late = summariseWindow(
      window,
      [failed(2000, ['SERVICE_UNAVAILABLE']), failed(4200, ['SERVICE_UNAVAILABLE'])],
      new Map(),
    );
    expect(late.recoveryToCleanMs).toBe(1200);
    const early = summariseWindow(window, [failed(2000, ['SERVICE_UNAVAILABLE']), ok(3500, 3600)], new Map());
    expect(early.recoveryToCleanMs).toBe(0);
    expect(early.faultMs).toBe(2000);
  });

  it('flags every code but SERVICE_UNAVAILABLE, and SERVICE_UNAVAILABLE without 503 or Retry-After', () => {
    const summary = summariseWindow(
      window,
      [
        failed(2000, ['NOT_FOUND', 'SERVICE_UNAVAILABLE']),
        failed(2100, ['INTERNAL_SERVER_ERROR'], 200),
        failed(2200, ['SERVICE_UNAVAILABLE'], 200),
        failed(2300, ['SERVICE_UNAVAILABLE'], 503, null),
        failed(2400, ['NETWORK_ECONNRESET'], 0, null),
      ],
      new Map(),
    );
    expect(summary.disallowed).toEqual({ NOT_FOUND: 1, INTERNAL_SERVER_ERROR: 1, NETWORK_ECONNRESET: 1 });
    expect(summary.unavailableWithout503).toBe(2);
    expect(summary.errorsByCode).toEqual({
      NOT_FOUND: 1,
      INTERNAL_SERVER_ERROR: 1,
      SERVICE_UNAVAILABLE: 2,
      NETWORK_ECONNRESET: 1,
    });
  });

  it('counts hung requests apart from the errors with a code', () => {
    const hung: RequestOutcome = { ...failed(2500, ['HUNG'], 0, null), hung: true };
    const summary = summariseWindow(window, [hung], new Map());
    expect(summary.hung).toBe(1);
    expect(summary.errorsByCode).toEqual({});
    expect(summary.disallowed).toEqual({});
  });

  it('adds up each service’s not-ready time within the window', () => {
    const readiness = new Map([
      [
        'auth',
        [
          { atMs: 500, ready: true },
          { atMs: 1500, ready: false },
          { atMs: 3500, ready: true },
        ],
      ],
    ]);
    expect(summariseWindow(window, [], readiness).notReadyMs).toEqual({ auth: 2000 });
  });
});
