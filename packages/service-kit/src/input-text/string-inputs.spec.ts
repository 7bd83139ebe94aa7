import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationTakesText } from './string-inputs.js';

const schema = buildSchema(/* GraphQL */ `
  input Inner {
    id: ID
  }
  input Outer {
    inner: Inner
  }
  input Tree {
    n: Int
    children: [Tree!]
  }
  type Query {
    count(first: Int): Int
    search(text: String): Boolean
    deep(input: Outer): Boolean
    tree(input: Tree): Boolean
  }
`);

function takesText(query: string): boolean {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  )!;
  return operationTakesText(schema, document, operation);
}

describe('operationTakesText', () => {
  it('is false when no selected field has an argument that can hold a String or ID', () => {
    expect(takesText('{ count(first: 5) }')).toBe(false);
    expect(takesText('query ($input: Tree) { tree(input: $input) }')).toBe(false);
  });

  it('finds text arguments directly, in nested input objects and in fragments', () => {
    expect(takesText('query ($t: String) { count search(text: $t) }')).toBe(true);
    expect(takesText('query ($input: Outer) { deep(input: $input) }')).toBe(true);
    expect(takesText('query { ...F } fragment F on Query { search(text: "x") }')).toBe(true);
  });

  it('answers the same for the same parsed operation (remembered, not walked again)', () => {
    const document = parse('query ($t: String) { search(text: $t) }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(operationTakesText(schema, document, operation)).toBe(true);
    expect(operationTakesText(schema, document, operation)).toBe(true);
  });
});
