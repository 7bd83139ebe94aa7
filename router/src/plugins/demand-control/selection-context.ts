import {
  getNamedType,
  isInputObjectType,
  Kind,
  type DirectiveNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import type { CostDirectives } from './cost-directives.js';

/** What both cost walks (estimated and actual) read an operation with. */
export interface CostInput {
  /** The API schema the operation was validated against. */
  schema: GraphQLSchema;
  directives: CostDirectives;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The request's variables (coerced or raw: only ints, booleans and input objects are read). */
  variables: Readonly<Record<string, unknown>>;
}

/** Base cost of an operation by type (Federation 2.9 / IBM cost spec: mutations 10, others 0). */
export function operationBaseCost(operation: OperationDefinitionNode): number {
  return operation.operation === 'mutation' ? 10 : 0;
}

/** A literal or variable value as plain JavaScript; `read` learns which variables were needed. */
export function valueOf(
  node: ValueNode,
  variables: Readonly<Record<string, unknown>>,
  read: (variable: string) => void,
): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      read(node.name.value);
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((value) => valueOf(value, variables, read));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, valueOf(field.value, variables, read)]),
      );
    default:
      return node.value;
  }
}

/** `@skip(if: true)` or `@include(if: false)`: the selection costs nothing. */
export function isSkipped(
  directives: readonly DirectiveNode[] | undefined,
  variables: Readonly<Record<string, unknown>>,
  read: (variable: string) => void,
): boolean {
  if (!directives || directives.length === 0) return false;
  for (const directive of directives) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if');
    if (!condition) continue;
    const value = valueOf(condition.value, variables, read) === true;
    if (name === 'skip' ? value : !value) return true;
  }
  return false;
}

/** `@cost` of an argument's value: its input object types and weighted input fields, recursively. */
export function inputValueCost(directives: CostDirectives, type: GraphQLInputType, value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) {
    return value.reduce<number>((sum, item) => sum + inputValueCost(directives, type, item), 0);
  }
  const named = getNamedType(type);
  if (!isInputObjectType(named) || typeof value !== 'object') return 0;
  let cost = directives.types.get(named.name) ?? 0;
  const fields = named.getFields();
  for (const [name, fieldValue] of Object.entries(value)) {
    const field = fields[name];
    if (!field || fieldValue === null || fieldValue === undefined) continue;
    cost +=
      (directives.inputFields.get(`${named.name}.${name}`) ?? 0) +
      inputValueCost(directives, field.type, fieldValue);
  }
  return cost;
}
