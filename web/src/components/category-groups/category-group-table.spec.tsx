// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { weightIn } from '@/lib/stories/fixtures';
import { THREE_DAY_GROUPS, THREE_DAY_TOTALS } from './category-group-fixtures';
import { CategoryGroupTable } from './category-group-table';
import { collapsedStorageKey, useCollapsedCategories } from './use-collapsed-categories';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function Harness({ onMove }: { onMove: (categoryId: string, delta: -1 | 1) => void }) {
  const [collapsed, toggle] = useCollapsedCategories('list:l1');
  return (
    <CategoryGroupTable
      groups={THREE_DAY_GROUPS}
      totals={THREE_DAY_TOTALS}
      weight={weightIn('G')}
      collapsed={collapsed}
      onToggle={toggle}
      onMove={onMove}
    />
  );
}

// Queries by text and label: role queries compute every accessible name and are slow in jsdom.
const kitchenToggle = () => screen.getByText('Kitchen').closest('button') as HTMLButtonElement;

describe('CategoryGroupTable', () => {
  it('is a table whose category rows carry the subtotals under the column headers, and a totals footer', () => {
    render(<Harness onMove={vi.fn()} />);
    const table = document.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent).toBe('Gear by category, with subtotals');
    const texts = (selector: string) => [...table.querySelectorAll(selector)].map((cell) => cell.textContent);
    expect(texts('thead th')).toEqual(['Item', 'Qty', 'Weight', 'Price', 'Order']);
    const kitchenRow = screen.getByText('Kitchen').closest('tr') as HTMLTableRowElement;
    expect(kitchenRow.querySelector('th')?.getAttribute('scope')).toBe('rowgroup');
    expect([...kitchenRow.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)).toEqual([
      '5',
      '470 g',
      '$50.00',
    ]);
    expect([...table.querySelectorAll('tfoot tr')].map((row) => row.textContent)).toEqual([
      'Base1,570 g',
      'Worn150 g',
      'Consumable300 g',
      'Total92,020 g€36.00 + $399.00',
    ]);
  });

  it('folds a category with a button that says so (aria-expanded, aria-controls) and remembers it', async () => {
    const user = userEvent.setup();
    render(<Harness onMove={vi.fn()} />);
    const toggle = kitchenToggle();
    const items = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(items?.hidden).toBe(false);
    expect(within(items as HTMLElement).getByText('Pot')).toBeTruthy();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(items?.hidden).toBe(true);
    expect(JSON.parse(localStorage.getItem(collapsedStorageKey('list:l1')) ?? '[]')).toEqual(['kitchen']);

    cleanup();
    render(<Harness onMove={vi.fn()} />);
    expect(kitchenToggle().getAttribute('aria-expanded')).toBe('false');
  });

  it('moves categories from the keyboard, never past the ends, and never moves uncategorised', async () => {
    const user = userEvent.setup();
    const onMove = vi.fn();
    render(<Harness onMove={onMove} />);
    screen.getByLabelText('Move Kitchen up').focus();
    await user.keyboard('{Enter}');
    expect(onMove).toHaveBeenLastCalledWith('kitchen', -1);
    expect(screen.getByText('Kitchen moved to position 1 of 3.')).toBeTruthy();

    await user.click(screen.getByLabelText('Move Shelter up'));
    await user.click(screen.getByLabelText('Move Clothing down'));
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Move Shelter up').getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByLabelText(/Move Uncategorised/)).toBeNull();
  });
});
