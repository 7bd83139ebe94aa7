import type { GearTableCategory } from './gear-table';

export interface CategoryOptionsProps {
  categories: readonly GearTableCategory[];
  /** The first option, value "": "Uncategorised" when picking one, "All categories" when filtering. */
  noneLabel: string;
}

/** The options of a category `<select>`: none first, then each category by name. */
export function CategoryOptions({ categories, noneLabel }: CategoryOptionsProps) {
  return (
    <>
      <option value="">{noneLabel}</option>
      {categories.map((category) => (
        <option key={category.id} value={category.id}>
          {category.name}
        </option>
      ))}
    </>
  );
}
