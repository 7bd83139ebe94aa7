import {
  getArgumentValues,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type GraphQLNamedInputType,
  type OperationDefinitionNode,
} from 'graphql';

/** Marks an argument or input field whose text may span lines (LF and CR allowed). */
export const MULTILINE_DIRECTIVE = 'multiline';

/** One text value the operation hands to a resolver, with the input path a form can highlight. */
export interface StringInput {
  /** `input.entries.0.note`: the argument, then input-object fields and list indexes. */
  field: string;
  value: string;
  multiline: boolean;
}

const TEXT_SCALARS = new Set(['String', 'ID']);

function isMultiline(definition: GraphQLArgument | GraphQLInputField): boolean {
  return definition.astNode?.directives?.some((d) => d.name.value === MULTILINE_DIRECTIVE) ?? false;
}

function* stringsIn(
  value: unknown,
  type: GraphQLInputType,
  field: string,
  multiline: boolean,
): Generator<StringInput> {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    for (const [index, element] of value.entries()) {
      yield* stringsIn(element, nullable.ofType, `${field}.${index}`, multiline);
    }
  } else if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    for (const inputField of Object.values(nullable.getFields())) {
      yield* stringsIn(
        record[inputField.name],
        inputField.type,
        `${field}.${inputField.name}`,
        isMultiline(inputField),
      );
    }
  } else if (TEXT_SCALARS.has(nullable.name) && typeof value === 'string') {
    yield { field, value, multiline };
  }
}

/**
 * Every String and ID value the operation passes to a field, after coercion: literals and
 * variables alike, in arguments and nested input objects and lists, fragments included. Values
 * that do not coerce are left to execution, which refuses them with its own error.
 */
export function stringInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): StringInput[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return [];
  const found: StringInput[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const fieldDef = typeInfo.getFieldDef();
        if (!fieldDef || !node.arguments?.length) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(fieldDef, node, coerced.coerced);
        } catch {
          return;
        }
        for (const argument of fieldDef.args) {
          found.push(...stringsIn(args[argument.name], argument.type, argument.name, isMultiline(argument)));
        }
      },
    }),
  );
  return found;
}

/** Whether a value of `type` can hold a String or ID anywhere (lists and input objects searched). */
function canHoldText(type: GraphQLInputType, seen = new Set<GraphQLNamedInputType>()): boolean {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return canHoldText(nullable.ofType, seen);
  if (isInputObjectType(nullable)) {
    if (seen.has(nullable)) return false;
    seen.add(nullable);
    return Object.values(nullable.getFields()).some((field) => canHoldText(field.type, seen));
  }
  return TEXT_SCALARS.has(nullable.name);
}

const takesTextCache = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, boolean>>();

/**
 * Whether any field the operation selects (fragments included) has an argument that can hold a
 * String or ID. When none does, no variables can put text into a resolver, so stringInputs has
 * nothing to find. Remembered per parsed operation: Apollo Server reuses the parsed document of a
 * query it has seen, so the router's planned subgraph queries (`_entities` with `_Any`
 * representations, `items(first: Int)`) are walked once, not per request.
 */
export function operationTakesText(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  let bySchema = takesTextCache.get(schema);
  if (!bySchema) takesTextCache.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(operation);
  if (known !== undefined) return known;
  let takesText = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field() {
        const fieldDef = typeInfo.getFieldDef();
        if (fieldDef?.args.some((argument) => canHoldText(argument.type))) takesText = true;
      },
    }),
  );
  bySchema.set(operation, takesText);
  return takesText;
}
