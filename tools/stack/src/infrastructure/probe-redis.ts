import { connect } from 'node:net';
import type { ProbeResult } from './probe-postgres.js';

/**
 * Whether a Redis server answers PING on `host:port`. Speaks the one-line inline command instead of
 * loading a client: the probe must not retry or reconnect in the background.
 */
export function probeRedis(host: string, port: number, timeoutMs = 1000): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer = '';
    const finish = (result: ProbeResult) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      if (!answer.includes('\r\n')) return;
      if (answer.startsWith('+PONG')) finish({ ok: true });
      else finish({ ok: false, reason: `unexpected answer ${JSON.stringify(answer.trim())}` });
    });
    socket.on('error', (error) => finish({ ok: false, reason: error.message }));
  });
}
