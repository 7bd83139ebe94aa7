import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightUnitCode } from '@/lib/weight/weight-unit';

export interface GearListItem {
  id: string;
  name: string;
  weightMg: number;
}

export interface GearListProps {
  items: readonly GearListItem[];
  unit: WeightUnitCode;
}

/** The gear library as a table, weights in the user's unit. Presentational. */
export function GearList({ items, unit }: GearListProps) {
  if (items.length === 0) {
    return <p className="muted">No gear yet. Add your first item below.</p>;
  }
  const total = items.reduce((sum, item) => sum + item.weightMg, 0);
  return (
    <table className="gear-table">
      <caption className="visually-hidden">Your gear</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" className="numeric">
            Weight
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">{item.name}</th>
            <td className="numeric">{formatWeight(item.weightMg, unit)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            Total ({items.length} {items.length === 1 ? 'item' : 'items'})
          </th>
          <td className="numeric">{formatWeight(total, unit)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
