import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { AccessRequirement, AccessRequirements } from './access-requirements.js';

export interface AccessViolation {
  /** Response path of the refused field, e.g. `me.items`. */
  path: string;
  /** Schema coordinate, e.g. `User.items`. */
  coordinate: string;
  /** `UNAUTHENTICATED` when nobody is signed in, `FORBIDDEN` when scopes are missing. */
  kind: 'UNAUTHENTICATED' | 'FORBIDDEN';
  /** For FORBIDDEN: the scope sets of which the caller holds none completely. */
  requiredScopes?: readonly (readonly string[])[];
}

export interface AccessCheckInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  requirements: AccessRequirements;
  /** The caller's scopes, or undefined for an anonymous caller. */
  scopes: ReadonlySet<string> | undefined;
}

function satisfied(
  requirement: AccessRequirement,
  scopes: ReadonlySet<string> | undefined,
): AccessViolation['kind'] | undefined {
  if (requirement.authenticated && !scopes) return 'UNAUTHENTICATED';
  if (requirement.scopeSets.length === 0) return undefined;
  if (!scopes) return 'UNAUTHENTICATED';
  return requirement.scopeSets.some((set) => set.every((scope) => scopes.has(scope)))
    ? undefined
    : 'FORBIDDEN';
}

/**
 * Every field of the operation (through fragments) that the caller may not select, checked on
 * the field's own requirement and on its return type's. Runs before planning, so a refused
 * operation never reaches a subgraph.
 */
export function findAccessViolations(input: AccessCheckInput): AccessViolation[] {
  const { schema, requirements, scopes } = input;
  const violations: AccessViolation[] = [];

  const check = (requirement: AccessRequirement | undefined, path: string, coordinate: string) => {
    if (!requirement) return;
    const kind = satisfied(requirement, scopes);
    if (kind) {
      violations.push({
        path,
        coordinate,
        kind,
        ...(kind === 'FORBIDDEN' ? { requiredScopes: requirement.scopeSets } : {}),
      });
    }
  };

  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    path: string,
    seen: ReadonlySet<string>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const field = parentType.getFields()[name];
        if (!field) continue;
        const responsePath = path
          ? `${path}.${selection.alias?.value ?? name}`
          : (selection.alias?.value ?? name);
        const coordinate = `${parentType.name}.${name}`;
        const returnType = getNamedType(field.type);
        check(requirements.fields.get(coordinate), responsePath, coordinate);
        check(requirements.types.get(returnType.name), responsePath, returnType.name);
        if (selection.selectionSet) walk(selection.selectionSet, returnType, responsePath, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parentType;
        if (type) walk(selection.selectionSet, type, path, seen);
      } else {
        const name = selection.name.value;
        const fragment = input.fragments[name];
        if (!fragment || seen.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type) walk(fragment.selectionSet, type, path, new Set([...seen, name]));
      }
    }
  };

  const rootType = schema.getRootType(input.operation.operation);
  if (rootType) walk(input.operation.selectionSet, rootType, '', new Set());
  return violations;
}
