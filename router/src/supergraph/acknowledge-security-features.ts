import { Kind, parse, print, visit, type ConstArgumentNode, type ConstDirectiveNode } from 'graphql';

/**
 * The `for: SECURITY` features this router enforces itself, so the gateway may serve a supergraph
 * that links them. @apollo/gateway refuses any SECURITY feature it does not implement (only Apollo
 * Router implements these two), which is right for a gateway that would silently ignore them; here
 * the router's directive plugin and each subgraph's own checks are the enforcement.
 */
export const ROUTER_ENFORCED_SECURITY_FEATURES: readonly string[] = [
  'https://specs.apollo.dev/authenticated/v0.1',
  'https://specs.apollo.dev/requiresScopes/v0.1',
];

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

const isSecurityPurpose = (argument: ConstArgumentNode) =>
  argument.name.value === 'for' && argument.value.kind === Kind.ENUM && argument.value.value === 'SECURITY';

/**
 * Drops `for: SECURITY` from the `@link`s of the listed features, and only those: a SECURITY
 * feature nobody here enforces still makes the gateway refuse the supergraph (fail closed).
 * The features' directives stay in the supergraph for the enforcement to read.
 */
export function acknowledgeSecurityFeatures(
  supergraphSdl: string,
  enforced: readonly string[] = ROUTER_ENFORCED_SECURITY_FEATURES,
): string {
  let changed = false;
  const document = visit(parse(supergraphSdl), {
    Directive(node) {
      if (node.name.value !== 'link') return undefined;
      const url = stringArgument(node as ConstDirectiveNode, 'url');
      if (url === undefined || !enforced.includes(url)) return undefined;
      const args = (node as ConstDirectiveNode).arguments ?? [];
      if (!args.some(isSecurityPurpose)) return undefined;
      changed = true;
      return { ...node, arguments: args.filter((argument) => !isSecurityPurpose(argument)) };
    },
  });
  return changed ? print(document) : supergraphSdl;
}
