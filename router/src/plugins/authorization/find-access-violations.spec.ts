import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readAccessRequirements } from './access-requirements.js';
import { findAccessViolations } from './find-access-violations.js';

const schemaDir = join(__dirname, '../../../../schema');
const apiSchema = buildSchema(readFileSync(join(schemaDir, 'api.graphql'), 'utf8'));
const requirements = readAccessRequirements(readFileSync(join(schemaDir, 'supergraph.graphql'), 'utf8'));

function violations(query: string, scopes: string[] | undefined) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return findAccessViolations({
    schema: apiSchema,
    operation,
    fragments,
    requirements,
    scopes: scopes ? new Set(scopes) : undefined,
  });
}

const ALL = ['packing:read', 'packing:write', 'preferences:read', 'preferences:write'];

describe('requirements read from the supergraph', () => {
  it('finds @authenticated and @requiresScopes where the subgraphs put them', () => {
    expect(requirements.fields.get('Query.me')).toEqual({ authenticated: true, scopeSets: [] });
    expect(requirements.fields.get('User.items')).toEqual({
      authenticated: true,
      scopeSets: [['packing:read']],
    });
    expect(requirements.fields.get('Mutation.createItem')?.scopeSets).toEqual([['packing:write']]);
    expect(requirements.fields.has('Mutation.signUp')).toBe(false);
  });
});

describe('findAccessViolations', () => {
  it('refuses an anonymous caller on an @authenticated field, naming the path', () => {
    expect(violations('{ me { email } }', undefined)).toEqual([
      { path: 'me', coordinate: 'Query.me', kind: 'UNAUTHENTICATED' },
    ]);
  });

  it('lets anonymous callers use public operations', () => {
    expect(
      violations('mutation { signIn(input: { email: "a@b.co", password: "x" }) { accessToken } }', undefined),
    ).toEqual([]);
  });

  it('refuses fields whose scopes the token lacks, and only those', () => {
    const found = violations('{ me { email items { totalCount } preferences { theme } } }', ['packing:read']);
    expect(found).toEqual([
      {
        path: 'me.preferences',
        coordinate: 'User.preferences',
        kind: 'FORBIDDEN',
        requiredScopes: [['preferences:read']],
      },
    ]);
  });

  it('follows aliases, fragments and inline fragments', () => {
    const query = `
      query { mine: me { ...Gear ... on User { settings: preferences { theme } } } }
      fragment Gear on User { items(first: 5) { totalCount } }`;
    expect(violations(query, []).map((violation) => [violation.path, violation.kind])).toEqual([
      ['mine.items', 'FORBIDDEN'],
      ['mine.settings', 'FORBIDDEN'],
    ]);
  });

  it('accepts a token holding every scope', () => {
    expect(violations('{ me { email items { totalCount } preferences { theme } } }', ALL)).toEqual([]);
  });

  it('refuses a mutation without its write scope', () => {
    const found = violations('mutation { createItem(input: { name: "Tent", weightMg: 1 }) { id } }', [
      'packing:read',
    ]);
    expect(found.map((violation) => violation.coordinate)).toEqual(['Mutation.createItem']);
  });
});
