'use client';

import type { FormEvent } from 'react';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';

export interface LibraryItem {
  id: string;
  name: string;
  weightMg: number;
}

export interface AddFromLibraryProps {
  items: readonly LibraryItem[];
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
  onAdd: (itemId: string, quantity: number) => void;
}

/** Picks an item from the gear library and a quantity. Presentational. */
export function AddFromLibrary({ items, weight, onAdd }: AddFromLibraryProps) {
  if (items.length === 0)
    return <p className="muted">Your library is empty: add gear on the Gear page first.</p>;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const itemId = String(data.get('itemId') ?? '');
    const quantity = Math.max(1, Number(data.get('quantity') ?? 1) || 1);
    if (itemId) onAdd(itemId, quantity);
  };
  return (
    <form className="row card" onSubmit={submit} aria-label="Add from your library">
      <label className="field">
        <span>Item from your library</span>
        <select name="itemId" required>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name} ({formatWeight(item.weightMg, weight)})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Quantity</span>
        <input name="quantity" type="number" min={1} defaultValue={1} className="qty" />
      </label>
      <button type="submit" className="button primary">
        Add to list
      </button>
    </form>
  );
}
