import http from 'node:http';
import https from 'node:https';
import type { JSONWebKeySet } from 'jose';

/** Loads a JWKS document; rejects on a network error, a non-2xx answer or a document without `keys`. */
export type JwksLoader = () => Promise<JSONWebKeySet>;

/**
 * A GET of the JWKS URL over node:http(s) with a deadline. Plain node:http rather than `fetch`:
 * its timers are the socket's own, so tests that fake the global timers still reach a real server.
 */
export function httpJwksLoader(url: URL, timeoutMs: number): JwksLoader {
  return () =>
    new Promise((resolve, reject) => {
      const request = (url.protocol === 'https:' ? https : http).get(
        url,
        { headers: { accept: 'application/json' }, timeout: timeoutMs },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300) {
              reject(new Error(`JWKS at ${url.href} answered ${status}`));
              return;
            }
            try {
              const document = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { keys?: unknown };
              if (!Array.isArray(document.keys)) throw new Error('no "keys" array');
              resolve(document as JSONWebKeySet);
            } catch (error) {
              reject(new Error(`JWKS at ${url.href} is not a key set: ${(error as Error).message}`));
            }
          });
        },
      );
      request.on('timeout', () =>
        request.destroy(new Error(`JWKS at ${url.href} did not answer in ${timeoutMs} ms`)),
      );
      request.on('error', reject);
    });
}
