import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse, TypeInfo, validate, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../testing/temp-workspace.js';
import { apiSchemaOf, buildSupergraph } from './api-schema.js';
import { composeSupergraph } from './compose-supergraph.js';
import { formatProblem } from './schema-problem.js';

// schema/fixtures/<pattern>/: two subgraph SDLs, query.graphql and a README (style.md point 7).
const FIXTURES_DIR = 'schema/fixtures';
const QUERY_FILE = 'query.graphql';

/** What each pattern must leave in the supergraph (and not in the public API schema). */
const SUPERGRAPH_MARKERS: Record<string, string[]> = {
  'authorization-directives': ['@authenticated', '@requiresScopes(scopes: [["preferences:read"]])'],
  'demand-control': ['@listSize(slicingArguments: ["first"], sizedFields: ["nodes"]', '@cost(weight: 5)'],
};

const fixtures = readdirSync(join(REPOSITORY_ROOT, FIXTURES_DIR), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Subgraphs that define some field the query selects: the subgraphs the router must call. */
function subgraphsQueried(supergraphSdl: string, api: GraphQLSchema, query: string): string[] {
  const subgraphs = [...buildSupergraph(supergraphSdl).subgraphs().values()];
  const owners = new Set<string>();
  const typeInfo = new TypeInfo(api);
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || node.name.value.startsWith('__')) return;
        const coordinate = `${parent.name}.${node.name.value}`;
        for (const subgraph of subgraphs) {
          if (subgraph.schema.elementByCoordinate(coordinate)) owners.add(subgraph.name);
        }
      },
    }),
  );
  return [...owners].sort();
}

describe('composition fixtures', () => {
  it('has a fixture for every federation pattern the contract uses', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining(['entity-extension', 'authorization-directives', 'demand-control']),
    );
  });

  describe.each(fixtures)('%s', (fixture) => {
    const dir = join(FIXTURES_DIR, fixture);
    const files = readdirSync(join(REPOSITORY_ROOT, dir)).sort();
    const sdlFiles = files.filter((f) => f.endsWith('.graphql') && f !== QUERY_FILE);
    const subgraphs = sdlFiles.map((f) => ({
      name: basename(f, '.graphql'),
      file: `${dir}/${f}`,
      url: `http://${basename(f, '.graphql')}.fixture.invalid/graphql`,
    }));

    it('has two subgraph SDLs, a query and a README', () => {
      expect(sdlFiles).toHaveLength(2);
      expect(files).toEqual(expect.arrayContaining([QUERY_FILE, 'README.md']));
    });

    it('composes, and its query is valid and needs both subgraphs', () => {
      const result = composeSupergraph({ rootDir: REPOSITORY_ROOT, subgraphs });
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      const api = apiSchemaOf(result.supergraph);
      const query = readFileSync(join(REPOSITORY_ROOT, dir, QUERY_FILE), 'utf8');
      expect(validate(api, parse(query))).toEqual([]);
      expect(subgraphsQueried(result.supergraph, api, query)).toEqual(subgraphs.map((s) => s.name).sort());
      for (const marker of SUPERGRAPH_MARKERS[fixture] ?? []) {
        expect(result.supergraph).toContain(marker);
        expect(result.apiSchema).not.toContain(marker);
      }
    });
  });
});
