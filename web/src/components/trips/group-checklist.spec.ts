import { describe, expect, it } from 'vitest';
import { UNCATEGORISED_KEY } from '@/components/category-groups/category-order';
import type { ChecklistViewLine } from './checklist-view';
import { groupChecklist } from './group-checklist';

const shelter = { id: 'shelter', name: 'Shelter', colorIndex: 0 };
const kitchen = { id: 'kitchen', name: 'Kitchen', colorIndex: 2 };
const line = (id: string, category: typeof shelter | null, checked = false): ChecklistViewLine => ({
  quantity: 1,
  checked,
  item: { id, name: id, weightMg: 1_000, category },
});

describe('groupChecklist', () => {
  const lines = [line('pot', kitchen), line('tent', shelter), line('rock', null), line('stake', shelter)];

  it("follows the pack's group order and keeps each line's order inside its group", () => {
    const groups = groupChecklist(lines, [
      {
        category: shelter,
        subtotal: { totalMg: 2_000, itemCount: 2 },
        lines: [{ item: { id: 'tent' } }, { item: { id: 'stake' } }],
      },
      { category: kitchen, subtotal: { totalMg: 1_000, itemCount: 1 }, lines: [{ item: { id: 'pot' } }] },
      { category: null, subtotal: { totalMg: 1_000, itemCount: 1 }, lines: [{ item: { id: 'rock' } }] },
    ]);
    expect(
      groups.map((group) => [group.key, group.lines.map((l) => l.item.id), group.subtotal?.totalMg]),
    ).toEqual([
      ['shelter', ['tent', 'stake'], 2_000],
      ['kitchen', ['pot'], 1_000],
      [UNCATEGORISED_KEY, ['rock'], 1_000],
    ]);
  });

  it("without the pack's groups, groups by each line's category in first-seen order, with no subtotal", () => {
    const groups = groupChecklist(lines);
    expect(groups.map((group) => [group.category?.name ?? null, group.lines.length, group.subtotal])).toEqual(
      [
        ['Kitchen', 1, undefined],
        ['Shelter', 2, undefined],
        [null, 1, undefined],
      ],
    );
  });

  it('leaves out a group whose lines are all hidden, and places a line the groups do not hold by its category', () => {
    const groups = groupChecklist(
      [line('tent', shelter), line('new', kitchen)],
      [
        { category: kitchen, subtotal: { totalMg: 1_000, itemCount: 1 }, lines: [{ item: { id: 'pot' } }] },
        { category: shelter, subtotal: { totalMg: 1_000, itemCount: 1 }, lines: [{ item: { id: 'tent' } }] },
      ],
    );
    expect(groups.map((group) => [group.key, group.lines.map((l) => l.item.id)])).toEqual([
      ['kitchen', ['new']],
      ['shelter', ['tent']],
    ]);
  });
});
