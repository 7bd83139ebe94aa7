import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from './keep-alive-post.js';

let server: http.Server;
let url = '';
const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/slow') return; // never answers
      response.writeHead(503, { 'retry-after': '2' });
      response.end(`${request.headers.authorization}:${Buffer.concat(chunks).toString()}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  agent.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('postJson', () => {
  it('answers with the status, headers and the whole body', async () => {
    const result = await postJson(agent, `${url}/`, 'Bearer t', '{"query":"{ a }"}');
    expect(result).toMatchObject({ kind: 'answered', status: 503, body: 'Bearer t:{"query":"{ a }"}' });
    expect(result.kind === 'answered' && result.headers['retry-after']).toBe('2');
  });

  it('names a refused connection by its error code', async () => {
    const closed = await freePort();
    expect(await postJson(agent, `http://127.0.0.1:${closed}/`, 'Bearer t', '{}')).toEqual({
      kind: 'failed',
      code: 'NETWORK_ECONNREFUSED',
    });
  });

  it('gives a request up as hung once the timeout passes', async () => {
    expect(await postJson(agent, `${url}/slow`, 'Bearer t', '{}', 200)).toEqual({ kind: 'hung' });
  });
});
