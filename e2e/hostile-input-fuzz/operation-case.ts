import fc from 'fast-check';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import type { OperationKind, RootOperation } from './api-schema.js';
import { inputValue, type InputSite } from './input-arbitraries.js';

/** Who sends a case: the owner of the data (a session token), or nobody. */
export type Principal = 'owner' | 'anonymous';

/** One argument as generated: its value template, and whether it goes inline or as a variable. */
export interface ArgumentCase {
  name: string;
  type: GraphQLInputType;
  value: unknown;
  inline: boolean;
  /** A variable declared with a type other than the argument's (validation must refuse it). */
  misdeclaredAs?: string;
}

/** A field in the selection, with its arguments and (for object types) its own selection. */
export interface FieldCase {
  name: string;
  args: ArgumentCase[];
  selection?: FieldCase[];
}

export interface OperationCase {
  kind: OperationKind;
  principal: Principal;
  root: FieldCase;
}

/** Selections stop here: deeper only adds cost, not input. */
const MAX_SELECTION_DEPTH = 3;

function argumentCase(argument: GraphQLArgument, rootField: string): fc.Arbitrary<ArgumentCase> {
  const site: InputSite = { name: argument.name, rootField };
  const misdeclared = isNonNullType(argument.type)
    ? ['String', String(argument.type.ofType), '[String]']
    : ['String', `${String(argument.type)}!`, 'Int'];
  return fc
    .record({
      value: inputValue(argument.type, site),
      inline: fc.boolean().chain((inline) => (inline ? fc.boolean() : fc.constant(false))), // 1 in 4 inline
      misdeclaredAs: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 40 },
        { arbitrary: fc.constantFrom(...misdeclared), weight: 1 },
      ),
    })
    .map(({ value, inline, misdeclaredAs }) => ({
      name: argument.name,
      type: argument.type,
      value,
      inline,
      ...(misdeclaredAs !== undefined && String(argument.type) !== misdeclaredAs ? { misdeclaredAs } : {}),
    }));
}

function argumentsOf(field: GraphQLField<unknown, unknown>, rootField: string): fc.Arbitrary<ArgumentCase[]> {
  if (field.args.length === 0) return fc.constant([]);
  return fc.tuple(...field.args.map((argument) => argumentCase(argument, rootField)));
}

/** A small selection of an output type: one to three fields, their arguments, nested a little. */
function selectionOf(
  type: GraphQLOutputType,
  rootField: string,
  depth: number,
): fc.Arbitrary<FieldCase[] | undefined> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant(undefined);
  if (!isObjectType(named) || depth >= MAX_SELECTION_DEPTH) {
    return fc.constant([{ name: '__typename', args: [] }]);
  }
  const fields = Object.values(named.getFields());
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((field) =>
          fc
            .tuple(argumentsOf(field, rootField), selectionOf(field.type, rootField, depth + 1))
            .map(([args, selection]) => ({ name: field.name, args, ...(selection ? { selection } : {}) })),
        ),
      ),
    );
}

/**
 * Cases for one root field: its arguments built from their types, a selection of what it returns,
 * sent by the owner or by nobody (an anonymous caller must be refused, or served for public fields).
 */
export function operationCases(operation: RootOperation): fc.Arbitrary<OperationCase> {
  const { field, kind } = operation;
  return fc
    .record({
      principal: fc.constantFrom<Principal>('owner', 'owner', 'owner', 'anonymous'),
      args: argumentsOf(field, field.name),
      selection: selectionOf(field.type, field.name, 1),
    })
    .map(({ principal, args, selection }) => ({
      kind,
      principal,
      root: { name: field.name, args, ...(selection ? { selection } : {}) },
    }));
}
