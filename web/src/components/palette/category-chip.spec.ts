import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '@/gql';
import { CategoryChipFragment, withCategoryChip } from './category-chip';

const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../../../schema/api.graphql', import.meta.url)), 'utf8'),
);
const manifest = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../gql/persisted-documents.json', import.meta.url)), 'utf8'),
) as Record<string, string>;

/** What a document selects of an item's or a group's `category` (a `Category`), whitespace folded. */
function categorySelections(text: string): string[] {
  const typeInfo = new TypeInfo(schema);
  const found: string[] = [];
  visit(
    parse(text),
    visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        const type = typeInfo.getType();
        if (
          node.name.value === 'category' &&
          node.selectionSet &&
          type &&
          getNamedType(type).name === 'Category'
        )
          found.push(print(node.selectionSet as SelectionSetNode).replace(/\s+/g, ' '));
      },
    }),
  );
  return found;
}

describe('the category chip', () => {
  it('is what every registered document selects of an item’s or a group’s category', () => {
    const selections = Object.values(manifest).flatMap(categorySelections);
    // The checklist (lines and groups), the entries, the gear table, the list and pack groups.
    expect(selections.length).toBeGreaterThanOrEqual(5);
    expect(new Set(selections)).toEqual(new Set(['{ __typename ...CategoryChip }']));
  });

  it('reads a holder’s masked category into plain fields, and none as null', () => {
    const category = makeFragmentData(
      { __typename: 'Category', id: 'c1', name: 'Shelter', colorIndex: 0 },
      CategoryChipFragment,
    );
    expect(withCategoryChip({ id: 'i1', category })).toEqual({
      id: 'i1',
      category: { __typename: 'Category', id: 'c1', name: 'Shelter', colorIndex: 0 },
    });
    expect(withCategoryChip({ id: 'i2', category: null }).category).toBeNull();
    const uncategorised: { id: string; category?: null } = { id: 'i3' };
    expect(withCategoryChip(uncategorised).category).toBeNull();
  });
});
