'use client';

import { useState, type FormEvent } from 'react';
import { PALETTE_NAMES, PALETTE_SIZE, paletteVar } from '@/components/palette/palette';
import { graphql } from '@/gql';
import type { GearTableCategory } from './gear-table';

/** A category as the manager shows and recolours it; the gear page reads it with readFragment. */
export const CategoryManagerCategoryFragment = graphql(`
  fragment CategoryManagerCategory on Category {
    id
    name
    colorIndex
    version
  }
`);

export interface CategoryManagerProps {
  categories: readonly GearTableCategory[];
  onCreate: (name: string, colorIndex: number) => void;
  onRecolor: (id: string, colorIndex: number) => void;
}

/** Categories with their palette colour: add one, pick another colour. Presentational. */
export function CategoryManager({ categories, onCreate, onRecolor }: CategoryManagerProps) {
  const [color, setColor] = useState(categories.length % PALETTE_SIZE);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('categoryName') ?? '').trim();
    if (!name) return;
    onCreate(name, color);
    form.reset();
    setColor((categories.length + 1) % PALETTE_SIZE);
  };
  return (
    <section className="card stack" aria-labelledby="categories-heading">
      <h2 id="categories-heading">Categories</h2>
      {categories.length === 0 ? (
        <p className="muted">No categories yet. Add one to colour your gear.</p>
      ) : null}
      <ul className="category-list">
        {categories.map((category) => (
          <li key={category.id} className="row">
            <span
              className="swatch"
              style={{ background: paletteVar(category.colorIndex) }}
              aria-hidden="true"
            />
            <span className="truncate">{category.name}</span>
            <label>
              <span className="visually-hidden">Colour of {category.name}</span>
              <select
                value={category.colorIndex}
                onChange={(event) => onRecolor(category.id, Number(event.target.value))}
              >
                {PALETTE_NAMES.map((name, index) => (
                  <option key={name} value={index}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={submit}>
        <label className="field">
          <span>New category</span>
          <input name="categoryName" maxLength={100} />
        </label>
        <fieldset className="palette-picker">
          <legend>Colour</legend>
          {PALETTE_NAMES.map((name, index) => (
            <label key={name} className="palette-option" title={name}>
              <input
                type="radio"
                name="categoryColor"
                value={index}
                checked={color === index}
                onChange={() => setColor(index)}
              />
              <span className="swatch large" style={{ background: paletteVar(index) }} aria-hidden="true" />
              <span className="visually-hidden">{name}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">
          Add category
        </button>
      </form>
    </section>
  );
}
