import type { ASTNode, DocumentNode, InputValueDefinitionNode } from 'graphql';

interface Span {
  start: number;
  end: number;
}

function contains(outer: ASTNode, inner: Span): boolean {
  return outer.loc !== undefined && outer.loc.start <= inner.start && inner.end <= outer.loc.end;
}

function argumentCoordinate(
  owner: string,
  args: readonly InputValueDefinitionNode[] | undefined,
  span: Span,
) {
  const arg = args?.find((a) => contains(a, span));
  return arg ? `${owner}(${arg.name.value}:)` : owner;
}

/**
 * The schema coordinate (https://spec.graphql.org/draft/#sec-Schema-Coordinates) of the innermost
 * schema element whose definition encloses `span` in `document`: `Type`, `Type.field`,
 * `Type.field(arg:)`, `Enum.VALUE`, `@directive`. Composition errors point at AST nodes (a named type,
 * a directive application) rather than at elements, so this is how they get a coordinate.
 */
export function coordinateAt(document: DocumentNode, span: Span): string | undefined {
  for (const definition of document.definitions) {
    if (!contains(definition, span)) continue;
    switch (definition.kind) {
      case 'DirectiveDefinition':
        return argumentCoordinate(`@${definition.name.value}`, definition.arguments, span);
      case 'SchemaDefinition':
      case 'SchemaExtension':
        return undefined;
      case 'EnumTypeDefinition':
      case 'EnumTypeExtension': {
        const value = definition.values?.find((v) => contains(v, span));
        return value ? `${definition.name.value}.${value.name.value}` : definition.name.value;
      }
      case 'InputObjectTypeDefinition':
      case 'InputObjectTypeExtension': {
        const field = definition.fields?.find((f) => contains(f, span));
        return field ? `${definition.name.value}.${field.name.value}` : definition.name.value;
      }
      case 'ObjectTypeDefinition':
      case 'ObjectTypeExtension':
      case 'InterfaceTypeDefinition':
      case 'InterfaceTypeExtension': {
        const field = definition.fields?.find((f) => contains(f, span));
        if (!field) return definition.name.value;
        return argumentCoordinate(`${definition.name.value}.${field.name.value}`, field.arguments, span);
      }
      case 'ScalarTypeDefinition':
      case 'ScalarTypeExtension':
      case 'UnionTypeDefinition':
      case 'UnionTypeExtension':
        return definition.name.value;
      default:
        return undefined;
    }
  }
  return undefined;
}
