import { Kind, parse, type ConstValueNode } from 'graphql';

export interface SubgraphEndpoint {
  /** The subgraph's name in the supergraph (`join__graph(name:)`). */
  name: string;
  /** Where the router sends its operations: the override for this name if one is configured. */
  url: string;
}

function stringArgument(value: ConstValueNode | undefined): string | undefined {
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/**
 * The subgraphs a supergraph routes to, read from its `join__Graph` enum, with configured URL
 * overrides applied (the committed supergraph holds local development URLs).
 */
export function subgraphEndpoints(
  supergraphSdl: string,
  overrides: Readonly<Record<string, string>> = {},
): SubgraphEndpoint[] {
  const endpoints: SubgraphEndpoint[] = [];
  for (const definition of parse(supergraphSdl, { noLocation: true }).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((candidate) => candidate.name.value === 'join__graph');
      const argument = (name: string) =>
        stringArgument(directive?.arguments?.find((candidate) => candidate.name.value === name)?.value);
      const name = argument('name');
      const url = argument('url');
      if (name !== undefined && url !== undefined) endpoints.push({ name, url: overrides[name] ?? url });
    }
  }
  return endpoints;
}
