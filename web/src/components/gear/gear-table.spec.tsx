// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { weightIn } from '@/lib/stories/fixtures';
import { GearTable, type GearTableItem } from './gear-table';

afterEach(cleanup);

const categories = [{ id: 'c1', name: 'Shelter', colorIndex: 0 }];
const items: GearTableItem[] = [
  { id: 'a', name: 'Tent', weightMg: 1_200_000, archived: false, category: categories[0] },
  { id: 'b', name: 'Stove', weightMg: 85_000, archived: false, category: null },
  { id: 'c', name: 'Mug', weightMg: 60_000, archived: false, category: null },
];

function setup(unit: 'G' | 'OZ' = 'G') {
  const onSave = vi.fn();
  const onArchive = vi.fn();
  render(
    <GearTable
      items={items}
      categories={categories}
      weight={weightIn(unit)}
      onSave={onSave}
      onArchive={onArchive}
    />,
  );
  return { onSave, onArchive, user: userEvent.setup() };
}

describe('GearTable inline edit', () => {
  it('saves name, category and a weight typed in the user unit as whole milligrams', async () => {
    const { onSave, user } = setup('OZ');
    await user.click(screen.getByRole('button', { name: 'Edit Stove' }));
    const name = screen.getByLabelText('Name of Stove');
    await user.clear(name);
    await user.type(name, 'Canister stove');
    await user.selectOptions(screen.getByLabelText('Category of Stove'), 'c1');
    const weight = screen.getByLabelText(/^Weight of Stove in oz/);
    expect(weight).toHaveProperty('value', '3');
    await user.clear(weight);
    await user.type(weight, '2,5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith('b', { name: 'Canister stove', weightMg: 70_874, categoryId: 'c1' });
    expect(screen.queryByLabelText('Name of Stove')).toBeNull();
  });

  // '1e3' is what the gear table's old Number() parser read as 1000 g.
  it.each(['heavy', '1e3'])('refuses the weight %s and keeps the row open', async (typed) => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit Tent' }));
    const weight = screen.getByLabelText(/^Weight of Tent in g/);
    await user.clear(weight);
    await user.type(weight, typed);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Enter the weight in g, like 450 or 12.5.')).toBeTruthy();
    expect(weight.getAttribute('aria-invalid')).toBe('true');
  });

  it('cancels without saving', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit Tent' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('rowheader', { name: 'Tent' })).toBeTruthy();
  });
});

describe('GearTable bulk archive', () => {
  it('archives exactly the selected rows, in table order, then clears the selection', async () => {
    const { onArchive, user } = setup();
    const archive = screen.getByRole('button', { name: 'Archive selected' });
    expect(archive).toHaveProperty('disabled', true);
    await user.click(screen.getByLabelText('Select Mug'));
    await user.click(screen.getByLabelText('Select Tent'));
    expect(screen.getByText('2 selected')).toBeTruthy();
    await user.click(archive);
    expect(onArchive).toHaveBeenCalledWith(['a', 'c'], true);
    expect(screen.getByText('0 selected')).toBeTruthy();
  });

  it('restores selected rows and a second click on a box deselects it', async () => {
    const { onArchive, user } = setup();
    await user.click(screen.getByLabelText('Select Stove'));
    await user.click(screen.getByLabelText('Select Tent'));
    await user.click(screen.getByLabelText('Select Tent'));
    await user.click(screen.getByRole('button', { name: 'Restore selected' }));
    expect(onArchive).toHaveBeenCalledWith(['b'], false);
  });

  it('totals the weights in the footer', () => {
    setup();
    const footer = screen.getByRole('rowheader', { name: 'Total (3 items)' }).closest('tr');
    expect(within(footer as HTMLElement).getByText('1,345 g')).toBeTruthy();
  });
});
