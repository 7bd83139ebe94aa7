'use client';

import { useState, type FormEvent } from 'react';
import { CategorySwatch } from '@/components/palette/category-swatch';
import { graphql } from '@/gql';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import { parseWeightInput, weightInputValue } from '@/lib/weight/weight-input';
import { WEIGHT_UNITS } from '@/lib/weight/weight-unit';
import { CategoryOptions } from './category-options';

/** What a row of the gear table shows and edits; the gear page reads it with readFragment. */
export const GearTableItemFragment = graphql(`
  fragment GearTableItem on Item {
    id
    name
    weightMg
    archived
    version
    category {
      ...CategoryChip
    }
  }
`);

export interface GearTableCategory {
  id: string;
  name: string;
  colorIndex: number;
}

export interface GearTableItem {
  id: string;
  name: string;
  weightMg: number;
  archived: boolean;
  category?: GearTableCategory | null;
}

export interface GearItemChange {
  name: string;
  /** Whole milligrams, parsed from the user's unit. */
  weightMg: number;
  categoryId: string | null;
}

export interface GearTableProps {
  items: readonly GearTableItem[];
  categories: readonly GearTableCategory[];
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
  /** Saves an inline edit. */
  onSave: (id: string, change: GearItemChange) => void;
  /** Archives (or restores) the selected items. */
  onArchive: (ids: readonly string[], archived: boolean) => void;
}

/** The toolbar's buttons for the selected rows: archive them, or restore them. */
const BULK_ACTIONS = [
  ['Archive selected', true],
  ['Restore selected', false],
] as const;

/**
 * The gear library as a table: select rows for bulk archive, edit a row in place (name, weight in
 * the user's unit, category). Presentational: changes go out through the callbacks.
 */
export function GearTable({ items, categories, weight, onSave, onArchive }: GearTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string>();
  const [weightError, setWeightError] = useState<string>();
  const symbol = WEIGHT_UNITS[weight.unit].symbol;

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const save = (event: FormEvent<HTMLFormElement>, id: string) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const weightMg = parseWeightInput(String(data.get('weight') ?? ''), weight.unit);
    if (weightMg === undefined) {
      setWeightError(`Enter the weight in ${symbol}, like 450 or 12.5.`);
      return;
    }
    setWeightError(undefined);
    const categoryId = String(data.get('categoryId') ?? '');
    onSave(id, { name: String(data.get('name') ?? ''), weightMg, categoryId: categoryId || null });
    setEditing(undefined);
  };

  const selectedIds = items.filter((item) => selected.has(item.id)).map((item) => item.id);
  const total = items.reduce((sum, item) => sum + item.weightMg, 0);

  return (
    <div className="stack">
      <div className="row toolbar" aria-live="polite">
        <span className="muted">{selectedIds.length} selected</span>
        {BULK_ACTIONS.map(([label, archived]) => (
          <button
            key={label}
            type="button"
            className="button"
            disabled={selectedIds.length === 0}
            onClick={() => {
              onArchive(selectedIds, archived);
              setSelected(new Set());
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="table-scroll">
        <table className="gear-table">
          <caption className="visually-hidden">Your gear</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Select</span>
              </th>
              <th scope="col">Item</th>
              <th scope="col">Category</th>
              <th scope="col" className="numeric">
                Weight
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) =>
              editing === item.id ? (
                <tr key={item.id}>
                  <td colSpan={5}>
                    <form className="row inline-edit" onSubmit={(event) => save(event, item.id)}>
                      <label>
                        <span className="visually-hidden">Name of {item.name}</span>
                        <input name="name" defaultValue={item.name} required maxLength={200} />
                      </label>
                      <label>
                        <span className="visually-hidden">Category of {item.name}</span>
                        <select name="categoryId" defaultValue={item.category?.id ?? ''}>
                          <CategoryOptions categories={categories} noneLabel="Uncategorised" />
                        </select>
                      </label>
                      <label>
                        <span className="visually-hidden">
                          Weight of {item.name} in {symbol}
                        </span>
                        <input
                          name="weight"
                          inputMode="decimal"
                          defaultValue={weightInputValue(item.weightMg, weight.unit)}
                          aria-invalid={weightError ? true : undefined}
                          aria-describedby={weightError ? `weight-error-${item.id}` : undefined}
                        />
                        <span aria-hidden="true"> {symbol}</span>
                      </label>
                      <button type="submit" className="button primary">
                        Save
                      </button>
                      <button type="button" className="button" onClick={() => setEditing(undefined)}>
                        Cancel
                      </button>
                      {weightError ? (
                        <p id={`weight-error-${item.id}`} className="field-error">
                          {weightError}
                        </p>
                      ) : null}
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={item.id} className={item.archived ? 'archived' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${item.name}`}
                      checked={selected.has(item.id)}
                      onChange={() => toggle(item.id)}
                    />
                  </td>
                  <th scope="row" className="truncate-cell">
                    {item.name}
                    {item.archived ? <span className="badge">archived</span> : null}
                  </th>
                  <td>
                    <CategorySwatch name={item.category?.name} colorIndex={item.category?.colorIndex} />
                  </td>
                  <td className="numeric">{formatWeight(item.weightMg, weight)}</td>
                  <td>
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Edit ${item.name}`}
                      onClick={() => setEditing(item.id)}
                    >
                      Edit
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row" colSpan={2}>
                Total ({items.length} {items.length === 1 ? 'item' : 'items'})
              </th>
              <td className="numeric">{formatWeight(total, weight)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
