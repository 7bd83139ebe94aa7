import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { NotReadyError, waitUntilReady } from './wait-until-ready.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function serve(statuses: number[]): Promise<string> {
  let call = 0;
  server = createServer((_request, response) => {
    response.statusCode = statuses[Math.min(call++, statuses.length - 1)]!;
    response.end();
  });
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () => {
      const address = server!.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/health/ready`);
    }),
  );
}

describe('waitUntilReady', () => {
  it('waits through 503s until the service answers 200', async () => {
    const url = await serve([503, 503, 200]);
    await expect(waitUntilReady({ url, intervalMs: 5, timeoutMs: 5_000 })).resolves.toBeUndefined();
  });

  it('gives up at the deadline, naming the last answer', async () => {
    const url = await serve([503]);
    await expect(waitUntilReady({ url, intervalMs: 5, timeoutMs: 100 })).rejects.toThrow(/HTTP 503/);
  });

  it('stops waiting as soon as the process behind the URL has exited', async () => {
    const url = await serve([503]);
    const wait = waitUntilReady({
      url,
      intervalMs: 5,
      timeoutMs: 60_000,
      exited: Promise.resolve({ code: 1, signal: null }),
    });
    await expect(wait).rejects.toBeInstanceOf(NotReadyError);
    await expect(wait).rejects.toThrow(/exited \(exit code 1\) before/);
  });
});
