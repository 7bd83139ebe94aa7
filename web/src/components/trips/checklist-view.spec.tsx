// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { weightIn } from '@/lib/stories/fixtures';
import { ChecklistView, type ChecklistViewLine, type ChecklistViewProps } from './checklist-view';

afterEach(cleanup);

const line = (id: string, name: string, checked: boolean): ChecklistViewLine => ({
  quantity: 1,
  checked,
  item: { id, name, weightMg: 100_000 },
});
const lines = [line('tent', 'Tent', true), line('stove', 'Stove', false)];
const shelter = { id: 'shelter', name: 'Shelter', colorIndex: 0 };
const kitchen = { id: 'kitchen', name: 'Kitchen', colorIndex: 1 };
const inCategory = (entry: ChecklistViewLine, category: typeof shelter): ChecklistViewLine => ({
  ...entry,
  item: { ...entry.item, category },
});
/** Tent packed (Shelter packed in full), Stove and Pot not (Kitchen). */
const sorted = [
  inCategory(line('tent', 'Tent', true), shelter),
  inCategory(line('stove', 'Stove', false), kitchen),
  inCategory(line('pot', 'Pot', false), kitchen),
];

function setup(props: Partial<ChecklistViewProps> = {}) {
  const handlers = {
    onToggle: vi.fn(),
    onHidePackedChange: vi.fn(),
    onFoldToggle: vi.fn(),
    onFold: vi.fn(),
    onUndo: vi.fn(),
    onCheckAll: vi.fn(),
    onReset: vi.fn(),
  };
  const view = render(
    <ChecklistView
      lines={lines}
      progress={{ checkedItems: 1, totalItems: 2, checkedMg: 100_000, totalMg: 200_000 }}
      weight={weightIn('G')}
      hidePacked={false}
      folded={new Set()}
      {...handlers}
      {...props}
    />,
  );
  return { ...handlers, ...view, user: userEvent.setup() };
}

describe('ChecklistView check-off', () => {
  it('checks and unchecks an item with a tap anywhere on its row', async () => {
    const { onToggle, user } = setup();
    await user.click(screen.getByText('Stove'));
    expect(onToggle).toHaveBeenLastCalledWith('stove', true);
    await user.click(screen.getByText('Tent'));
    expect(onToggle).toHaveBeenLastCalledWith('tent', false);
  });

  it('offers undo only after a change, naming it, and calls back once', async () => {
    const { onUndo, user, rerender } = setup();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveProperty('disabled', true);
    rerender(
      <ChecklistView
        lines={lines}
        progress={{ checkedItems: 1, totalItems: 2, checkedMg: 100_000, totalMg: 200_000 }}
        weight={weightIn('G')}
        hidePacked={false}
        folded={new Set()}
        lastChange="Stove packed"
        onToggle={vi.fn()}
        onHidePackedChange={vi.fn()}
        onFoldToggle={vi.fn()}
        onFold={vi.fn()}
        onUndo={onUndo}
        onCheckAll={vi.fn()}
        onReset={vi.fn()}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Undo: Stove packed' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  it('shows progress and hides packed lines on request', async () => {
    const { onHidePackedChange, user, rerender } = setup();
    expect(screen.getByTestId('checklist-progress').textContent).toContain('1 of 2 packed (50%)');
    await user.click(screen.getByLabelText('Hide packed'));
    expect(onHidePackedChange).toHaveBeenCalledWith(true);
    rerender(
      <ChecklistView
        lines={lines}
        progress={{ checkedItems: 1, totalItems: 2, checkedMg: 100_000, totalMg: 200_000 }}
        weight={weightIn('G')}
        hidePacked
        folded={new Set()}
        onToggle={vi.fn()}
        onHidePackedChange={vi.fn()}
        onFoldToggle={vi.fn()}
        onFold={vi.fn()}
        onUndo={vi.fn()}
        onCheckAll={vi.fn()}
        onReset={vi.fn()}
      />,
    );
    expect(screen.queryByText('Tent')).toBeNull();
    expect(screen.getByText('Stove')).toBeTruthy();
  });

  it('marks all packed and resets', async () => {
    const { onCheckAll, onReset, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Mark all packed' }));
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(onCheckAll).toHaveBeenCalledTimes(1);
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});

describe('ChecklistView sections', () => {
  it('folds a section from its heading button, from the keyboard, keeping its figures', async () => {
    const { onFoldToggle, user } = setup({ lines: sorted });
    const kitchenButton = screen.getByRole('button', { name: /^Kitchen/ });
    expect(kitchenButton.getAttribute('aria-expanded')).toBe('true');
    expect(kitchenButton.textContent).toContain('200 g · 0 of 2 packed');
    kitchenButton.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onFoldToggle.mock.calls).toEqual([['kitchen'], ['kitchen']]);
  });

  it('shows a folded section as its heading alone, collapsed for assistive technology too', () => {
    setup({ lines: sorted, folded: new Set(['kitchen']) });
    const kitchenButton = screen.getByRole('button', { name: /^Kitchen/ });
    expect(kitchenButton.getAttribute('aria-expanded')).toBe('false');
    const kitchenLines = document.getElementById(kitchenButton.getAttribute('aria-controls') ?? '');
    expect(kitchenLines?.hidden).toBe(true);
    expect(screen.queryByRole('checkbox', { name: /Stove/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Tent/ })).toBeTruthy();
    expect(kitchenButton.textContent).toContain('0 of 2 packed');
  });

  it('folds the sections packed in full at once, and only offers it when one is open', async () => {
    const { onFold, user, rerender } = setup({ lines: sorted });
    await user.click(screen.getByRole('button', { name: 'Fold packed sections' }));
    expect(onFold).toHaveBeenCalledWith(['shelter']);
    rerender(
      <ChecklistView
        lines={sorted}
        progress={{ checkedItems: 1, totalItems: 3, checkedMg: 100_000, totalMg: 300_000 }}
        weight={weightIn('G')}
        hidePacked={false}
        folded={new Set(['shelter'])}
        onToggle={vi.fn()}
        onHidePackedChange={vi.fn()}
        onFoldToggle={vi.fn()}
        onFold={vi.fn()}
        onUndo={vi.fn()}
        onCheckAll={vi.fn()}
        onReset={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Fold packed sections' })).toHaveProperty('disabled', true);
  });
});
