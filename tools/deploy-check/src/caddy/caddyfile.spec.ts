import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaddy, type RunningCaddy } from './start-caddy.js';

const CADDYFILE = resolve(import.meta.dirname, '../../../../deploy/caddy/Caddyfile');

/** A stand-in upstream that answers with its name and the forwarding headers it received. */
function upstream(name: string): Promise<Server> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.setHeader('server', 'upstream');
    response.end(
      JSON.stringify({ name, path: request.url, forwardedFor: request.headers['x-forwarded-for'] }),
    );
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** A port nothing listens on right now (Caddy needs numbers, not port 0). */

const portOf = (server: Server) => (server.address() as AddressInfo).port;

describe('deploy/caddy/Caddyfile', () => {
  let caddy: RunningCaddy | undefined;
  let dataDir: string;
  let router: Server;
  let web: Server;
  let httpPort: number;
  let httpsPort: number;
  let rootCertificate: string;

  /** GET over HTTPS for `localhost`, trusting only Caddy's own local CA. */
  function get(path: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((done, fail) => {
      const request = httpsRequest(
        {
          host: '127.0.0.1',
          servername: 'localhost',
          port: httpsPort,
          path,
          headers: { host: 'localhost', ...headers },
          ca: rootCertificate,
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () =>
            done({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        },
      );
      request.on('error', fail);
      request.end();
    });
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pyb-caddy-'));
    [router, web, httpPort, httpsPort] = await Promise.all([
      upstream('router'),
      upstream('web'),
      freePort(),
      freePort(),
    ]);
    caddy = await startCaddy({
      caddyfile: CADDYFILE,
      env: {
        PATH: process.env.PATH,
        HOME: dataDir,
        XDG_DATA_HOME: join(dataDir, 'data'),
        XDG_CONFIG_HOME: join(dataDir, 'config'),
        PUBLIC_DOMAIN: 'localhost',
        HTTP_PORT: String(httpPort),
        HTTPS_PORT: String(httpsPort),
        ROUTER_UPSTREAM: `127.0.0.1:${portOf(router)}`,
        WEB_UPSTREAM: `127.0.0.1:${portOf(web)}`,
      },
      // "localhost" gets a certificate from Caddy's internal CA (what `tls internal` does).
      untilMessage: 'certificate obtained successfully',
    });
    rootCertificate = await readFile(
      join(dataDir, 'data', 'caddy', 'pki', 'authorities', 'local', 'root.crt'),
      'utf8',
    );
  });

  afterAll(async () => {
    await caddy?.stop();
    router?.close();
    web?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is a valid Caddyfile', async () => {
    const { stdout, stderr } = await promisify(execFile)('caddy', [
      'validate',
      '--config',
      CADDYFILE,
      '--adapter',
      'caddyfile',
    ]);
    expect(stdout + stderr).toContain('Valid configuration');
  });

  it('redirects HTTP to HTTPS, keeping the path', async () => {
    const response = await new Promise<{ status?: number; location?: string }>((done, fail) =>
      httpRequest(
        { host: '127.0.0.1', port: httpPort, path: '/trips?x=1', headers: { host: 'localhost' } },
        (answer) => {
          answer.resume();
          done({ status: answer.statusCode, location: answer.headers.location });
        },
      )
        .on('error', fail)
        .end(),
    );
    // Caddy 2.6 names no port in the redirect; in production HTTPS is on 443, where none is needed.
    expect(response).toEqual({ status: 308, location: 'https://localhost/trips?x=1' });
  });

  it('sends /graphql to the router and everything else to the web app', async () => {
    expect(JSON.parse((await get('/graphql')).body)).toMatchObject({ name: 'router', path: '/graphql' });
    expect(JSON.parse((await get('/trips/42')).body)).toMatchObject({ name: 'web', path: '/trips/42' });
  });

  it('adds the security headers and hides the upstream server', async () => {
    for (const path of ['/graphql', '/']) {
      const { status, headers } = await get(path);
      expect(status).toBe(200);
      expect(headers).toMatchObject({
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(headers['server']).toBeUndefined();
    }
  });

  it("forwards the client's own address, never one the client claims", async () => {
    const { body } = await get('/graphql', { 'x-forwarded-for': '203.0.113.7' });
    expect(JSON.parse(body)).toMatchObject({ forwardedFor: '127.0.0.1' });
  });
});
