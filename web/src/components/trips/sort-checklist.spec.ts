import { describe, expect, it } from 'vitest';
import { sortChecklist } from './sort-checklist';

const line = (name: string, weightMg: number, category?: string, quantity = 1) => ({
  quantity,
  checked: false,
  item: {
    id: name,
    name,
    weightMg,
    category: category ? { id: category, name: category, colorIndex: 0 } : null,
  },
});
const lines = [line('Tent', 1_200_000, 'Shelter'), line('Bar', 50_000, 'Food', 4), line('Hat', 60_000)];
const names = (order: Parameters<typeof sortChecklist>[1]) =>
  sortChecklist(lines, order).map((l) => l.item.name);

describe('sortChecklist', () => {
  it('keeps the list order for LIST', () => {
    expect(names('LIST')).toEqual(['Tent', 'Bar', 'Hat']);
  });
  it('sorts by name, by line weight (quantity included) and by category with uncategorised last', () => {
    expect(names('NAME')).toEqual(['Bar', 'Hat', 'Tent']);
    expect(names('WEIGHT')).toEqual(['Tent', 'Bar', 'Hat']);
    expect(names('CATEGORY')).toEqual(['Bar', 'Tent', 'Hat']);
  });
  it('does not reorder the array it was given', () => {
    sortChecklist(lines, 'NAME');
    expect(lines.map((l) => l.item.name)).toEqual(['Tent', 'Bar', 'Hat']);
  });
});
