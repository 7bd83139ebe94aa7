import { describe, expect, it, vi } from 'vitest';
import type { SubgraphEndpoint } from '../supergraph/subgraph-endpoints.js';
import { createReadinessProbe, healthUrlOf } from './readiness.js';

const endpoints: SubgraphEndpoint[] = [
  { name: 'auth', url: 'http://auth:4001/graphql' },
  { name: 'packing', url: 'http://packing:4002/graphql' },
];

function setup(healthy: Record<string, boolean>) {
  let now = 1_000_000;
  const probe = vi.fn(async (endpoint: SubgraphEndpoint) => healthy[endpoint.name] ?? false);
  const readiness = createReadinessProbe({
    supergraphLoaded: () => true,
    subgraphs: () => endpoints,
    probe,
    now: () => now,
  });
  return { readiness, probe, advance: (ms: number) => (now += ms) };
}

describe('readiness', () => {
  it('is ready when every subgraph is', async () => {
    const { readiness } = setup({ auth: true, packing: true });

    expect(await readiness()).toEqual({
      ready: true,
      supergraphLoaded: true,
      signingKeys: 'ok',
      subgraphs: { auth: 'ok', packing: 'ok' },
      warmedUp: true,
    });
  });

  it('starts the warm-up once everything else is ready, and is ready only when it is done', async () => {
    let done = false;
    const start = vi.fn();
    let subgraphsUp = false;
    const readiness = createReadinessProbe({
      supergraphLoaded: () => true,
      subgraphs: () => endpoints,
      probe: async () => subgraphsUp,
      cacheMs: 0,
      warmUp: { done: () => done, start },
    });

    expect(await readiness()).toMatchObject({ ready: false, warmedUp: false });
    expect(start).not.toHaveBeenCalled();
    subgraphsUp = true;
    expect(await readiness()).toMatchObject({ ready: false, warmedUp: false });
    expect(start).toHaveBeenCalledTimes(1);
    done = true;
    expect(await readiness()).toMatchObject({ ready: true, warmedUp: true });
  });

  it("is not ready until auth's signing keys were fetched", async () => {
    let keys = false;
    const readiness = createReadinessProbe({
      supergraphLoaded: () => true,
      subgraphs: () => endpoints,
      probe: async () => true,
      signingKeys: () => keys,
    });

    expect(await readiness()).toMatchObject({ ready: false, signingKeys: 'unavailable' });
    keys = true;
    expect(await readiness()).toMatchObject({ ready: true, signingKeys: 'ok' });
  });

  it('names the subgraph that is not ready', async () => {
    const { readiness } = setup({ auth: true, packing: false });

    expect(await readiness()).toMatchObject({
      ready: false,
      subgraphs: { auth: 'ok', packing: 'unavailable' },
    });
  });

  it('is not ready without a supergraph, and probes nothing', async () => {
    const probe = vi.fn(async () => true);
    const readiness = createReadinessProbe({
      supergraphLoaded: () => false,
      subgraphs: () => endpoints,
      probe,
    });

    expect(await readiness()).toEqual({
      ready: false,
      supergraphLoaded: false,
      signingKeys: 'ok',
      subgraphs: {},
      warmedUp: true,
    });
    expect(probe).not.toHaveBeenCalled();
  });

  it('reuses a probe result for two seconds, then probes again', async () => {
    const { readiness, probe, advance } = setup({ auth: true, packing: true });

    await Promise.all([readiness(), readiness()]);
    advance(1999);
    await readiness();
    expect(probe).toHaveBeenCalledTimes(2); // one round, two subgraphs

    advance(1);
    await readiness();
    expect(probe).toHaveBeenCalledTimes(4);
  });

  it('finds a subgraph health check beside its GraphQL path', () => {
    expect(healthUrlOf('http://127.0.0.1:4001/graphql')).toBe('http://127.0.0.1:4001/health/ready');
    expect(healthUrlOf('https://api.example/packing/graphql')).toBe(
      'https://api.example/packing/health/ready',
    );
  });
});
