import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPHQL_URL, readWebConfig } from './web-config';

describe('readWebConfig', () => {
  it('defaults GRAPHQL_URL to the router on port 4000', () => {
    expect(readWebConfig({}).graphqlUrl.href).toBe(DEFAULT_GRAPHQL_URL);
    expect(readWebConfig({ GRAPHQL_URL: '' }).graphqlUrl.href).toBe(DEFAULT_GRAPHQL_URL);
  });

  it('takes GRAPHQL_URL when set', () => {
    expect(readWebConfig({ GRAPHQL_URL: 'https://api.example.test/graphql' }).graphqlUrl.href).toBe(
      'https://api.example.test/graphql',
    );
  });

  it('names the variable when the value is not an http URL', () => {
    expect(() => readWebConfig({ GRAPHQL_URL: 'not a url' })).toThrow(/GRAPHQL_URL must be a URL/);
    expect(() => readWebConfig({ GRAPHQL_URL: 'ftp://x/graphql' })).toThrow(/GRAPHQL_URL must be an http/);
  });
});
