export interface ImportCellError {
  /** 1-based data row as the API counts it (the header is row 0). */
  row: number;
  column: string;
  message: string;
}

export interface ImportPreviewProps {
  /** Parsed CSV, the first row is the header. */
  rows: readonly (readonly string[])[];
  errors: readonly ImportCellError[];
}

/** The file as a table before import; cells the API refused are marked with its message. Presentational. */
export function ImportPreview({ rows, errors }: ImportPreviewProps) {
  const [header = [], ...data] = rows;
  if (data.length === 0) return <p className="muted">Choose a LighterPack CSV file to see its rows here.</p>;
  const errorAt = (rowNumber: number, column: string) =>
    errors.find((error) => error.row === rowNumber && error.column.toLowerCase() === column.toLowerCase());
  return (
    <div className="table-scroll">
      <table className="gear-table import-errors">
        <caption>
          {data.length} rows{errors.length ? `, ${errors.length} with problems` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {header.map((name, index) => (
              <th key={`${name}-${index}`} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((cells, index) => {
            // The API numbers data rows from 1; the header is row 0.
            const rowNumber = index + 1;
            const rowErrors = errors.filter((error) => error.row === rowNumber);
            return (
              <tr key={rowNumber} className={rowErrors.length ? 'row-error' : undefined}>
                <th scope="row">{rowNumber}</th>
                {header.map((column, cellIndex) => {
                  const error = errorAt(rowNumber, column);
                  return (
                    <td key={cellIndex} aria-invalid={error ? true : undefined}>
                      {cells[cellIndex] ?? ''}
                      {error ? <span className="field-error"> {error.message}</span> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {errors
        .filter((error) => !header.some((column) => column.toLowerCase() === error.column.toLowerCase()))
        .map((error) => (
          <p key={`${error.row}-${error.column}`} className="field-error">
            Row {error.row}, {error.column}: {error.message}
          </p>
        ))}
    </div>
  );
}
