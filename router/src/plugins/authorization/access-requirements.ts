import { Kind, parse, type ConstDirectiveNode, type DocumentNode } from 'graphql';

/** What a schema element demands of the caller: a signed-in caller, and any one of these scope sets. */
export interface AccessRequirement {
  authenticated: boolean;
  /** Alternatives (OR) of scope sets (AND), as in `@requiresScopes(scopes: [["a", "b"], ["c"]])`. */
  scopeSets: readonly (readonly string[])[];
}

/** Requirements by field coordinate (`User.items`) and by type name (`User`). */
export interface AccessRequirements {
  fields: ReadonlyMap<string, AccessRequirement>;
  types: ReadonlyMap<string, AccessRequirement>;
}

function requirementOf(directives: readonly ConstDirectiveNode[] | undefined): AccessRequirement | undefined {
  let authenticated = false;
  const scopeSets: string[][] = [];
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') authenticated = true;
    if (directive.name.value === 'requiresScopes') {
      const argument = directive.arguments?.find((arg) => arg.name.value === 'scopes');
      if (argument?.value.kind !== Kind.LIST) continue;
      for (const set of argument.value.values) {
        if (set.kind !== Kind.LIST) continue;
        scopeSets.push(set.values.flatMap((scope) => (scope.kind === Kind.STRING ? [scope.value] : [])));
      }
      // A scope requirement implies a signed-in caller.
      authenticated = true;
    }
  }
  return authenticated || scopeSets.length > 0 ? { authenticated, scopeSets } : undefined;
}

/**
 * Reads `@authenticated` and `@requiresScopes` from the supergraph, as composition left them on
 * fields and types. (The gateway's API schema drops them; the router needs them to enforce.)
 */
export function readAccessRequirements(supergraphSdl: string | DocumentNode): AccessRequirements {
  const document = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  const fields = new Map<string, AccessRequirement>();
  const types = new Map<string, AccessRequirement>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.SCALAR_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const typeRequirement = requirementOf(definition.directives);
    if (typeRequirement) types.set(typeName, typeRequirement);
    if (!('fields' in definition)) continue;
    for (const field of definition.fields ?? []) {
      const requirement = requirementOf(field.directives);
      if (requirement) fields.set(`${typeName}.${field.name.value}`, requirement);
    }
  }
  return { fields, types };
}
