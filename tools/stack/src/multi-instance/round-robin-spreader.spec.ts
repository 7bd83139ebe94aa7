import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../processes/free-port.js';
import { startRoundRobinSpreader, type RoundRobinSpreader } from './round-robin-spreader.js';

// Real local servers stand for the instances: each answers with its name and the body it got.
const servers: Server[] = [];
let spreader: RoundRobinSpreader | undefined;

async function instance(name: string, port = 0): Promise<{ port: number; server: Server }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.setHeader('x-instance', name);
      response.end(`${name}:${request.method}:${request.url}:${Buffer.concat(chunks).toString()}`);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, server };
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

afterEach(async () => {
  await spreader?.close();
  spreader = undefined;
  await Promise.all(servers.splice(0).map(close));
});

const post = async (path: string, body: string, requestId?: string) => {
  const response = await fetch(`${spreader!.url}${path}`, {
    method: 'POST',
    body,
    headers: requestId ? { 'x-request-id': requestId } : {},
  });
  return {
    status: response.status,
    instance: response.headers.get('x-instance'),
    text: await response.text(),
  };
};

describe('round-robin spreader', () => {
  it('sends each request to the next instance in turn, passing method, path and body through', async () => {
    const one = await instance('one');
    const two = await instance('two');
    spreader = await startRoundRobinSpreader({ targets: [one.port, two.port] });

    const answers = [];
    for (let index = 0; index < 4; index += 1)
      answers.push(await post('/graphql?x=1', `body-${index}`, `r${index}`));

    expect(answers.map((answer) => answer.text)).toEqual([
      'one:POST:/graphql?x=1:body-0',
      'two:POST:/graphql?x=1:body-1',
      'one:POST:/graphql?x=1:body-2',
      'two:POST:/graphql?x=1:body-3',
    ]);
    expect(spreader.servedBy('r1')).toBe(2);
    expect(spreader.servedBy('r2')).toBe(1);
    expect(spreader.servedBy('unknown')).toBeUndefined();
    expect(spreader.answered()).toEqual([2, 2]);
  });

  it('places a request whose id ends in .instance-<n> on instance n', async () => {
    const one = await instance('one');
    const two = await instance('two');
    spreader = await startRoundRobinSpreader({ targets: [one.port, two.port] });

    for (let index = 0; index < 3; index += 1) {
      expect((await post('/', '', `placed-${index}.instance-2`)).instance).toBe('two');
    }
    expect(spreader.servedBy('placed-0.instance-2')).toBe(2);
  });

  it('skips an instance that refuses connections, and answers 502 when a placed request cannot land', async () => {
    const one = await instance('one');
    const stopped = await freePort();
    spreader = await startRoundRobinSpreader({ targets: [one.port, stopped] });

    const instances = [];
    for (let index = 0; index < 4; index += 1) instances.push((await post('/', 'x')).instance);
    expect(instances).toEqual(['one', 'one', 'one', 'one']);
    expect((await post('/', 'x', 'r.instance-2')).status).toBe(502);
  });

  it('skips an instance whose port is not known yet, and sends to it once it is set', async () => {
    const one = await instance('one');
    spreader = await startRoundRobinSpreader({ targets: [one.port, 0] });
    expect((await post('/', '', 'a')).instance).toBe('one');
    expect((await post('/', '', 'b')).instance).toBe('one');

    const two = await instance('two');
    spreader.setTarget(2, two.port);
    expect((await post('/', '', 'c.instance-2')).instance).toBe('two');
  });

  it('sends to an instance again once it is back on its port', async () => {
    const one = await instance('one');
    const two = await instance('two');
    spreader = await startRoundRobinSpreader({ targets: [one.port, two.port] });
    expect((await post('/', '', 'a.instance-2')).instance).toBe('two');

    await close(two.server);
    expect((await post('/', '', 'b')).instance).toBe('one');
    expect((await post('/', '', 'c')).instance).toBe('one');
    await instance('two again', two.port);
    expect((await post('/', '', 'd.instance-2')).instance).toBe('two again');
  });
});
