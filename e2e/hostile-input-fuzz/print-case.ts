import type { FieldCase, OperationCase } from './operation-case.js';
import { resolveTemplate, stringsIn, type PoolLookup } from './value-template.js';
import { toGraphQLLiteral, toJsonText } from './wire-format.js';

/** A case as it goes over the wire, with its values resolved against the current world. */
export interface PrintedCase {
  query: string;
  /** The request body's `variables`, as JSON text. */
  variablesText: string;
  /** Resolved argument values of the root field, by name (what a mutation asked for). */
  rootArguments: Record<string, unknown>;
  /** Every string the case sends, for the echo allowance of the leak check. */
  sentStrings: string[];
}

/** Prints the operation: `mutation Fuzz($v0: T!) { field(arg: $v0, other: "inline") { … } }`. */
export function printCase(operationCase: OperationCase, lookup: PoolLookup): PrintedCase {
  const declarations: string[] = [];
  const variables: Array<[string, unknown]> = [];
  const sentStrings: string[] = [];
  const rootArguments: Record<string, unknown> = {};

  const printField = (field: FieldCase, isRoot: boolean): string => {
    const printedArgs: string[] = [];
    for (const argument of field.args) {
      const value = resolveTemplate(argument.value, lookup);
      if (value === undefined) continue;
      if (isRoot) rootArguments[argument.name] = value;
      stringsIn(value, sentStrings);
      if (argument.inline) {
        printedArgs.push(`${argument.name}: ${toGraphQLLiteral(value)}`);
      } else {
        const variable = `v${variables.length}`;
        declarations.push(`$${variable}: ${argument.misdeclaredAs ?? String(argument.type)}`);
        variables.push([variable, value]);
        printedArgs.push(`${argument.name}: $${variable}`);
      }
    }
    const args = printedArgs.length > 0 ? `(${printedArgs.join(', ')})` : '';
    const selection = field.selection
      ? ` { ${field.selection.map((child) => printField(child, false)).join(' ')} }`
      : '';
    return `${field.name}${args}${selection}`;
  };

  const body = printField(operationCase.root, true);
  const header = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  return {
    query: `${operationCase.kind} Fuzz${header} { ${body} }`,
    variablesText: `{${variables.map(([name, value]) => `${JSON.stringify(name)}:${toJsonText(value)}`).join(',')}}`,
    rootArguments,
    sentStrings,
  };
}
