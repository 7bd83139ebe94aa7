import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DirectiveNode,
  type DocumentNode,
} from 'graphql';

/** `@listSize` on a field, as Federation 2.9 defines it. */
export interface ListSize {
  /** Size assumed when no slicing argument gives one. */
  assumedSize?: number;
  /** Arguments whose value is the list's length (`first`, `last`, `limit`). */
  slicingArguments: readonly string[];
  /** Child fields the size applies to instead of the field itself (connections: `edges`, `nodes`). */
  sizedFields: readonly string[];
  /** A query must give exactly one slicing argument (a default value counts). */
  requireOneSlicingArgument: boolean;
}

/** The demand-control directives of a supergraph, by schema coordinate. */
export interface CostDirectives {
  /** `@cost(weight)` on fields: `Type.field`. */
  fields: ReadonlyMap<string, number>;
  /** `@cost(weight)` on object, scalar and enum types: `Type`. */
  types: ReadonlyMap<string, number>;
  /** `@cost(weight)` on arguments: `Type.field(argument:)`. */
  arguments: ReadonlyMap<string, number>;
  /** `@cost(weight)` on input fields: `Input.field`. */
  inputFields: ReadonlyMap<string, number>;
  /** `@listSize` on fields: `Type.field`. */
  listSizes: ReadonlyMap<string, ListSize>;
}

export const NO_COST_DIRECTIVES: CostDirectives = {
  fields: new Map(),
  types: new Map(),
  arguments: new Map(),
  inputFields: new Map(),
  listSizes: new Map(),
};

const COST_SPEC = 'https://specs.apollo.dev/cost/';

/**
 * The names `@cost` and `@listSize` may have in this supergraph: their own (composition writes
 * `@cost` unprefixed even when the cost link imports only `@listSize`), the link's namespace
 * (`@cost__listSize`, or a custom `as:`), or a rename in the link's `import`.
 */
function directiveNames(document: DocumentNode): { cost: Set<string>; listSize: Set<string> } {
  const names = { cost: new Set(['cost', 'cost__cost']), listSize: new Set(['listSize', 'cost__listSize']) };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const argument = (name: string) => link.arguments?.find((arg) => arg.name.value === name)?.value;
      const url = argument('url');
      if (url?.kind !== Kind.STRING || !url.value.startsWith(COST_SPEC)) continue;
      const prefix = argument('as');
      if (prefix?.kind === Kind.STRING) {
        names.cost.add(`${prefix.value}__cost`);
        names.listSize.add(`${prefix.value}__listSize`);
      }
      const imports = argument('import');
      for (const entry of imports?.kind === Kind.LIST ? imports.values : []) {
        if (entry.kind !== Kind.OBJECT) continue;
        let name: string | undefined;
        let as: string | undefined;
        for (const field of entry.fields) {
          if (field.value.kind !== Kind.STRING) continue;
          if (field.name.value === 'name') name = field.value.value;
          if (field.name.value === 'as') as = field.value.value;
        }
        if (!as) continue;
        if (name === '@cost') names.cost.add(as.replace(/^@/, ''));
        if (name === '@listSize') names.listSize.add(as.replace(/^@/, ''));
      }
    }
  }
  return names;
}

function argumentValue(directive: ConstDirectiveNode, name: string): ConstValueNode | undefined {
  return directive.arguments?.find((arg) => arg.name.value === name)?.value;
}

function intArgument(directive: ConstDirectiveNode, name: string): number | undefined {
  const value = argumentValue(directive, name);
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

function stringListArgument(directive: ConstDirectiveNode, name: string): string[] {
  const value = argumentValue(directive, name);
  if (value?.kind !== Kind.LIST) return [];
  return value.values.flatMap((entry) => (entry.kind === Kind.STRING ? [entry.value] : []));
}

/**
 * Reads `@cost` and `@listSize` from the supergraph (the gateway's API schema drops them), so the
 * router prices an operation exactly as Apollo Router would on the same supergraph.
 */
export function readCostDirectives(supergraphSdl: string | DocumentNode): CostDirectives {
  const document = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  const names = directiveNames(document);
  const fields = new Map<string, number>();
  const types = new Map<string, number>();
  const args = new Map<string, number>();
  const inputFields = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();

  const weightOf = (directives: readonly DirectiveNode[] | undefined): number | undefined => {
    const cost = directives?.find((directive) => names.cost.has(directive.name.value));
    return cost ? intArgument(cost as ConstDirectiveNode, 'weight') : undefined;
  };

  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) types.set(typeName, typeWeight);
    if (!('fields' in definition) || !definition.fields) continue;
    for (const field of definition.fields) {
      const coordinate = `${typeName}.${field.name.value}`;
      const weight = weightOf(field.directives);
      if (weight !== undefined) {
        if (field.kind === Kind.INPUT_VALUE_DEFINITION) inputFields.set(coordinate, weight);
        else fields.set(coordinate, weight);
      }
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      for (const argument of field.arguments ?? []) {
        const argumentWeight = weightOf(argument.directives);
        if (argumentWeight !== undefined) args.set(`${coordinate}(${argument.name.value}:)`, argumentWeight);
      }
      const listSize = field.directives?.find((directive) => names.listSize.has(directive.name.value));
      if (!listSize) continue;
      const requireOne = argumentValue(listSize, 'requireOneSlicingArgument');
      const assumedSize = intArgument(listSize, 'assumedSize');
      listSizes.set(coordinate, {
        ...(assumedSize === undefined ? {} : { assumedSize }),
        slicingArguments: stringListArgument(listSize, 'slicingArguments'),
        sizedFields: stringListArgument(listSize, 'sizedFields'),
        requireOneSlicingArgument: requireOne?.kind === Kind.BOOLEAN ? requireOne.value : true,
      });
    }
  }
  return { fields, types, arguments: args, inputFields, listSizes };
}
