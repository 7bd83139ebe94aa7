// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { weightIn } from '@/lib/stories/fixtures';
import { EntryTable, type EntryRow } from './entry-table';

afterEach(cleanup);

const entry = (id: string, name: string, overrides: Partial<EntryRow> = {}): EntryRow => ({
  id,
  quantity: 1,
  wornQuantity: 0,
  consumable: false,
  item: { id: `i-${id}`, name, weightMg: 100_000 },
  ...overrides,
});
const entries = [
  entry('a', 'Tent'),
  entry('b', 'Stove'),
  entry('c', 'Food', { quantity: 3, consumable: true }),
];

function setup() {
  const handlers = { onChange: vi.fn(), onRemove: vi.fn(), onReorder: vi.fn() };
  render(<EntryTable entries={entries} weight={weightIn('G')} {...handlers} />);
  return { ...handlers, user: userEvent.setup() };
}

describe('EntryTable reorder', () => {
  it('moves an entry with the arrow keys on its handle and announces the new position', async () => {
    const { onReorder, user } = setup();
    screen.getByRole('button', { name: /^Reorder Stove/ }).focus();
    await user.keyboard('{ArrowUp}');
    expect(onReorder).toHaveBeenLastCalledWith(['b', 'a', 'c']);
    expect(screen.getByText('Stove moved to position 1 of 3.')).toBeTruthy();
    screen.getByRole('button', { name: /^Reorder Tent/ }).focus();
    await user.keyboard('{ArrowDown}');
    expect(onReorder).toHaveBeenLastCalledWith(['b', 'a', 'c']);
  });

  it('ignores a move past either end', async () => {
    const { onReorder, user } = setup();
    screen.getByRole('button', { name: /^Reorder Tent/ }).focus();
    await user.keyboard('{ArrowUp}');
    screen.getByRole('button', { name: /^Reorder Food/ }).focus();
    await user.keyboard('{ArrowDown}');
    expect(onReorder).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Move Tent up' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Move Food down' })).toHaveProperty('disabled', true);
  });

  it('moves with the buttons', async () => {
    const { onReorder, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Move Tent down' }));
    expect(onReorder).toHaveBeenLastCalledWith(['b', 'a', 'c']);
    await user.click(screen.getByRole('button', { name: 'Move Food up' }));
    expect(onReorder).toHaveBeenLastCalledWith(['a', 'c', 'b']);
  });

  it('moves by drag and drop onto another row', () => {
    const { onReorder } = setup();
    fireEvent.dragStart(screen.getByRole('button', { name: /^Reorder Food/ }));
    fireEvent.drop(screen.getByRole('rowheader', { name: /Tent/ }).closest('tr') as HTMLElement);
    expect(onReorder).toHaveBeenLastCalledWith(['c', 'a', 'b']);
  });
});

describe('EntryTable quantities and toggles', () => {
  it('sends the consumable toggle for that entry only', async () => {
    const { onChange, user } = setup();
    await user.click(screen.getByLabelText('Stove is consumable'));
    expect(onChange).toHaveBeenCalledWith('b', { consumable: true });
    await user.click(screen.getByLabelText('Food is consumable'));
    expect(onChange).toHaveBeenLastCalledWith('c', { consumable: false });
  });

  it('sends a new worn quantity and quantity', async () => {
    const { onChange } = setup();
    fireEvent.change(screen.getByLabelText('Worn quantity of Tent'), { target: { value: '1' } });
    fireEvent.blur(screen.getByLabelText('Worn quantity of Tent'));
    fireEvent.change(screen.getByLabelText('Quantity of Food'), { target: { value: '5' } });
    fireEvent.blur(screen.getByLabelText('Quantity of Food'));
    expect(onChange).toHaveBeenCalledWith('a', { wornQuantity: 1 });
    expect(onChange).toHaveBeenCalledWith('c', { quantity: 5 });
  });

  it('sends nothing for an unchanged, fractional or zero quantity', () => {
    const { onChange } = setup();
    const quantity = screen.getByLabelText('Quantity of Tent');
    for (const value of ['1', '1.5', '0']) {
      fireEvent.change(quantity, { target: { value } });
      fireEvent.blur(quantity);
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes an entry', async () => {
    const { onRemove, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove Stove' }));
    expect(onRemove).toHaveBeenCalledWith('b');
  });
});
