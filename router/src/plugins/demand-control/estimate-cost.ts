import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
} from 'graphql';
import type { ListSize } from './cost-directives.js';
import {
  inputValueCost,
  isSkipped,
  operationBaseCost,
  valueOf,
  type CostInput,
} from './selection-context.js';

export interface CostEstimate {
  /** The static cost of the operation. */
  cost: number;
  /** Variables whose values changed the estimate (slicing arguments, @skip/@include, inputs). */
  variablesRead: ReadonlySet<string>;
}

/** A `@listSize` with `requireOneSlicingArgument` got none or several slicing arguments. */
export class SlicingArgumentError extends Error {
  constructor(
    readonly path: string,
    readonly slicingArguments: readonly string[],
  ) {
    super(
      `${path} needs exactly one of the arguments ${slicingArguments.join(', ')} to say how many items it returns.`,
    );
    this.name = 'SlicingArgumentError';
  }
}

export interface EstimateOptions {
  /** Length assumed for a list field whose size nothing else gives. */
  defaultListSize: number;
}

/** A size handed down by a parent's `@listSize(sizedFields:)`. */
interface SizedChildren {
  size: number;
  fields: readonly string[];
}

/**
 * The static cost of an operation with Federation 2.9 demand-control semantics (as Apollo Router
 * computes it): composite types cost 1 and leaves 0 unless `@cost` says otherwise (field weight
 * first, then the type's), a list multiplies its element's cost by its expected size (slicing
 * argument, else `assumedSize`, else the default), `sizedFields` hand that size to child lists,
 * `@cost` on arguments and input fields adds once per use, mutations add 10. Fragments are summed
 * (an upper bound on abstract types).
 */
export function estimateCost(input: CostInput, options: EstimateOptions): CostEstimate {
  const { schema, directives, fragments, variables } = input;
  const variablesRead = new Set<string>();
  const read = (name: string) => variablesRead.add(name);

  const expectedSize = (
    listSize: ListSize,
    field: GraphQLField<unknown, unknown>,
    given: ReadonlyMap<string, unknown>,
    path: string,
  ): number | undefined => {
    const sizes: number[] = [];
    for (const name of listSize.slicingArguments) {
      const value = given.has(name)
        ? given.get(name)
        : field.args.find((arg) => arg.name === name)?.defaultValue;
      if (typeof value === 'number') sizes.push(value);
    }
    if (listSize.slicingArguments.length > 0 && listSize.requireOneSlicingArgument && sizes.length !== 1) {
      throw new SlicingArgumentError(path, listSize.slicingArguments);
    }
    return sizes.length > 0 ? Math.max(...sizes) : listSize.assumedSize;
  };

  const selectionSetCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    path: string,
    sized: SizedChildren | undefined,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (isSkipped(selection.directives, variables, read)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parentType;
        if (type) cost += selectionSetCost(selection.selectionSet, type, path, sized);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type) cost += selectionSetCost(fragment.selectionSet, type, path, sized);
        continue;
      }
      const name = selection.name.value;
      if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue; // __typename on unions
      const field = parentType.getFields()[name];
      if (!field) continue; // __typename; validation refused anything else
      const coordinate = `${parentType.name}.${name}`;
      const fieldPath = path ? `${path}.${selection.alias?.value ?? name}` : (selection.alias?.value ?? name);
      const namedType = getNamedType(field.type);

      const given = new Map<string, unknown>();
      let argumentsCost = 0;
      for (const argument of selection.arguments ?? []) {
        const definition: GraphQLArgument | undefined = field.args.find(
          (arg) => arg.name === argument.name.value,
        );
        if (!definition) continue;
        const value = valueOf(argument.value, variables, read);
        given.set(definition.name, value);
        if (value === null || value === undefined) continue;
        argumentsCost +=
          (directives.arguments.get(`${coordinate}(${definition.name}:)`) ?? 0) +
          inputValueCost(directives, definition.type, value);
      }

      const listSize = directives.listSizes.get(coordinate);
      const ownSize = listSize ? expectedSize(listSize, field, given, fieldPath) : undefined;
      const handedDown = sized?.fields.includes(name) ? sized.size : undefined;
      const size = handedDown ?? ownSize;
      const instances = isListType(getNullableType(field.type)) ? (size ?? options.defaultListSize) : 1;
      const typeCost =
        directives.fields.get(coordinate) ??
        directives.types.get(namedType.name) ??
        (isCompositeType(namedType) ? 1 : 0);
      const childSized =
        listSize && listSize.sizedFields.length > 0 && ownSize !== undefined
          ? { size: ownSize, fields: listSize.sizedFields }
          : undefined;
      const childCost = selection.selectionSet
        ? selectionSetCost(selection.selectionSet, namedType, fieldPath, childSized)
        : 0;
      cost += instances * (typeCost + childCost) + argumentsCost;
    }
    return cost;
  };

  const root = schema.getRootType(input.operation.operation);
  const cost = root
    ? operationBaseCost(input.operation) + selectionSetCost(input.operation.selectionSet, root, '', undefined)
    : 0;
  return { cost, variablesRead };
}
