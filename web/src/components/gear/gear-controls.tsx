import { CategoryOptions } from './category-options';
import type { GearTableCategory } from './gear-table';

export type GearSortCode = 'CREATED' | 'NAME' | 'WEIGHT' | 'CATEGORY';

export interface GearControlsValue {
  search: string;
  categoryId: string;
  sort: GearSortCode;
  direction: 'ASC' | 'DESC';
  includeArchived: boolean;
}

export interface GearControlsProps {
  value: GearControlsValue;
  categories: readonly GearTableCategory[];
  onChange: (value: GearControlsValue) => void;
}

const SORTS: Record<GearSortCode, string> = {
  CREATED: 'Newest',
  NAME: 'Name',
  WEIGHT: 'Weight',
  CATEGORY: 'Category',
};

/** Search, category filter, sort and "show archived" for the gear library. Presentational. */
export function GearControls({ value, categories, onChange }: GearControlsProps) {
  const set = (change: Partial<GearControlsValue>) => onChange({ ...value, ...change });
  return (
    <div className="row controls" role="search">
      <label className="field">
        <span>Search</span>
        <input type="search" value={value.search} onChange={(event) => set({ search: event.target.value })} />
      </label>
      <label className="field">
        <span>Category</span>
        <select value={value.categoryId} onChange={(event) => set({ categoryId: event.target.value })}>
          <CategoryOptions categories={categories} noneLabel="All categories" />
        </select>
      </label>
      <label className="field">
        <span>Sort by</span>
        <select value={value.sort} onChange={(event) => set({ sort: event.target.value as GearSortCode })}>
          {Object.entries(SORTS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Order</span>
        <select
          value={value.direction}
          onChange={(event) => set({ direction: event.target.value === 'DESC' ? 'DESC' : 'ASC' })}
        >
          <option value="ASC">Ascending</option>
          <option value="DESC">Descending</option>
        </select>
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={value.includeArchived}
          onChange={(event) => set({ includeArchived: event.target.checked })}
        />
        Show archived
      </label>
    </div>
  );
}
