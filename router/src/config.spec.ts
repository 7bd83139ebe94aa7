import { resolve } from 'node:path';
import { envReader } from '@packyourbag/service-kit';
import { describe, expect, it } from 'vitest';
import { readRouterConfig } from './config.js';

const read = (env: Record<string, string>) => readRouterConfig(envReader(env));

describe('readRouterConfig', () => {
  it('has development defaults', () => {
    const config = read({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      production: false,
      logLevel: 'info',
      subgraphUrls: {},
      watchSupergraph: true,
      introspection: true,
      subgraphTimeoutMs: 10_000,
      subgraphDeduplication: true,
    });
    expect(config.supergraphPath).toBe(resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'));
    expect(config.trust.jwksUrl).toBe('http://127.0.0.1:4001/.well-known/jwks.json');
  });

  it('turns watching and introspection off in production', () => {
    const config = read({ NODE_ENV: 'production', ROUTER_SECRET: 's'.repeat(32) });
    expect(config.watchSupergraph).toBe(false);
    expect(config.introspection).toBe(false);
  });

  it('maps subgraph URL overrides by subgraph name', () => {
    const config = read({ AUTH_URL: 'http://auth:4001/graphql', PREFERENCES_URL: 'http://prefs/graphql' });
    expect(config.subgraphUrls).toEqual({
      auth: 'http://auth:4001/graphql',
      preferences: 'http://prefs/graphql',
    });
  });

  it('resolves a relative SUPERGRAPH_PATH against the working directory', () => {
    expect(read({ SUPERGRAPH_PATH: 'x/supergraph.graphql' }).supergraphPath).toBe(
      resolve('x/supergraph.graphql'),
    );
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ PACKING_URL: 'not a url' }, /PACKING_URL/],
    [{ WATCH_SUPERGRAPH: 'maybe' }, /WATCH_SUPERGRAPH/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ SUBGRAPH_TIMEOUT_MS: '0' }, /SUBGRAPH_TIMEOUT_MS/],
    [{ SUBGRAPH_DEDUPLICATION: 'sometimes' }, /SUBGRAPH_DEDUPLICATION/],
    [{ NODE_ENV: 'production' }, /ROUTER_SECRET/],
    [{ ROUTER_SECRET: 'short' }, /ROUTER_SECRET/],
  ])('fails fast naming the variable for %o', (env, variable) => {
    expect(() => read(env)).toThrow(variable);
  });
});
