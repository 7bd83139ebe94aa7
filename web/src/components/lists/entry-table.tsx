'use client';

import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CategoryChip } from '@/components/palette/category-chip';
import { CategorySwatch } from '@/components/palette/category-swatch';
import { graphql } from '@/gql';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';

/** What a row of the entry table shows; the list editor reads it with readFragment. */
export const EntryTableRowFragment = graphql(`
  fragment EntryTableRow on ListEntry {
    id
    quantity
    wornQuantity
    consumable
    item {
      id
      name
      weightMg
      category {
        ...CategoryChip
      }
    }
  }
`);

export interface EntryRow {
  id: string;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
  item: {
    id: string;
    name: string;
    weightMg: number;
    category?: CategoryChip | null;
  };
}

export interface EntryChange {
  quantity?: number;
  wornQuantity?: number;
  consumable?: boolean;
}

export interface EntryTableProps {
  entries: readonly EntryRow[];
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
  onChange: (entryId: string, change: EntryChange) => void;
  onRemove: (entryId: string) => void;
  /** The whole new order, every entry id once. */
  onReorder: (entryIds: readonly string[]) => void;
}

/**
 * A field's name shown in its cell where the column headers are not (a phone's stacked rows). Hidden
 * from assistive technology: each control's own label already names the field and the item.
 */
function CellLabel({ children }: { children: string }) {
  return (
    <span className="entry-cell-label" aria-hidden="true">
      {children}
    </span>
  );
}

/** `ids` with the entry at `from` moved to `to`. */
export function moved(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [id] = next.splice(from, 1);
  if (id !== undefined) next.splice(Math.max(0, Math.min(to, next.length)), 0, id);
  return next;
}

/**
 * A list's entries: quantity, worn quantity, consumable, remove; reorder by dragging the handle or,
 * from the keyboard, with the handle focused and Alt+↑/↓ (or the move buttons). Where the table has
 * less than 44rem (a phone) each row stacks into a card (entry-table.css): name and weight, then the three fields, then reorder and
 * remove, each field with its visible label, so nothing hides behind a sideways scroll.
 * Presentational.
 */
export function EntryTable({ entries, weight, onChange, onRemove, onReorder }: EntryTableProps) {
  const [dragging, setDragging] = useState<number>();
  const [announcement, setAnnouncement] = useState('');
  const ids = entries.map((entry) => entry.id);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= entries.length || from === to) return;
    onReorder(moved(ids, from, to));
    setAnnouncement(`${entries[from]?.item.name} moved to position ${to + 1} of ${entries.length}.`);
  };
  const onHandleKey = (event: KeyboardEvent, index: number) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
    }
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragging !== undefined) move(dragging, index);
    setDragging(undefined);
  };

  return (
    <div className="table-scroll entry-table-box">
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <table className="gear-table entry-table">
        <caption className="visually-hidden">Entries</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Order</span>
            </th>
            <th scope="col">Item</th>
            <th scope="col" className="numeric">
              Weight
            </th>
            <th scope="col">Qty</th>
            <th scope="col">Worn</th>
            <th scope="col">Consumable</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr
              key={entry.id}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, index)}
              className={dragging === index ? 'dragging' : undefined}
            >
              <td className="reorder entry-order">
                <button
                  type="button"
                  className="drag-handle"
                  draggable
                  onDragStart={() => setDragging(index)}
                  onDragEnd={() => setDragging(undefined)}
                  onKeyDown={(event) => onHandleKey(event, index)}
                  aria-label={`Reorder ${entry.item.name}: use the up and down arrow keys`}
                >
                  ⠿
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Move ${entry.item.name} up`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Move ${entry.item.name} down`}
                  disabled={index === entries.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
              </td>
              <th scope="row" className="truncate-cell entry-name">
                {entry.item.name}
                <br />
                <CategorySwatch
                  name={entry.item.category?.name}
                  colorIndex={entry.item.category?.colorIndex}
                />
              </th>
              <td className="numeric entry-weight">
                {formatWeight(entry.item.weightMg * entry.quantity, weight)}
              </td>
              <td className="entry-field entry-quantity">
                <CellLabel>Quantity</CellLabel>
                <input
                  type="number"
                  min={1}
                  className="qty"
                  aria-label={`Quantity of ${entry.item.name}`}
                  defaultValue={entry.quantity}
                  onBlur={(event) => {
                    const quantity = Number(event.target.value);
                    if (Number.isInteger(quantity) && quantity >= 1 && quantity !== entry.quantity)
                      onChange(entry.id, { quantity });
                  }}
                />
              </td>
              <td className="entry-field entry-worn">
                <CellLabel>Worn</CellLabel>
                <input
                  type="number"
                  min={0}
                  max={entry.quantity}
                  className="qty"
                  aria-label={`Worn quantity of ${entry.item.name}`}
                  defaultValue={entry.wornQuantity}
                  onBlur={(event) => {
                    const wornQuantity = Number(event.target.value);
                    if (
                      Number.isInteger(wornQuantity) &&
                      wornQuantity >= 0 &&
                      wornQuantity !== entry.wornQuantity
                    )
                      onChange(entry.id, { wornQuantity });
                  }}
                />
              </td>
              <td className="entry-field entry-consumable">
                <CellLabel>Consumable</CellLabel>
                <input
                  type="checkbox"
                  aria-label={`${entry.item.name} is consumable`}
                  checked={entry.consumable}
                  onChange={(event) => onChange(entry.id, { consumable: event.target.checked })}
                />
              </td>
              <td className="entry-remove">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Remove ${entry.item.name}`}
                  onClick={() => onRemove(entry.id)}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
