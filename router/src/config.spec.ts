import { resolve } from 'node:path';
import { envReader } from '@packyourbag/service-kit';
import { describe, expect, it } from 'vitest';
import { readRouterConfig } from './config.js';

const read = (env: Record<string, string>) => readRouterConfig(envReader(env));

describe('readRouterConfig', () => {
  it('has development defaults in the development profile', () => {
    const config = read({ NODE_ENV: 'development' });
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      profile: 'development',
      production: false,
      fieldSuggestions: true,
      trustedProxies: [],
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

  it.each([
    ['production', { NODE_ENV: 'production' }],
    ['unset', {}],
    ['unknown (staging)', { NODE_ENV: 'staging' }],
  ])('turns watching, introspection and suggestions off when NODE_ENV is %s', (_name, env) => {
    const config = read({ ...env, ROUTER_SECRET: 's'.repeat(32) });
    expect(config).toMatchObject({
      profile: 'production',
      production: true,
      watchSupergraph: false,
      introspection: false,
      fieldSuggestions: false,
      corsOrigins: [],
    });
  });

  it('requires ROUTER_SECRET when NODE_ENV is unset (production), not in development or test', () => {
    expect(() => read({})).toThrow(/ROUTER_SECRET/);
    expect(read({ NODE_ENV: 'test' }).profile).toBe('test');
  });

  it('reads TRUSTED_PROXIES as addresses and CIDR ranges, and a CLIENT_ADDRESS_SECRET of 32+ characters', () => {
    const config = read({
      NODE_ENV: 'development',
      TRUSTED_PROXIES: '10.0.0.0/8, ::1',
      CLIENT_ADDRESS_SECRET: 'c'.repeat(32),
    });
    expect(config.trustedProxies).toEqual(['10.0.0.0/8', '::1']);
    expect(config.clientAddressSecret).toBe('c'.repeat(32));
  });

  it('maps subgraph URL overrides by subgraph name', () => {
    const config = read({
      NODE_ENV: 'development',
      AUTH_URL: 'http://auth:4001/graphql',
      PREFERENCES_URL: 'http://prefs/graphql',
    });
    expect(config.subgraphUrls).toEqual({
      auth: 'http://auth:4001/graphql',
      preferences: 'http://prefs/graphql',
    });
  });

  it('resolves a relative SUPERGRAPH_PATH against the working directory', () => {
    expect(read({ NODE_ENV: 'development', SUPERGRAPH_PATH: 'x/supergraph.graphql' }).supergraphPath).toBe(
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
    [{ TRUSTED_PROXIES: '10.0.0.0/99' }, /TRUSTED_PROXIES/],
    [{ TRUSTED_PROXIES: 'proxy.internal' }, /TRUSTED_PROXIES/],
    [{ CLIENT_ADDRESS_SECRET: 'short' }, /CLIENT_ADDRESS_SECRET/],
  ])('fails fast naming the variable for %o', (env, variable) => {
    expect(() => read({ NODE_ENV: 'development', ...env })).toThrow(variable);
  });
});
