import { createServer } from 'node:net';

/**
 * A TCP port that was free a moment ago (the OS picks it), for programs that cannot bind port 0 and
 * say which port they got (PostgreSQL, Redis, Caddy, Prometheus): another process may take it
 * before the program binds it. Our services bind port 0 and announce the port instead (1480).
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
