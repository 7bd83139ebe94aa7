import { describe, expect, it } from 'vitest';
import { readSubgraphConfig } from './subgraph-config.js';
import { DEVELOPMENT_ROUTER_SECRET } from './trust-config.js';

const SECRET = 'a-production-router-secret-of-32-chars!';

describe('readSubgraphConfig', () => {
  it('applies the documented defaults in development', () => {
    const { subgraph } = readSubgraphConfig({ NODE_ENV: 'development' }, 4002);

    expect(subgraph).toEqual({
      host: '127.0.0.1',
      port: 4002,
      profile: 'development',
      production: false,
      logLevel: 'info',
      introspection: true,
      fieldSuggestions: true,
      trust: {
        routerSecret: DEVELOPMENT_ROUTER_SECRET,
        jwksUrl: 'http://127.0.0.1:4001/.well-known/jwks.json',
        issuer: 'packyourbag-auth',
        audience: 'packyourbag-api',
        revocationsUrl: 'http://127.0.0.1:4001/.well-known/revoked-tokens',
        revocationsRefreshMs: 30_000,
      },
    });
  });

  it('reads every variable it documents', () => {
    const { subgraph } = readSubgraphConfig(
      {
        HOST: '0.0.0.0',
        PORT: '5002',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        INTROSPECTION: 'false',
        ROUTER_SECRET: SECRET,
        JWKS_URL: 'http://auth:4001/.well-known/jwks.json',
        JWT_ISSUER: 'issuer',
        JWT_AUDIENCE: 'audience',
        TOKEN_REVOCATIONS_URL: 'http://auth:4001/.well-known/revoked-tokens',
        TOKEN_REVOCATIONS_REFRESH_MS: '1000',
      },
      4002,
    );

    expect(subgraph).toEqual({
      host: '0.0.0.0',
      port: 5002,
      profile: 'production',
      production: true,
      logLevel: 'warn',
      introspection: false,
      fieldSuggestions: false,
      trust: {
        routerSecret: SECRET,
        jwksUrl: 'http://auth:4001/.well-known/jwks.json',
        issuer: 'issuer',
        audience: 'audience',
        revocationsUrl: 'http://auth:4001/.well-known/revoked-tokens',
        revocationsRefreshMs: 1000,
      },
    });
  });

  it('shows no schema details when NODE_ENV is unset or unknown, though it keeps development secrets', () => {
    for (const env of [{}, { NODE_ENV: 'staging' }]) {
      const { subgraph } = readSubgraphConfig(env, 4002);
      expect(subgraph).toMatchObject({
        profile: 'production',
        introspection: false,
        fieldSuggestions: false,
      });
    }
    expect(readSubgraphConfig({ NODE_ENV: 'test' }, 4002).subgraph).toMatchObject({
      introspection: true,
      fieldSuggestions: true,
    });
  });

  it('refuses to start in production without ROUTER_SECRET, naming it', () => {
    expect(() => readSubgraphConfig({ NODE_ENV: 'production' }, 4002)).toThrow(/ROUTER_SECRET/);
  });

  it('refuses a ROUTER_SECRET shorter than 32 characters, naming it', () => {
    expect(() => readSubgraphConfig({ ROUTER_SECRET: 'short' }, 4002)).toThrow(/ROUTER_SECRET/);
  });

  it('names PORT and LOG_LEVEL when they are invalid', () => {
    expect(() => readSubgraphConfig({ PORT: '65536' }, 4002)).toThrow(/PORT/);
    expect(() => readSubgraphConfig({ LOG_LEVEL: 'verbose' }, 4002)).toThrow(/LOG_LEVEL/);
  });
});
