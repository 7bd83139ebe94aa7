import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { describe, expect, it } from 'vitest';
import { markSecurityFeaturesEnforced } from '../plugins/authorization/index.js';

const supergraph = readFileSync(resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8');

async function loads(sdl: string): Promise<boolean> {
  const gateway = new ApolloGateway({ supergraphSdl: sdl, logger: silent });
  try {
    await gateway.load();
    return true;
  } catch {
    return false;
  } finally {
    await gateway.stop().catch(() => undefined);
  }
}
const silent = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

// The router hands the gateway the committed supergraph through markSecurityFeaturesEnforced
// (create-router.ts); these pin that the result loads, and fails closed where it must.
describe('the project supergraph through markSecurityFeaturesEnforced', () => {
  it('lets the gateway load the project supergraph, which @apollo/gateway alone refuses', async () => {
    expect(supergraph).toContain('for: SECURITY');
    expect(await loads(supergraph)).toBe(false);
    expect(await loads(markSecurityFeaturesEnforced(supergraph))).toBe(true);
  });

  it('keeps the directives for enforcement to read', () => {
    const acknowledged = markSecurityFeaturesEnforced(supergraph);

    expect(acknowledged).not.toContain('for: SECURITY');
    expect(acknowledged).toContain('@authenticated');
    expect(acknowledged).toContain('@requiresScopes');
  });

  it('leaves a SECURITY feature nobody enforces in place, so loading still fails closed', async () => {
    const withPolicy = supergraph.replace(
      '@link(url: "https://specs.apollo.dev/cost/v0.1"',
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)\n  @link(url: "https://specs.apollo.dev/cost/v0.1"',
    );
    const acknowledged = markSecurityFeaturesEnforced(withPolicy);

    expect(acknowledged).toMatch(/policy\/v0\.1", for: SECURITY/);
    expect(await loads(acknowledged)).toBe(false);
  });

  it('returns a supergraph without SECURITY features unchanged', () => {
    const plain =
      'schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query }\ntype Query { a: Int }';

    expect(markSecurityFeaturesEnforced(plain)).toBe(plain);
  });
});
