import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type SelectionSetNode,
} from 'graphql';
import {
  inputValueCost,
  isSkipped,
  operationBaseCost,
  valueOf,
  type CostInput,
} from './selection-context.js';

/**
 * The cost of what was actually returned, with the weights of the estimate: every object, list
 * element and weighted leaf in `data` is counted once; a null costs nothing beyond its arguments.
 * Fields selected twice under one response key are merged, as execution merges them.
 */
export function actualCost(input: CostInput, data: Record<string, unknown> | null | undefined): number {
  const { schema, directives, fragments, variables } = input;
  const ignore = () => undefined;
  if (!data) return 0;

  const applies = (typeName: string | undefined, parentType: GraphQLNamedType, object: object): boolean => {
    if (!typeName || typeName === parentType.name) return true;
    const condition = schema.getType(typeName);
    const concrete = '__typename' in object ? schema.getType(String(object.__typename)) : undefined;
    if (!condition) return false;
    if (concrete && isObjectType(concrete)) {
      return concrete === condition || (isAbstractType(condition) && schema.isSubType(condition, concrete));
    }
    return true; // unknown concrete type: count what the object holds
  };

  const collect = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    object: object,
    into: Map<string, FieldNode[]>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (isSkipped(selection.directives, variables, ignore)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = into.get(key);
        if (nodes) nodes.push(selection);
        else into.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, parentType, object)) {
          collect(selection.selectionSet, parentType, object, into);
        }
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value, parentType, object)) {
          collect(fragment.selectionSet, parentType, object, into);
        }
      }
    }
  };

  const objectCost = (
    selectionSets: readonly SelectionSetNode[],
    declaredType: GraphQLNamedType,
    object: Record<string, unknown>,
  ): number => {
    const typename = object['__typename'];
    const concrete = typeof typename === 'string' ? schema.getType(typename) : undefined;
    const parentType = concrete && isObjectType(concrete) ? concrete : declaredType;
    const fieldsByKey = new Map<string, FieldNode[]>();
    for (const selectionSet of selectionSets) collect(selectionSet, parentType, object, fieldsByKey);
    let cost = 0;
    for (const [key, nodes] of fieldsByKey) {
      const first = nodes[0]!;
      const name = first.name.value;
      if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
      const field = parentType.getFields()[name];
      if (!field) continue;
      const coordinate = `${parentType.name}.${name}`;
      for (const argument of first.arguments ?? []) {
        const definition = field.args.find((arg) => arg.name === argument.name.value);
        const value = definition && valueOf(argument.value, variables, ignore);
        if (!definition || value === null || value === undefined) continue;
        cost +=
          (directives.arguments.get(`${coordinate}(${definition.name}:)`) ?? 0) +
          inputValueCost(directives, definition.type, value);
      }
      const namedType = getNamedType(field.type);
      const typeCost =
        directives.fields.get(coordinate) ??
        directives.types.get(namedType.name) ??
        (isCompositeType(namedType) ? 1 : 0);
      const childSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      cost += valueCost(object[key], namedType, typeCost, childSets);
    }
    return cost;
  };

  const valueCost = (
    value: unknown,
    type: GraphQLNamedType,
    typeCost: number,
    childSets: readonly SelectionSetNode[],
  ): number => {
    if (value === null || value === undefined) return 0;
    if (Array.isArray(value)) {
      let cost = 0;
      for (const item of value) cost += valueCost(item, type, typeCost, childSets);
      return cost;
    }
    if (childSets.length > 0 && typeof value === 'object') {
      return typeCost + objectCost(childSets, type, value as Record<string, unknown>);
    }
    return typeCost;
  };

  const root = schema.getRootType(input.operation.operation);
  if (!root) return 0;
  return operationBaseCost(input.operation) + objectCost([input.operation.selectionSet], root, data);
}
