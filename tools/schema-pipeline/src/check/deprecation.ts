import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

function isDeprecated(element: { deprecationReason?: string | null | undefined } | undefined): boolean {
  return element?.deprecationReason !== undefined && element.deprecationReason !== null;
}

/**
 * True when every way the API reaches `typeName` goes through a deprecated field, argument or input
 * field, so clients that stopped using deprecated elements cannot be using the type. A type that
 * implements an interface or belongs to a union stays reachable through fragments, so it never counts.
 */
function onlyReachableThroughDeprecated(schema: GraphQLSchema, typeName: string): boolean {
  const target = schema.getType(typeName);
  if (!target) return false;
  if (
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(target as never)
  ) {
    return false;
  }
  if (isObjectType(target) && target.getInterfaces().length > 0) return false;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isUnionType(type) && type.getTypes().some((member) => member.name === typeName)) return false;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (isDeprecated(field)) continue;
        if (getNamedType(field.type).name === typeName) return false;
        if (field.args.some((arg) => !isDeprecated(arg) && getNamedType(arg.type).name === typeName))
          return false;
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!isDeprecated(field) && getNamedType(field.type).name === typeName) return false;
      }
    }
  }
  return true;
}

/**
 * Whether the element at `path` (graphql-inspector's dotted path: `Type`, `Type.field`,
 * `Type.field.argument`, `Enum.VALUE`, `Input.field`), or the field that holds it, was deprecated in
 * `schema`. That is the project's rule for when removing or changing an element is allowed.
 */
export function wasDeprecated(schema: GraphQLSchema, path: readonly string[]): boolean {
  const [typeName, memberName, argumentName] = path;
  if (typeName === undefined) return false;
  if (memberName === undefined) return onlyReachableThroughDeprecated(schema, typeName);
  const type = schema.getType(typeName);
  if (isEnumType(type)) return isDeprecated(type.getValue(memberName) ?? undefined);
  if (isInputObjectType(type)) return isDeprecated(type.getFields()[memberName]);
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[memberName];
    if (isDeprecated(field)) return true;
    return argumentName !== undefined && isDeprecated(field?.args.find((a) => a.name === argumentName));
  }
  return false;
}
