/** LighterPack's export columns, in its order: its header, exactly. */
export const LIGHTERPACK_COLUMNS = [
  'Item Name',
  'Category',
  'desc',
  'qty',
  'weight',
  'unit',
  'url',
  'price',
  'worn',
  'consumable',
] as const;
export type Column = (typeof LIGHTERPACK_COLUMNS)[number];

/** Without these a row means nothing; every other column may be missing. */
export const REQUIRED_COLUMNS: readonly Column[] = ['Item Name', 'weight', 'unit'];

/** Header names other tools write for the same columns (lower case, spaces and _ removed). */
const ALIASES: Record<string, Column> = {
  itemname: 'Item Name',
  name: 'Item Name',
  item: 'Item Name',
  category: 'Category',
  desc: 'desc',
  description: 'desc',
  qty: 'qty',
  quantity: 'qty',
  weight: 'weight',
  unit: 'unit',
  units: 'unit',
  url: 'url',
  link: 'url',
  price: 'price',
  worn: 'worn',
  consumable: 'consumable',
};

export interface HeaderProblem {
  /** 0-based position in the header. */
  position: number;
  column: string;
  message: string;
}

/**
 * Where each known column is in a header, found by name in any capitalisation and order; unknown
 * columns are ignored. Problems: a required column missing, or a column named twice.
 */
export function readHeader(header: readonly string[]): {
  positions: Map<Column, number>;
  problems: HeaderProblem[];
} {
  const positions = new Map<Column, number>();
  const problems: HeaderProblem[] = [];
  header.forEach((name, position) => {
    const column = ALIASES[name.trim().toLowerCase().replace(/[\s_]/g, '')];
    if (!column) return;
    if (positions.has(column)) problems.push({ position, column, message: 'This column appears twice.' });
    else positions.set(column, position);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!positions.has(column)) problems.push({ position: -1, column, message: 'Missing column.' });
  }
  return { positions, problems };
}
