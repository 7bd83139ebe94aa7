import { WeightSummary } from '@/components/weights/weight-summary';
import { graphql } from '@/gql';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import type { WeightUnitCode } from '@/lib/weight/weight-unit';

/** A problem in the file as the preview and an import job's progress show it (read with readFragment). */
export const ImportProblemFragment = graphql(`
  fragment ImportProblem on ImportError {
    row
    line
    column
    message
  }
`);

/** A problem the API found, where it is in the file. */
export interface ImportProblem {
  /** 1-based data row (the header is row 0). */
  row: number;
  /** 1-based line of the file; 0 when not on a line. */
  line: number;
  /** The column's name in the file; empty for a whole row or the file. */
  column: string;
  message: string;
}

export interface ImportPreviewRow {
  row: number;
  line: number;
  name: string;
  quantity: number;
  weightMg: number;
  weightUnit: WeightUnitCode;
  worn: boolean;
  consumable: boolean;
  reusedItem?: { id: string } | null;
  sameItemAsRow?: number | null;
}

interface Totals {
  totalMg: number;
  baseMg: number;
  wornMg: number;
  consumableMg: number;
  itemCount: number;
}

/** What the API's `previewLighterPackImport` answers. */
export interface ImportPreviewData {
  readable: boolean;
  rowCount: number;
  goodRowCount: number;
  reusedRowCount: number;
  summary: Totals;
  categories: readonly (Totals & { name?: string | null; rows: readonly ImportPreviewRow[] })[];
  problems: readonly ImportProblem[];
}

export interface ImportPreviewProps {
  preview: ImportPreviewData;
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
}

/** Where a problem is, in words: `Line 12, weight`. */
export function problemPlace({ line, column }: ImportProblem): string {
  const place = line > 0 ? `Line ${line}` : 'The file';
  return column ? `${place}, ${column}` : place;
}

function reuseText(row: ImportPreviewRow, lineOfRow: ReadonlyMap<number, number>): string {
  if (row.reusedItem) return 'In your library';
  if (row.sameItemAsRow) return `Same item as line ${lineOfRow.get(row.sameItemAsRow) ?? '?'}`;
  return 'New';
}

/**
 * The file as the import will read it, before anything is written: the good rows grouped by
 * category with subtotals, the totals, which items are already in the library, and every problem
 * with its line and column. Presentational.
 */
export function ImportPreview({ preview, weight }: ImportPreviewProps) {
  const { summary, categories, problems } = preview;
  const lineOfRow = new Map(
    categories.flatMap((category) => category.rows.map((row) => [row.row, row.line])),
  );
  return (
    <section className="stack" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">Preview</h2>
      <p>
        {preview.goodRowCount} of {preview.rowCount} rows can be imported
        {preview.reusedRowCount
          ? `; ${preview.reusedRowCount} are already in your library and are reused`
          : ''}
        .
      </p>
      {problems.length > 0 ? (
        <div className="card stack" role="region" aria-label="Problems">
          <h3>
            {problems.length} {problems.length === 1 ? 'problem' : 'problems'}
            {preview.readable ? ' (these rows are left out)' : ''}
          </h3>
          <ul className="import-problems">
            {problems.map((problem, index) => (
              <li key={`${problem.line}-${problem.column}-${index}`} className="field-error">
                <strong>{problemPlace(problem)}:</strong> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.goodRowCount > 0 ? <WeightSummary summary={summary} weight={weight} /> : null}
      {categories.map((category) => (
        <div key={category.name ?? ''} className="table-scroll">
          <table className="gear-table import-preview">
            <caption>
              {category.name ?? 'No category'} — {formatWeight(category.totalMg, weight)},{' '}
              {category.itemCount} {category.itemCount === 1 ? 'item' : 'items'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Item</th>
                <th scope="col">Qty</th>
                <th scope="col">Weight</th>
                <th scope="col">Worn / consumable</th>
                <th scope="col">Library</th>
              </tr>
            </thead>
            <tbody>
              {category.rows.map((row) => (
                <tr key={row.row}>
                  <td>{row.line}</td>
                  <th scope="row" className="truncate">
                    {row.name}
                  </th>
                  <td>{row.quantity}</td>
                  <td>{formatWeight(row.weightMg, weight)}</td>
                  <td>
                    {[row.worn ? 'Worn' : '', row.consumable ? 'Consumable' : ''].filter(Boolean).join(', ')}
                  </td>
                  <td>{reuseText(row, lineOfRow)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
