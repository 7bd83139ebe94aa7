// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHT_DISPLAY } from '@/lib/weight/weight-display';
import { ImportPreview } from './import-preview';
import { PREVIEW_OF_EXPORT, UNREADABLE_PREVIEW } from './lighterpack-export-sample';

afterEach(cleanup);

// Plain DOM queries: role queries over whole tables are slow in jsdom.
const cellsOf = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('ImportPreview', () => {
  it('shows the good rows grouped by category with subtotals, totals and what is reused', () => {
    const { container } = render(
      <ImportPreview preview={PREVIEW_OF_EXPORT} weight={DEFAULT_WEIGHT_DISPLAY} />,
    );
    expect(
      screen.getByText('4 of 5 rows can be imported; 1 are already in your library and are reused.'),
    ).toBeTruthy();
    const tables = [...container.querySelectorAll('table')];
    expect(tables.map((table) => table.querySelector('caption')?.textContent)).toEqual([
      'Shelter — 933.3 g, 3 items',
      'Clothing — 300 g, 1 item',
      'Food — 400 g, 4 items',
    ]);
    expect(cellsOf(tables[0] as Element)).toEqual([
      ['2', 'Tent', '1', '907.2 g', '', 'In your library'],
      ['3', 'MSR "Groundhog" stake', '2', '13 g', '', 'New'],
    ]);
    expect(cellsOf(tables[1] as Element)).toEqual([['4', 'Fleece', '1', '300 g', 'Worn', 'New']]);
    expect(screen.getByTestId('weight-total').textContent).toBe('1,633.3 g');
    expect(screen.getByTestId('weight-base').textContent).toBe('933.3 g');
  });

  it('lists every problem with its line and column', () => {
    render(<ImportPreview preview={PREVIEW_OF_EXPORT} weight={DEFAULT_WEIGHT_DISPLAY} />);
    const problems = screen.getByRole('region', { name: 'Problems' });
    expect(within(problems).getByRole('heading').textContent).toBe('1 problem (these rows are left out)');
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Line 6, weight: Weight must be a decimal number under 100 kg per unit.']);
  });

  it('says where an unreadable file went wrong, with no totals or tables', () => {
    render(<ImportPreview preview={UNREADABLE_PREVIEW} weight={DEFAULT_WEIGHT_DISPLAY} />);
    expect(screen.getByRole('listitem').textContent).toBe('Line 3: This is not a text file (binary data).');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('weight-total')).toBeNull();
  });
});
