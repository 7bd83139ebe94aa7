import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { wasDeprecated } from './deprecation.js';

const schema = buildSchema(`
  type Query {
    gear(first: Int, after: String @deprecated): [Item!]!
    legacyBag: Bag @deprecated(reason: "Use packs.")
    bagSize(bag: BagInput @deprecated): Int
    shelf: Shelf
  }
  type Item { name: String!  weight: Int @deprecated }
  type Bag { id: ID! }
  input BagInput { id: ID! }
  interface Node { id: ID! }
  type Shelf implements Node { id: ID! }
  type Orphan implements Node { id: ID! }
  enum Unit { G KG @deprecated OZ }
`);

describe('wasDeprecated', () => {
  it('is true for deprecated fields, arguments, enum values, and arguments of deprecated fields', () => {
    expect(wasDeprecated(schema, ['Item', 'weight'])).toBe(true);
    expect(wasDeprecated(schema, ['Query', 'gear', 'after'])).toBe(true);
    expect(wasDeprecated(schema, ['Unit', 'KG'])).toBe(true);
    expect(wasDeprecated(schema, ['Query', 'legacyBag', 'anything'])).toBe(true);
  });

  it('is false for elements that were not deprecated', () => {
    expect(wasDeprecated(schema, ['Item', 'name'])).toBe(false);
    expect(wasDeprecated(schema, ['Query', 'gear', 'first'])).toBe(false);
    expect(wasDeprecated(schema, ['Unit', 'OZ'])).toBe(false);
    expect(wasDeprecated(schema, ['Missing', 'field'])).toBe(false);
  });

  it('treats a type as deprecated only when every path to it is deprecated', () => {
    expect(wasDeprecated(schema, ['Bag'])).toBe(true);
    expect(wasDeprecated(schema, ['BagInput'])).toBe(true);
    expect(wasDeprecated(schema, ['Item'])).toBe(false);
    // Reachable through fragments on the interface, whatever the fields say.
    expect(wasDeprecated(schema, ['Orphan'])).toBe(false);
    expect(wasDeprecated(schema, ['Query'])).toBe(false);
  });
});
